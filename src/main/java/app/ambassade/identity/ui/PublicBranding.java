package app.ambassade.identity.ui;

import app.ambassade.shared.ui.BrandColors;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/** Applies a tenant's colour to its public pages (login, join, invitation, password reset). */
final class PublicBranding {

    private PublicBranding() {}

    static void apply(Component page, TenantSummary tenant) {
        BrandColors.apply(page.getUI().orElse(UI.getCurrent()), tenant.brandColor());
    }
}
