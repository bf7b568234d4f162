package app.ambassade.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.PasswordResetService;
import app.ambassade.identity.Role;
import app.ambassade.identity.security.LoginService;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordResetViewTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    PasswordResetService resets;

    @Autowired
    LoginService logins;

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() {
        TenantSummary tenant = data.tenant("maison");
        data.person(tenant, Role.MEMBER, "known@example.com");
        onHost(tenant.slug());

        String known = ask("known@example.com");
        UI.getCurrent().navigate("login");
        String unknown = ask("unknown@example.com");
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(Mailbox.to(greenMail, "unknown@example.com")).isEmpty();

        assertThat(known)
                .isEqualTo("If an account of this program uses known@example.com, we sent it a link to "
                        + "choose a new password. The link works once, for one hour.");
        assertThat(unknown).isEqualTo(known.replace("known@", "unknown@"));
        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText()).isEqualTo("Check your e-mail");
    }

    @Test
    void aMalformedAddressIsRefusedAtTheFieldInFrench() {
        TenantSummary tenant = data.tenant("maison");
        onHost(tenant.slug());
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("forgot-password");

        _setValue(_get(EmailField.class, s -> s.withId("email")), "pas-une-adresse");
        _click(_get(Button.class, s -> s.withId("submit")));

        EmailField email = _get(EmailField.class, s -> s.withId("email"));
        assertThat(email.getErrorMessage())
                .isEqualTo("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
        assertThat(email.getValue()).isEqualTo("pas-une-adresse");
    }

    @Test
    void thePersonChoosesANewPasswordThroughTheLinkAndLandsOnTheLoginPage() throws Exception {
        TenantSummary tenant = data.tenant("maison");
        data.person(tenant, Role.MEMBER, "known@example.com");
        onHost(tenant.slug());
        String token = resetToken(tenant, "known@example.com");

        UI.getCurrent().navigate("reset-password/" + token);
        assertThat(_get(Paragraph.class, s -> s.withId("intro")).getText()).contains("known@example.com");
        set("brand-new-pass-7", "brand-new-pass-7");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("notice")).getText())
                .isEqualTo("Your password has been changed. Log in with your new password.");
        TenantContext.runAs(
                tenant.id(), () -> logins.authenticateMember(tenant, "known@example.com", "brand-new-pass-7"));

        UI.getCurrent().navigate("reset-password/" + token);
        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText()).isEqualTo("This reset link is not valid");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    @Test
    void aWeakOrMistypedNewPasswordIsRefusedAtTheFieldInEnglishAndFrench() throws Exception {
        TenantSummary tenant = data.tenant("maison");
        data.person(tenant, Role.MEMBER, "known@example.com");
        onHost(tenant.slug());
        String token = resetToken(tenant, "known@example.com");

        UI.getCurrent().navigate("reset-password/" + token);
        set("weak", "weak");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).getErrorMessage())
                .isEqualTo("Use at least 10 characters, with at least one letter and one digit.");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).getValue())
                .isEqualTo("weak");

        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("reset-password/" + token);
        set("brand-new-pass-7", "brand-new-pass-8");
        assertThat(_get(PasswordField.class, s -> s.withId("passwordConfirmation"))
                        .getErrorMessage())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(_get(PasswordField.class, s -> s.withId("password")).isInvalid())
                .isFalse();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ResetPasswordView.class);
    }

    @Test
    void aResetLinkOfAnotherTenantIsInvalidOnThisHost() throws Exception {
        TenantSummary a = data.tenant("alpha");
        TenantSummary b = data.tenant("beta");
        data.person(a, Role.MEMBER, "same@example.com");
        data.person(b, Role.MEMBER, "same@example.com");
        String token = resetToken(a, "same@example.com");
        onHost(b.slug());

        UI.getCurrent().navigate("reset-password/" + token);

        assertThat(_get(H2.class, s -> s.withId("outcome-title")).getText()).isEqualTo("This reset link is not valid");
        assertThat(_find(PasswordField.class)).isEmpty();
    }

    private String ask(String address) {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, s -> s.withId("email")), address);
        _click(_get(Button.class, s -> s.withId("submit")));
        return _get(Paragraph.class, s -> s.withId("outcome-text")).getText();
    }

    private void set(String password, String confirmation) {
        _setValue(_get(PasswordField.class, s -> s.withId("password")), password);
        _setValue(_get(PasswordField.class, s -> s.withId("passwordConfirmation")), confirmation);
        _click(_get(Button.class, s -> s.withId("submit")));
    }

    private String resetToken(TenantSummary tenant, String email) throws Exception {
        resets.requestReset(tenant, email).get();
        return Mailbox.token(Mailbox.single(greenMail, email), "reset-password");
    }
}
