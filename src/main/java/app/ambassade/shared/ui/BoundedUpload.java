package app.ambassade.shared.ui;

import app.ambassade.shared.upload.ImageTypes;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Receives an uploaded file in memory, reading at most one byte more than the limit whatever the
 * client claims: an oversized upload costs no more memory than a valid one and still arrives
 * recognisably too large (for the policy that checks it). The name and bytes are then handed to
 * the UI under its lock. {@link #forOneImage} builds the whole {@link Upload} with translated texts.
 */
public final class BoundedUpload implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> receiver;

    public BoundedUpload(int maxBytes, SerializableBiConsumer<String, byte[]> receiver) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
    }

    /**
     * An upload of one image of at most {@code maxBytes}. The browser refuses larger or non-image
     * files before sending them, with the translated texts; the server must check again whatever
     * does arrive (by its bytes, see {@link ImageTypes}).
     */
    public static Upload forOneImage(int maxBytes, SerializableBiConsumer<String, byte[]> receiver) {
        Upload upload = new Upload(new BoundedUpload(maxBytes, receiver));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(ImageTypes.BROWSER_ACCEPT);
        upload.setI18n(texts(upload, maxBytes, true));
        return upload;
    }

    /** An upload of one file of at most {@code maxBytes}, of the given types (MIME types or extensions). */
    public static Upload forOneFile(
            int maxBytes, String[] acceptedTypes, SerializableBiConsumer<String, byte[]> receiver) {
        Upload upload = new Upload(new BoundedUpload(maxBytes, receiver));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setI18n(texts(upload, maxBytes, false));
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> receiver.accept(fileName, content));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    private static UploadI18N texts(Upload upload, int maxBytes, boolean image) {
        String tooBig = upload.getTranslation("upload.too-big", FileSizes.text(upload, maxBytes));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(upload.getTranslation(image ? "upload.add" : "upload.add-file"))
                .setMany(upload.getTranslation(image ? "upload.add" : "upload.add-file")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(upload.getTranslation("upload.drop"))
                .setMany(upload.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(upload.getTranslation(image ? "upload.too-many" : "upload.too-many-files"))
                .setFileIsTooBig(tooBig)
                .setIncorrectFileType(
                        upload.getTranslation(image ? "validation.upload-not-image" : "upload.wrong-type")));
        i18n.setFile(new UploadI18N.File()
                .setRemove(upload.getTranslation("upload.remove"))
                .setRetry(upload.getTranslation("upload.retry"))
                .setStart(upload.getTranslation("upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled"))
                        .setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.failed"))
                        .setUnexpectedServerError(upload.getTranslation("upload.failed"))
                        .setForbidden(upload.getTranslation("upload.failed"))
                        .setFileTooLarge(tooBig)));
        i18n.setUnits(new UploadI18N.Units(
                List.of(upload.getTranslation("upload.units").split(","))));
        return i18n;
    }
}
