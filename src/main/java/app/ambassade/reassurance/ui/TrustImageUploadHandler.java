package app.ambassade.reassurance.ui;

import app.ambassade.tenancy.LogoPolicy;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads at most one byte more than the image limit, whatever the client claims, then hands the bytes to the UI. */
class TrustImageUploadHandler implements UploadHandler {

    private final SerializableBiConsumer<String, byte[]> receiver;

    TrustImageUploadHandler(SerializableBiConsumer<String, byte[]> receiver) {
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(LogoPolicy.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> receiver.accept(fileName, content));
    }

    @Override
    public long getFileSizeMax() {
        return LogoPolicy.MAX_BYTES;
    }
}
