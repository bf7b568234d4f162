package app.ambassade.identity.security;

import org.springframework.security.core.AuthenticationException;

/** Why a login was refused, beyond wrong credentials: shown to the person on the login page. */
public class LoginRefusal extends AuthenticationException {

    public enum Reason {
        LOCKED,
        SUSPENDED,
        UNVERIFIED,
        DEACTIVATED,
        UNKNOWN_TENANT
    }

    private final Reason reason;

    public LoginRefusal(Reason reason) {
        super("Login refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
