package app.ambassade.identity.ui;

import app.ambassade.identity.PasswordResetService;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.HostTenant;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Asks for a password-reset link; the answer never says whether the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends PublicPage {

    private final PasswordResetService resets;

    ForgotPasswordView(HostTenant hostTenant, PasswordResetService resets) {
        super(hostTenant);
        this.resets = resets;
    }

    @Override
    protected void render(TenantSummary tenant, BeforeEnterEvent event) {
        H2 title = new H2(getTranslation("account.forgot.heading"));
        Paragraph intro = new Paragraph(getTranslation("account.forgot.intro"));
        EmailField email = Fields.email(this, "email");
        Button submit = new Button(getTranslation("account.forgot.submit"), e -> {
            try {
                resets.requestReset(tenant, email.getValue());
                showOutcome(
                        getTranslation("account.forgot.sent.title"),
                        getTranslation(
                                "account.forgot.sent.text", email.getValue().strip()));
            } catch (InvalidInputException error) {
                FieldErrors.show(this, error, Map.of("email", email));
            }
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        add(
                title,
                intro,
                email,
                submit,
                centered(new Anchor(IdentityNavigation.login(), getTranslation("account.public.to-login"))));
        email.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.page-title");
    }
}
