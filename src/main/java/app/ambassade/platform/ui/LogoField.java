package app.ambassade.platform.ui;

import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Logo upload with a preview and an error line, so that a refused file is explained at the field
 * like any other input error. Files are received in memory (512 KB at most); what the file really
 * is gets decided by {@link LogoPolicy} on the server from its first bytes, not by its name or the
 * type the browser claims.
 */
class LogoField extends Div implements HasValidation {

    static final String[] ACCEPTED = {"image/png", "image/jpeg", "image/gif", "image/webp",
            ".png", ".jpg", ".jpeg", ".gif", ".webp"};

    private final Div preview = new Div();
    private final Span status = new Span();
    private final Span error = new Span();
    private final Upload upload;

    LogoField(SerializableConsumer<LogoUpload> onUpload) {
        addClassName("logo-field");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        NativeLabel label = new NativeLabel(getTranslation("platform.tenant.logo"));
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500")
                .set("color", "var(--lumo-secondary-text-color)");

        upload = new Upload(new BoundedInMemoryHandler(onUpload));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LogoPolicy.MAX_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setI18n(i18n());
        // The browser refuses too large or wrongly typed files before sending them, with the
        // messages of i18n() below; the server checks again whatever does arrive.
        upload.addFileRejectedListener(e -> {
            setErrorMessage(e.getErrorMessage());
            setInvalid(true);
        });
        label.setFor(upload);

        Span hint = new Span(getTranslation("platform.tenant.logo-hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        status.getStyle().set("font-size", "var(--lumo-font-size-s)");
        error.addClassName("logo-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(label, preview, upload, hint, status, error);
    }

    /** Shows the stored logo (or nothing) by its public, cache-busted address. */
    void showStored(String slug, long version, String altText) {
        preview.removeAll();
        if (slug != null && version > 0) {
            Image image = new Image("/branding/" + slug + "/logo?v=" + version, altText);
            image.addClassName("brand-logo-large");
            preview.add(image);
        }
    }

    void showStatus(String text) {
        status.setText(text);
    }

    void showError(String messageKey) {
        setErrorMessage(getTranslation(messageKey));
        setInvalid(true);
    }

    void clearFiles() {
        upload.clearFileList();
    }

    Upload upload() {
        return upload;
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

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("platform.upload.add"))
                .setMany(getTranslation("platform.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("platform.upload.drop"))
                .setMany(getTranslation("platform.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("platform.upload.too-many"))
                .setFileIsTooBig(getTranslation("validation.upload-too-large"))
                .setIncorrectFileType(getTranslation("validation.upload-not-image")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("platform.upload.connecting"))
                        .setStalled(getTranslation("platform.upload.stalled"))
                        .setProcessing(getTranslation("platform.upload.processing"))
                        .setHeld(getTranslation("platform.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("platform.upload.remaining"))
                        .setUnknown(getTranslation("platform.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("platform.upload.failed"))
                        .setUnexpectedServerError(getTranslation("platform.upload.failed"))
                        .setForbidden(getTranslation("platform.upload.failed"))));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of(getTranslation("platform.upload.units").split(","))));
        return i18n;
    }

    /**
     * Receives the file in memory, like {@code UploadHandler.inMemory}, but never buffers more
     * than one byte over the limit: a larger file arrives cut, and {@link LogoPolicy} refuses it as
     * too large. (The browser already refuses such files; this holds for any other client too.)
     */
    private static final class BoundedInMemoryHandler implements UploadHandler {

        private final SerializableConsumer<LogoUpload> target;

        BoundedInMemoryHandler(SerializableConsumer<LogoUpload> target) {
            this.target = target;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(LogoPolicy.MAX_BYTES + 1);
            }
            LogoUpload upload = new LogoUpload(event.getFileName(), bytes);
            event.getUI().access(() -> target.accept(upload));
        }

        @Override
        public long getFileSizeMax() {
            return LogoPolicy.MAX_BYTES;
        }
    }
}
