package app.ambassade.platform.ui;

import app.ambassade.shared.ui.BoundedUpload;
import app.ambassade.shared.ui.FileSizes;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Logo upload with a preview and an error line, so that a refused file is explained at the field
 * like any other input error. Files are received in memory through {@link BoundedUpload} (up to
 * {@link LogoPolicy#maxBytes()}); what the file really is gets decided by {@link LogoPolicy} on the
 * server from its first bytes, not by its name or the type the browser claims.
 */
class LogoField extends Div implements HasValidation {

    private final Div preview = new Div();
    private final Span status = new Span();
    private final Span error = new Span();
    private final Upload upload;

    LogoField(int maxBytes, SerializableConsumer<LogoUpload> onUpload) {
        addClassName("logo-field");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        NativeLabel label = new NativeLabel(getTranslation("platform.tenant.logo"));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM, LumoUtility.TextColor.SECONDARY);

        upload = BoundedUpload.forOneImage(
                maxBytes, (fileName, content) -> onUpload.accept(new LogoUpload(fileName, content)));
        // The browser refuses too large or wrongly typed files before sending them, with
        // translated messages; the server checks again whatever does arrive.
        upload.addFileRejectedListener(e -> {
            setErrorMessage(e.getErrorMessage());
            setInvalid(true);
        });
        label.setFor(upload);

        Span hint = new Span(getTranslation("platform.tenant.logo-hint", FileSizes.text(this, maxBytes)));
        hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        status.addClassName(LumoUtility.FontSize.SMALL);
        error.addClassName("logo-error");
        error.getElement().setAttribute("role", "alert");
        error.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.ERROR);
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
}
