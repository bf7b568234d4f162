package app.ambassade.community.ui;

import app.ambassade.community.CommunityService;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Pictures served through a Vaadin download handler: each request asks the service again, which checks the
 * tenant and the visibility of the community or post for the signed-in person.
 */
final class Pictures {

    private Pictures() {}

    static Image image(SerializableSupplier<Optional<CommunityService.Image>> source, String name, String alt) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> source.get()
                .map(i -> new DownloadResponse(
                        new ByteArrayInputStream(i.content()), name, i.contentType(), i.content().length))
                .orElseGet(() -> DownloadResponse.error(404)));
        Image image = new Image(handler, alt);
        image.addClassNames(LumoUtility.MaxWidth.FULL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Display.BLOCK);
        return image;
    }
}
