package app.ambassade.community.ui;

import app.ambassade.community.CommunityImages;
import app.ambassade.community.ImageUpload;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * An optional picture: the upload keeps at most one byte more than the limit in memory (so an oversized
 * file is still recognised as such), and the service checks the type from the bytes. Errors show here.
 */
class ImageField extends Div implements HasValidation {

    private static final String[] ACCEPTED = {"image/png", "image/jpeg", "image/gif", "image/webp"};

    private final Upload upload;
    private final Span error = new Span();
    private final Span chosen = new Span();
    private ImageUpload value;

    ImageField(String labelKey) {
        addClassName("image-field");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        upload = new Upload(new Handler(this));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CommunityImages.MAX_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("community.image.add"))
                .setMany(getTranslation("community.image.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("community.image.drop"))
                .setMany(getTranslation("community.image.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("community.image.too-many"))
                .setFileIsTooBig(getTranslation("validation.upload-too-large"))
                .setIncorrectFileType(getTranslation("validation.upload-not-image")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> {
            setErrorMessage(e.getErrorMessage());
            setInvalid(true);
        });
        error.addClassName("field-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        add(label, upload, chosen, error);
    }

    /** Accepts uploaded bytes (also used by tests, which have no browser to upload from). */
    void receive(String fileName, byte[] content) {
        value = new ImageUpload(fileName, content);
        chosen.setText(fileName);
        setInvalid(false);
    }

    ImageUpload getValue() {
        return value;
    }

    void clear() {
        value = null;
        chosen.setText("");
        upload.clearFileList();
        setInvalid(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        upload.getElement().setAttribute("aria-invalid", invalid ? "true" : "false");
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    private record Handler(ImageField field) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(CommunityImages.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = event.getFileName();
            event.getUI().access(() -> field.receive(name, content));
        }

        @Override
        public long getFileSizeMax() {
            return CommunityImages.MAX_BYTES;
        }
    }
}
