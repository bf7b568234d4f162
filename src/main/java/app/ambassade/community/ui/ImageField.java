package app.ambassade.community.ui;

import app.ambassade.community.ImageUpload;
import app.ambassade.shared.ui.BoundedUpload;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * An optional picture: the upload keeps at most one byte more than the limit in memory (so an oversized
 * file is still recognised as such), and the service checks the type from the bytes. Errors show here.
 */
class ImageField extends Div implements HasValidation {

    private final Upload upload;
    private final Span error = new Span();
    private final Span chosen = new Span();
    private ImageUpload value;

    ImageField(String labelKey, int maxBytes) {
        addClassName("image-field");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        upload = BoundedUpload.forOneImage(maxBytes, this::receive);
        upload.addFileRejectedListener(e -> {
            setErrorMessage(e.getErrorMessage());
            setInvalid(true);
        });
        error.addClassName("field-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
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
}
