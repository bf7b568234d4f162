package app.ambassade.identity.ui;

import app.ambassade.identity.SignUpForm;
import app.ambassade.identity.SignUpService;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.HostTenant;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * A customer joins the brand's program as a member. Whether or not the address already has an
 * account, the page ends on the same "check your e-mail" message.
 */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
class JoinView extends PublicPage {

    private final SignUpService signUps;

    JoinView(HostTenant hostTenant, SignUpService signUps) {
        super(hostTenant);
        this.signUps = signUps;
    }

    @Override
    protected void render(TenantSummary tenant, BeforeEnterEvent event) {
        H2 title = new H2(getTranslation("account.join.heading"));
        Paragraph intro = new Paragraph(getTranslation("account.join.intro", tenant.name()));
        TextField name = Fields.name(this, "displayName");
        EmailField email = Fields.email(this, "email");
        PasswordField password = Fields.newPassword(this, "password", "account.field.password");
        PasswordField confirmation =
                Fields.confirmation(this, "passwordConfirmation", "account.field.password-confirmation");
        Checkbox terms = new Checkbox(getTranslation("account.join.terms", tenant.name()), false);
        terms.setId("terms");
        Map<String, HasValidation> fields = Map.of(
                "displayName",
                name,
                "email",
                email,
                "password",
                password,
                "passwordConfirmation",
                confirmation,
                "terms",
                terms);

        Button submit = new Button(getTranslation("account.join.submit"), e -> {
            try {
                signUps.signUp(
                        tenant,
                        new SignUpForm(
                                name.getValue(),
                                email.getValue(),
                                password.getValue(),
                                confirmation.getValue(),
                                terms.getValue()),
                        getLocale());
                showOutcome(
                        getTranslation("account.join.sent.title"),
                        getTranslation(
                                "account.join.sent.text", email.getValue().strip()));
            } catch (InvalidInputException error) {
                FieldErrors.show(this, error, fields);
            }
        });
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        add(
                title,
                intro,
                name,
                email,
                password,
                confirmation,
                terms,
                submit,
                centered(new Anchor(IdentityNavigation.login(), getTranslation("account.join.have-account"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.join.page-title");
    }
}
