package app.ambassade.identity.ui;

import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;

/** Applies a tenant's colour to its public pages (login, join, invitation, password reset). */
final class PublicBranding {

    private PublicBranding() {
    }

    static void apply(Component page, TenantSummary tenant) {
        page.getUI().ifPresentOrElse(
                ui -> ui.getElement().getStyle().set("--lumo-primary-color", tenant.brandColor())
                        .set("--lumo-primary-text-color", tenant.brandColor()),
                () -> page.getElement().getStyle().set("--lumo-primary-color", tenant.brandColor())
                        .set("--lumo-primary-text-color", tenant.brandColor()));
    }
}
