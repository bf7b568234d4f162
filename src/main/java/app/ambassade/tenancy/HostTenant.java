package app.ambassade.tenancy;

import com.vaadin.flow.server.VaadinRequest;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The tenant named by the host of the current Vaadin request (login, join and other public views). */
@Component
public class HostTenant {

    private final TenantHosts hosts;
    private final TenantService tenants;

    public HostTenant(TenantHosts hosts, TenantService tenants) {
        this.hosts = hosts;
        this.tenants = tenants;
    }

    public Optional<String> slug() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null
                ? Optional.empty()
                : hosts.slugOf(request.getHeader("Host") != null ? request.getHeader("Host") : serverName(request));
    }

    public Optional<TenantSummary> tenant() {
        return slug().flatMap(tenants::findBySlug);
    }

    public boolean onPlatformHost() {
        return slug().isEmpty();
    }

    private static String serverName(VaadinRequest request) {
        return request instanceof com.vaadin.flow.server.VaadinServletRequest servlet ? servlet.getServerName() : null;
    }
}
