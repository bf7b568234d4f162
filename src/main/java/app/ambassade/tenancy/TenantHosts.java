package app.ambassade.tenancy;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tenants live on sub-domains of the portal's public address: with {@code http://localhost:8080}
 * the brand "maison-lumiere" is at {@code http://maison-lumiere.localhost:8080}, and the bare
 * address is the platform console. See docs/decisions/0002-tenant-per-subdomain.md.
 */
@Component
public class TenantHosts {

    private final URI publicUrl;
    private final String baseHost;

    public TenantHosts(@Value("${ambassade.public-url:http://localhost:8080}") String publicUrl) {
        this.publicUrl = URI.create(publicUrl);
        this.baseHost = this.publicUrl.getHost().toLowerCase(Locale.ROOT);
    }

    /** The tenant slug named by a request's host, or empty for the platform's own host. */
    public Optional<String> slugOf(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        String suffix = "." + baseHost;
        if (!name.endsWith(suffix)) {
            return Optional.empty();
        }
        String label = name.substring(0, name.length() - suffix.length());
        return label.isEmpty() || label.contains(".") ? Optional.empty() : Optional.of(label);
    }

    public String tenantUrl(String slug) {
        return publicUrl.getScheme() + "://" + slug + "." + authority();
    }

    /** Whether people reach the portal over https (then cookies are Secure and HSTS is sent). */
    public boolean secure() {
        return "https".equalsIgnoreCase(publicUrl.getScheme());
    }

    public String platformUrl() {
        return publicUrl.getScheme() + "://" + authority();
    }

    private String authority() {
        return publicUrl.getPort() > 0 ? baseHost + ":" + publicUrl.getPort() : baseHost;
    }
}
