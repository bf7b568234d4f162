package app.ambassade.identity.ui;

import app.ambassade.identity.SignUpService;
import app.ambassade.tenancy.HostTenant;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The link of the confirmation e-mail: activates the account and sends the person to the login page. */
@Route(value = "verify-email/:token", autoLayout = false)
@AnonymousAllowed
class VerifyEmailView extends PublicPage {

    private final SignUpService signUps;

    VerifyEmailView(HostTenant hostTenant, SignUpService signUps) {
        super(hostTenant);
        this.signUps = signUps;
    }

    @Override
    protected void render(TenantSummary tenant, BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        if (signUps.verify(tenant, token)) {
            event.forwardTo("login", QueryParameters.of("notice", "email-verified"));
        } else {
            showOutcome(getTranslation("account.verify.invalid.title"), getTranslation("account.verify.invalid.text"));
            add(centered(new Anchor(IdentityNavigation.join(), getTranslation("account.verify.join-again"))));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.verify.page-title");
    }
}
