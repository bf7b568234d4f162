package app.ambassade.shared.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by services when input breaks a rule. Carries, per field name, the i18n key of the
 * message to show at that field, so that views can keep what was typed and point at the problem.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
