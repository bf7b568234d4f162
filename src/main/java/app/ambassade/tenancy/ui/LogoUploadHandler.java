package app.ambassade.tenancy.ui;

import app.ambassade.tenancy.LogoPolicy;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Keeps an uploaded logo in memory, reading at most one byte more than {@link LogoPolicy#MAX_BYTES}
 * whatever the client claims, so that an oversized upload costs no more memory than a valid one
 * and is still recognised as too large. The bytes are then handed to the UI under its lock.
 */
class LogoUploadHandler implements UploadHandler {

    private final SerializableBiConsumer<String, byte[]> receiver;

    LogoUploadHandler(SerializableBiConsumer<String, byte[]> receiver) {
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
