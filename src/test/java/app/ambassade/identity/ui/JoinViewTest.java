package app.ambassade.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.Role;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class JoinViewTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    UserAccountRepository users;

    @Autowired
    TenantService tenants;

    @Test
    void aVisitorJoinsThenConfirmsTheAddressAndLandsOnTheLoginPage() {
        TenantSummary tenant = data.tenant("maison");
        onHost(tenant.slug());
        UI.getCurrent().navigate("join");
        assertThat(_get(Checkbox.class, s -> s.withId("terms")).getValue())
                .as("consent is never pre-ticked")
                .isFalse();

        fill("Zoé Martin", "zoe@example.com", "zoe-pass-1234", "zoe-pass-1234", true);

        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText()).isEqualTo("Check your e-mail");
        assertThat(_get(Paragraph.class, s -> s.withId("outcome-text")).getText())
                .contains("zoe@example.com");
        assertThat(status(tenant, "zoe@example.com")).isEqualTo(AccountStatus.PENDING_VERIFICATION);

        String token = Mailbox.token(Mailbox.single(greenMail, "zoe@example.com"), "verify-email");
        UI.getCurrent().navigate("verify-email/" + token);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("notice")).getText())
                .isEqualTo("Your e-mail address is confirmed. You can log in now.");
        assertThat(status(tenant, "zoe@example.com")).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aUsedOrUnknownConfirmationLinkShowsAClearPage() {
        TenantSummary tenant = data.tenant("maison");
        onHost(tenant.slug());
        useLocale(Locale.FRENCH);

        UI.getCurrent().navigate("verify-email/nothing-here");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(VerifyEmailView.class);
        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText())
                .isEqualTo("Ce lien de confirmation n'est pas valable");
    }

    @Test
    void anAddressThatAlreadyHasAnAccountGetsTheSamePageAndNoSecondAccount() {
        TenantSummary tenant = data.tenant("maison");
        data.person(tenant, Role.MEMBER, "known@example.com");
        onHost(tenant.slug());
        UI.getCurrent().navigate("join");

        fill("Someone", "known@example.com", "zoe-pass-1234", "zoe-pass-1234", true);

        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText()).isEqualTo("Check your e-mail");
        assertThat(_get(Paragraph.class, s -> s.withId("outcome-text")).getText())
                .isEqualTo("We sent a message to known@example.com. Open the link in it to confirm your address "
                        + "(it is valid for 48 hours), then log in.");
        assertThat(TenantContext.callAs(tenant.id(), () -> users.count())).isEqualTo(1);
    }

    @Test
    void withoutConsentNothingIsCreatedAndTheMessageIsAtTheCheckbox() {
        TenantSummary tenant = data.tenant("maison");
        onHost(tenant.slug());
        UI.getCurrent().navigate("join");

        fill("Zoé", "zoe@example.com", "zoe-pass-1234", "zoe-pass-9999", false);

        Checkbox terms = _get(Checkbox.class, s -> s.withId("terms"));
        assertThat(terms.isInvalid()).isTrue();
        assertThat(terms.getErrorMessage()).isEqualTo("You must accept the program terms to join.");
        assertThat(_get(PasswordField.class, s -> s.withId("passwordConfirmation"))
                        .getErrorMessage())
                .isEqualTo("The two passwords are not the same.");
        assertThat(_get(TextField.class, s -> s.withId("displayName")).getValue())
                .isEqualTo("Zoé");
        assertThat(_get(EmailField.class, s -> s.withId("email")).getValue()).isEqualTo("zoe@example.com");
        assertThat(TenantContext.callAs(tenant.id(), () -> users.count())).isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void theJoinPageSpeaksFrench() {
        TenantSummary tenant = data.tenant("maison");
        onHost(tenant.slug());
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("join");

        fill("Zoé", "pas-une-adresse", "court", "court", false);

        assertThat(_get(EmailField.class, s -> s.withId("email")).getErrorMessage())
                .isEqualTo("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).getErrorMessage())
                .isEqualTo("Utilisez au moins 10 caractères, dont au moins une lettre et un chiffre.");
        assertThat(_get(Checkbox.class, s -> s.withId("terms")).getErrorMessage())
                .isEqualTo("Vous devez accepter les conditions du programme pour le rejoindre.");
        assertThat(_get(Checkbox.class, s -> s.withId("terms")).getLabel())
                .startsWith("J'accepte les conditions du programme maison");
    }

    @Test
    void aSuspendedProgramShowsNoForm() {
        TenantSummary tenant = data.tenant("maison");
        TestData.asPlatformAdmin(() -> tenants.suspend(tenant.id(), "unpaid invoice"));
        onHost(tenant.slug());

        UI.getCurrent().navigate("join");

        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(_get(Paragraph.class).getText()).startsWith("maison has paused its program");
    }

    private void fill(String name, String email, String password, String confirmation, boolean consent) {
        _setValue(_get(TextField.class, s -> s.withId("displayName")), name);
        _setValue(_get(EmailField.class, s -> s.withId("email")), email);
        _setValue(_get(PasswordField.class, s -> s.withId("password")), password);
        _setValue(_get(PasswordField.class, s -> s.withId("passwordConfirmation")), confirmation);
        _setValue(_get(Checkbox.class, s -> s.withId("terms")), consent);
        _click(_get(Button.class, s -> s.withId("submit")));
    }

    private AccountStatus status(TenantSummary tenant, String email) {
        return TenantContext.callAs(
                tenant.id(), () -> users.findByEmail(email).orElseThrow().getStatus());
    }
}
