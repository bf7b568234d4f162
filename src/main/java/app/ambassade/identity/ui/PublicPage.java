package app.ambassade.identity.ui;

import app.ambassade.tenancy.HostTenant;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;

/**
 * A public page of a brand (invitation, join, e-mail confirmation, password reset): the tenant
 * comes from the host; an unknown host or a paused program gets a clear page and no form.
 * Phone-first: one column, full-width fields, at most 32rem wide.
 */
abstract class PublicPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HostTenant hostTenant;

    PublicPage(HostTenant hostTenant) {
        this.hostTenant = hostTenant;
        addClassName("public-page");
        setAlignItems(Alignment.STRETCH);
        setWidthFull();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<TenantSummary> tenant = hostTenant.tenant();
        if (tenant.isEmpty()) {
            add(
                    centered(new H1(getTranslation("login.unknown-tenant.title"))),
                    new Paragraph(getTranslation("login.unknown-tenant.text")));
            return;
        }
        TenantSummary t = tenant.get();
        PublicBranding.apply(this, t);
        add(header(t));
        if (!t.active()) {
            add(new Paragraph(getTranslation("account.public.paused", t.name())));
            return;
        }
        render(t, event);
        add(centered(new LanguageSwitch()));
    }

    /** Builds the page for an active tenant; the header is already there. */
    protected abstract void render(TenantSummary tenant, BeforeEnterEvent event);

    /** Replaces everything below the header with a title, a text and a link back to the login page. */
    protected void showOutcome(String title, String text) {
        Component header = getComponentAt(0);
        removeAll();
        add(header);
        H2 heading = new H2(title);
        heading.setId("outcome-title");
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId("outcome-text");
        add(
                heading,
                paragraph,
                centered(new Anchor(IdentityNavigation.login(), getTranslation("account.public.to-login"))));
    }

    private Component header(TenantSummary tenant) {
        VerticalLayout header = new VerticalLayout();
        header.setPadding(false);
        header.setSpacing(false);
        header.setAlignItems(Alignment.CENTER);
        if (tenant.hasLogo()) {
            Image logo = new Image(tenant.logoPath(), getTranslation("login.logo-alt", tenant.name()));
            logo.addClassName("brand-logo-large");
            header.add(logo);
        }
        header.add(new H1(tenant.name()));
        return header;
    }

    static Component centered(Component component) {
        VerticalLayout box = new VerticalLayout(component);
        box.setPadding(false);
        box.setAlignItems(Alignment.CENTER);
        return box;
    }
}
