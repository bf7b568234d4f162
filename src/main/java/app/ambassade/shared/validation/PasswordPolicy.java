package app.ambassade.shared.validation;

/**
 * At least 10 characters with a letter and a digit, at most 128. Long passphrases are welcome;
 * composition rules beyond that annoy people without adding much.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static boolean accepts(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return false;
        }
        return password.chars().anyMatch(Character::isLetter)
                && password.chars().anyMatch(Character::isDigit);
    }

    public static void check(Checks checks, String password, String field) {
        checks.require(accepts(password), field, "validation.password-policy");
    }
}
