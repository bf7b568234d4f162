package app.ambassade.perks.ui;

import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.perks.StoredFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Pictures, files and calendar entries served through Vaadin download handlers: each request asks the
 * service again, which checks the tenant and the person's right to the perk at that moment.
 */
final class PerkDownloads {

    static final String CALENDAR_TYPE = "text/calendar";

    private PerkDownloads() {}

    static Image picture(SerializableSupplier<Optional<StoredFile>> source, String alt) {
        Image image = new Image(handler(source), alt);
        image.addClassName("perk-picture");
        image.addClassNames(
                LumoUtility.Width.FULL,
                LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Display.BLOCK,
                "perk-downloads-image");
        return image;
    }

    static Anchor file(SerializableSupplier<Optional<StoredFile>> source, String text) {
        return new Anchor(handler(source), AttachmentType.DOWNLOAD, text);
    }

    /** The event's .ics file, named after its title, served as text/calendar. */
    static Anchor calendar(SerializableSupplier<Optional<String>> source, String title, String text) {
        String name = PerkTexts.slug(title) + ".ics";
        return new Anchor(
                handler(() -> source.get()
                        .map(ics -> new StoredFile(name, CALENDAR_TYPE, ics.getBytes(StandardCharsets.UTF_8)))),
                AttachmentType.DOWNLOAD,
                text);
    }

    private static DownloadHandler handler(SerializableSupplier<Optional<StoredFile>> source) {
        return DownloadHandler.fromInputStream(event -> read(source)
                .map(f -> new DownloadResponse(
                        new ByteArrayInputStream(f.content()), f.fileName(), f.contentType(), f.content().length))
                .orElseGet(() -> DownloadResponse.error(404)));
    }

    /** A perk archived or no longer open to the person since the page was built is simply not there. */
    private static Optional<StoredFile> read(SerializableSupplier<Optional<StoredFile>> source) {
        try {
            return source.get();
        } catch (PerkNotFoundException gone) {
            return Optional.empty();
        }
    }
}
