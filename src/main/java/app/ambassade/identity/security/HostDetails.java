package app.ambassade.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** The host a login form was posted to: it names the tenant. */
record HostDetails(String host, String remoteAddress) implements Serializable {

    static HostDetails of(HttpServletRequest request) {
        return new HostDetails(request.getServerName(), request.getRemoteAddr());
    }
}
