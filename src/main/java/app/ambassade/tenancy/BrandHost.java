package app.ambassade.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The brand a public, anonymous request is addressed to: the active tenant named by its host, in any
 * letter case. Empty for the platform's own host, unknown sub-domains and suspended brands.
 *
 * <p>The rule for every public key or code (widget key, {@code /r/} code...): it is looked up inside
 * this brand only, so it answers on its own brand's host and nowhere else, not on another brand's host
 * nor on the platform's. Rate limits on public endpoints are keyed on this brand's id, never on the
 * raw Host header, and a request with no brand is answered 404 before it touches a bucket.
 */
@Component
public class BrandHost {

    private static final String RESOLVED = BrandHost.class.getName();

    private final TenantHosts hosts;
    private final TenantService tenants;

    public BrandHost(TenantHosts hosts, TenantService tenants) {
        this.hosts = hosts;
        this.tenants = tenants;
    }

    /** Looked up once per request (the rate-limit filter and the controller both ask). */
    @SuppressWarnings("unchecked")
    public Optional<TenantSummary> of(HttpServletRequest request) {
        Object resolved = request.getAttribute(RESOLVED);
        if (resolved instanceof Optional<?> brand) {
            return (Optional<TenantSummary>) brand;
        }
        String host = request.getHeader(HttpHeaders.HOST);
        Optional<TenantSummary> brand = hosts.slugOf(host != null ? host : request.getServerName())
                .flatMap(tenants::findBySlug)
                .filter(TenantSummary::active);
        request.setAttribute(RESOLVED, brand);
        return brand;
    }
}
