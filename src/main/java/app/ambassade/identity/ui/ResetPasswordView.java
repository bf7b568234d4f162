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
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;

/** The link of the password-reset e-mail: choose a new password, once. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends PublicPage {

    private final PasswordResetService resets;

    ResetPasswordView(HostTenant hostTenant, PasswordResetService resets) {
        super(hostTenant);
        this.resets = resets;
    }

    @Override
    protected void render(TenantSummary tenant, BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<String> email = resets.find(tenant, token);
        if (email.isEmpty()) {
            showInvalid();
            return;
        }
        H2 title = new H2(getTranslation("account.reset.heading"));
        Paragraph intro = new Paragraph(getTranslation("account.reset.intro", email.get()));
        intro.setId("intro");
        PasswordField password = Fields.newPassword(this, "password", "account.field.new-password");
        PasswordField confirmation =
                Fields.confirmation(this, "passwordConfirmation", "account.field.password-confirmation");
        Button submit = new Button(getTranslation("account.reset.submit"), e -> {
            try {
                resets.reset(tenant, token, password.getValue(), confirmation.getValue());
                IdentityNavigation.navigateToLogin("password-reset");
            } catch (InvalidInputException error) {
                if (error.fieldErrors().containsKey("token")) {
                    showInvalid();
                } else {
                    FieldErrors.show(this, error, Map.of("password", password, "passwordConfirmation", confirmation));
                }
            }
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        add(title, intro, password, confirmation, submit);
        password.focus();
    }

    private void showInvalid() {
        showOutcome(getTranslation("account.reset.invalid.title"), getTranslation("account.reset.invalid"));
        add(centered(new Anchor(IdentityNavigation.forgotPassword(), getTranslation("account.reset.ask-again"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.page-title");
    }
}
