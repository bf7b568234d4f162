package app.ambassade.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/** Where the platform admin's screens live: reached here, never by a typed path. */
final class PlatformNavigation {

    private PlatformNavigation() {}

    static void navigateToTenants() {
        UI.getCurrent().navigate(TenantsView.class);
    }

    static void navigateToTenant(long tenantId) {
        UI.getCurrent().navigate(TenantEditorView.class, tenant(tenantId));
    }

    static void navigateToNewTenant() {
        UI.getCurrent()
                .navigate(
                        TenantEditorView.class, new RouteParameters(TenantEditorView.PARAMETER, TenantEditorView.NEW));
    }

    static RouteParameters tenant(long tenantId) {
        return new RouteParameters(TenantEditorView.PARAMETER, String.valueOf(tenantId));
    }
}
