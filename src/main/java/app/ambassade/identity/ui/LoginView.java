package app.ambassade.identity.ui;

import app.ambassade.tenancy.HostTenant;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Optional;

/**
 * Login on the tenant's own host (branded, with join and password-reset links) or on the bare
 * host for the platform admin.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final HostTenant hostTenant;
    private final LoginForm form = new LoginForm();

    public LoginView(HostTenant hostTenant) {
        this.hostTenant = hostTenant;
        addClassName("public-page");
        setAlignItems(Alignment.CENTER);
        setSizeFull();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<String> slug = hostTenant.slug();
        Optional<TenantSummary> tenant = hostTenant.tenant();
        if (slug.isPresent() && tenant.isEmpty()) {
            add(
                    new H1(getTranslation("login.unknown-tenant.title")),
                    new Paragraph(getTranslation("login.unknown-tenant.text")));
            return;
        }
        tenant.ifPresent(t -> PublicBranding.apply(this, t));
        add(header(tenant));
        if (tenant.isPresent() && !tenant.get().active()) {
            add(new Paragraph(getTranslation("login.suspended", tenant.get().name())));
            return;
        }
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("notice")
                .filter(NOTICES::contains)
                .ifPresent(notice -> add(notice(notice)));
        String error = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("error")
                .orElse(null);
        form.setI18n(i18n(error));
        form.setError(error != null);
        add(form);
        tenant.ifPresent(t -> add(tenantLinks()));
        add(new LanguageSwitch());
    }

    private Component header(Optional<TenantSummary> tenant) {
        VerticalLayout header = new VerticalLayout();
        header.setPadding(false);
        header.setAlignItems(Alignment.CENTER);
        tenant.filter(TenantSummary::hasLogo).ifPresent(t -> {
            Image logo = new Image(t.logoPath(), getTranslation("login.logo-alt", t.name()));
            logo.addClassName("brand-logo-large");
            header.add(logo);
        });
        header.add(new H1(tenant.map(TenantSummary::name).orElse(getTranslation("login.platform-title"))));
        header.add(new Paragraph(
                getTranslation(tenant.isPresent() ? "login.tenant-subtitle" : "login.platform-subtitle")));
        return header;
    }

    /** A confirmation after a flow that ends here (invitation accepted, e-mail confirmed, password reset). */
    private Component notice(String code) {
        Paragraph notice = new Paragraph(getTranslation("account.notice." + code));
        notice.setId("notice");
        notice.getElement().setAttribute("role", "status");
        notice.addClassNames(LumoUtility.TextColor.SUCCESS, LumoUtility.TextAlignment.CENTER);
        return notice;
    }

    private Component tenantLinks() {
        VerticalLayout links = new VerticalLayout(
                new Anchor(IdentityNavigation.forgotPassword(), getTranslation("login.forgot-password")),
                new Anchor(IdentityNavigation.join(), getTranslation("login.join")));
        links.setPadding(false);
        links.setAlignItems(Alignment.CENTER);
        return links;
    }

    private LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form-title"));
        f.setUsername(getTranslation("login.email"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot-password"));
        LoginI18n.ErrorMessage message = i18n.getErrorMessage();
        String code = error == null || !KNOWN_ERRORS.contains(error) ? "credentials" : error;
        message.setTitle(getTranslation("login.error." + code + ".title"));
        message.setMessage(getTranslation("login.error." + code + ".text"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    private static final List<String> NOTICES = List.of("invitation-accepted", "email-verified", "password-reset");

    private static final List<String> KNOWN_ERRORS =
            List.of("credentials", "locked", "suspended", "unverified", "deactivated", "unknown-tenant");

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
