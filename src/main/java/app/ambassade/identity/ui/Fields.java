package app.ambassade.identity.ui;

import app.ambassade.shared.validation.PasswordPolicy;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * Form fields of the public pages and the profile, built the same way everywhere: full width,
 * bounded length, browser autofill hints, and validation decided by the server.
 */
final class Fields {

    private Fields() {}

    /** A new password, with the policy as helper text. */
    static PasswordField newPassword(Component view, String id, String labelKey) {
        PasswordField field = password(view, id, labelKey, Autocomplete.NEW_PASSWORD);
        field.setHelperText(view.getTranslation("account.password.helper", PasswordPolicy.MIN_LENGTH));
        return field;
    }

    static PasswordField confirmation(Component view, String id, String labelKey) {
        return password(view, id, labelKey, Autocomplete.NEW_PASSWORD);
    }

    static PasswordField currentPassword(Component view, String id, String labelKey) {
        return password(view, id, labelKey, Autocomplete.CURRENT_PASSWORD);
    }

    private static PasswordField password(Component view, String id, String labelKey, Autocomplete autocomplete) {
        PasswordField field = new PasswordField(view.getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        field.setAutocomplete(autocomplete);
        return wide(field);
    }

    static TextField name(Component view, String id) {
        TextField field = new TextField(view.getTranslation("account.field.name"));
        field.setId(id);
        field.setMaxLength(120);
        field.setAutocomplete(Autocomplete.NAME);
        return wide(field);
    }

    static EmailField email(Component view, String id) {
        EmailField field = new EmailField(view.getTranslation("account.field.email"));
        field.setId(id);
        field.setMaxLength(254);
        field.setAutocomplete(Autocomplete.EMAIL);
        return wide(field);
    }

    private static <F extends TextFieldBase<?, ?>> F wide(F field) {
        field.setWidthFull();
        field.setManualValidation(true);
        return field;
    }
}
