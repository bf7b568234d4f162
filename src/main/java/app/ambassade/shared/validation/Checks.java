package app.ambassade.shared.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects field errors (as i18n keys) and throws them together. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final Map<String, String> errors = new LinkedHashMap<>();

    public static Checks start() {
        return new Checks();
    }

    public Checks require(boolean condition, String field, String messageKey) {
        if (!condition) {
            errors.putIfAbsent(field, messageKey);
        }
        return this;
    }

    public Checks text(String value, String field, int min, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return require(false, field, "validation.required");
        }
        require(trimmed.length() >= min, field, "validation.too-short");
        return require(trimmed.length() <= max, field, "validation.too-long");
    }

    public Checks email(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return require(false, field, "validation.required");
        }
        return require(trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches(), field, "validation.email");
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
