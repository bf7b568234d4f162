package app.ambassade.identity.ui;

import app.ambassade.identity.InvitationDetails;
import app.ambassade.identity.InvitationService;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.HostTenant;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;

/** Where an invited person chooses their name and password. The link works once. */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
class AcceptInvitationView extends PublicPage {

    private final InvitationService invitations;

    AcceptInvitationView(HostTenant hostTenant, InvitationService invitations) {
        super(hostTenant);
        this.invitations = invitations;
    }

    @Override
    protected void render(TenantSummary tenant, BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        Optional<InvitationDetails> invitation = invitations.find(tenant, token);
        if (invitation.isEmpty()) {
            showInvalid();
            return;
        }
        InvitationDetails details = invitation.get();
        String role = getTranslation("role." + details.role().name());
        H2 title = new H2(getTranslation("account.accept.heading"));
        Paragraph intro = new Paragraph(getTranslation("account.accept.intro", tenant.name(), role));
        intro.setId("intro");

        TextField email = new TextField(getTranslation("account.field.email"));
        email.setId("email");
        email.setValue(details.email());
        email.setReadOnly(true);
        email.setWidthFull();
        TextField name = Fields.name(this, "displayName");
        PasswordField password = Fields.newPassword(this, "password", "account.field.password");
        PasswordField confirmation =
                Fields.confirmation(this, "passwordConfirmation", "account.field.password-confirmation");
        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("displayName", name, "password", password, "passwordConfirmation", confirmation);

        Button submit = new Button(getTranslation("account.accept.submit"), e -> {
            try {
                invitations.accept(tenant, token, name.getValue(), password.getValue(), confirmation.getValue());
                IdentityNavigation.navigateToLogin("invitation-accepted");
            } catch (InvalidInputException error) {
                if (error.fieldErrors().containsKey("token")) {
                    showInvalid();
                } else {
                    FieldErrors.show(this, error, fields);
                }
            }
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        add(title, intro, email, name, password, confirmation, submit);
        name.focus();
    }

    private void showInvalid() {
        showOutcome(getTranslation("account.accept.invalid.title"), getTranslation("invitation.invalid"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.accept.page-title");
    }
}
