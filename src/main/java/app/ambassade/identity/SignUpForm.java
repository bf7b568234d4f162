package app.ambassade.identity;

/** What a visitor types on the join page. */
public record SignUpForm(
        String displayName, String email, String password, String passwordConfirmation, boolean termsAccepted) {

    @Override
    public String toString() {
        return "SignUpForm[displayName=" + displayName + ", email=" + email + ", termsAccepted=" + termsAccepted + "]";
    }
}
