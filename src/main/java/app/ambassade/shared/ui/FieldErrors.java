package app.ambassade.shared.ui;

import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's validation errors at the fields they concern; what was typed stays. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(Component view, InvalidInputException error, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        error.fieldErrors().forEach((field, key) -> {
            HasValidation target = fields.get(field);
            String message = view.getTranslation(key);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                Notifications.error(view, key);
            }
        });
    }

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
