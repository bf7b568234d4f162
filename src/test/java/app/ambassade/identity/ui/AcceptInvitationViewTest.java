package app.ambassade.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.InvitationService;
import app.ambassade.identity.Role;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class AcceptInvitationViewTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    InvitationService invitations;

    @Test
    void anInvitedPersonSeesTheBrandTheirAddressAndRoleThenCreatesTheAccount() {
        TenantSummary tenant = data.tenant("maison");
        String token = invite(tenant, "nina@example.com", Role.AMBASSADOR);
        onHost(tenant.slug());

        UI.getCurrent().navigate("invitation/" + token);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AcceptInvitationView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("maison");
        assertThat(_get(Paragraph.class, s -> s.withId("intro")).getText())
                .isEqualTo("You are invited to join maison as Ambassador. Choose your name and a password.");
        assertThat(_get(TextField.class, s -> s.withId("email")).getValue()).isEqualTo("nina@example.com");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).getHelperText())
                .isEqualTo("At least 10 characters, with at least one letter and one digit.");

        _setValue(_get(TextField.class, s -> s.withId("displayName")), "Nina Simone");
        _setValue(_get(PasswordField.class, s -> s.withId("password")), "nina-pass-123");
        _setValue(_get(PasswordField.class, s -> s.withId("passwordConfirmation")), "nina-pass-123");
        _click(_get(Button.class, s -> s.withId("submit")));

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("notice")).getText())
                .isEqualTo("Your account is ready. Log in with your e-mail and your new password.");
        assertThat(invitations.find(tenant, token)).isEmpty();
    }

    @Test
    void aWeakOrMistypedPasswordIsRefusedAtTheFieldAndWhatWasTypedStays() {
        TenantSummary tenant = data.tenant("maison");
        String token = invite(tenant, "nina@example.com", Role.MEMBER);
        onHost(tenant.slug());
        UI.getCurrent().navigate("invitation/" + token);

        fill("Nina", "short", "shorter");

        PasswordField password = _get(PasswordField.class, s -> s.withId("password"));
        PasswordField confirmation = _get(PasswordField.class, s -> s.withId("passwordConfirmation"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage())
                .isEqualTo("Use at least 10 characters, with at least one letter and one digit.");
        assertThat(confirmation.getErrorMessage()).isEqualTo("The two passwords are not the same.");
        assertThat(_get(TextField.class, s -> s.withId("displayName")).getValue())
                .isEqualTo("Nina");
        assertThat(password.getValue()).isEqualTo("short");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AcceptInvitationView.class);
        assertThat(invitations.find(tenant, token)).isPresent();
    }

    @Test
    void theFormSpeaksFrench() {
        TenantSummary tenant = data.tenant("maison");
        String token = invite(tenant, "nina@example.com", Role.AMBASSADOR);
        onHost(tenant.slug());
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("invitation/" + token);

        assertThat(_get(Paragraph.class, s -> s.withId("intro")).getText())
                .isEqualTo(
                        "Vous êtes invité à rejoindre maison, avec le rôle : Ambassadeur. Choisissez votre nom et un mot de passe.");
        fill("", "nina-pass-123", "nina-pass-124");

        assertThat(_get(TextField.class, s -> s.withId("displayName")).getErrorMessage())
                .isEqualTo("Ce champ est obligatoire.");
        assertThat(_get(PasswordField.class, s -> s.withId("passwordConfirmation"))
                        .getErrorMessage())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).isInvalid())
                .isFalse();
    }

    @Test
    void anUnknownOrUsedLinkShowsAClearPageWithoutForm() {
        TenantSummary tenant = data.tenant("maison");
        onHost(tenant.slug());

        UI.getCurrent().navigate("invitation/not-a-real-token");

        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText())
                .isEqualTo("This invitation link is not valid");
        assertThat(_get(Paragraph.class, s -> s.withId("outcome-text")).getText())
                .contains("no longer valid");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void anInvitationOfAnotherTenantIsInvalidOnThisHost() {
        TenantSummary a = data.tenant("alpha");
        TenantSummary b = data.tenant("beta");
        String token = invite(a, "guest@example.com", Role.MEMBER);
        onHost(b.slug());

        UI.getCurrent().navigate("invitation/" + token);

        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText())
                .isEqualTo("This invitation link is not valid");
        assertThat(_find(PasswordField.class)).isEmpty();
        assertThat(invitations.find(a, token)).isPresent();
    }

    @Test
    void anUnknownHostShowsNoForm() {
        onHost("no-such-brand");

        UI.getCurrent().navigate("invitation/whatever");

        assertThat(_get(H1.class).getText()).isEqualTo("Unknown brand");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private void fill(String name, String password, String confirmation) {
        _setValue(_get(TextField.class, s -> s.withId("displayName")), name);
        _setValue(_get(PasswordField.class, s -> s.withId("password")), password);
        _setValue(_get(PasswordField.class, s -> s.withId("passwordConfirmation")), confirmation);
        _click(_get(Button.class, s -> s.withId("submit")));
    }

    private String invite(TenantSummary tenant, String email, Role role) {
        TestData.signIn(data.person(tenant, Role.BRAND_MANAGER, "boss-" + email));
        try {
            invitations.invite(email, role);
        } finally {
            TestData.signOut();
        }
        return Mailbox.token(Mailbox.single(greenMail, email), "invitation");
    }
}
