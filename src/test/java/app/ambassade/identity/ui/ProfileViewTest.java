package app.ambassade.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.identity.security.LoginService;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class ProfileViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    LoginService logins;

    @Test
    void aSignedInMemberOpensTheirProfile() {
        TenantSummary tenant = data.tenant("maison");
        signIn(data.person(tenant, Role.MEMBER, "member@example.com"));

        UI.getCurrent().navigate("profile");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProfileView.class);
        assertThat(_get(TextField.class, s -> s.withId("displayName")).getValue())
                .isEqualTo("Test MEMBER");
        TextField email = _get(TextField.class, s -> s.withId("email"));
        assertThat(email.getValue()).isEqualTo("member@example.com");
        assertThat(email.isReadOnly()).isTrue();
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        TenantSummary tenant = data.tenant("maison");
        onHost(tenant.slug());

        UI.getCurrent().navigate("profile");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void thePlatformAdminHasAProfileToo() {
        data.platformAdmin("ops@ambassade.test");
        AuthenticatedUser admin = logins.authenticatePlatformAdmin("ops@ambassade.test", TestData.PASSWORD);
        signIn(admin);

        UI.getCurrent().navigate("profile");

        assertThat(_get(TextField.class, s -> s.withId("email")).getValue()).isEqualTo("ops@ambassade.test");
    }

    @Test
    void renamingIsSavedAndShownInTheSession() {
        TenantSummary tenant = data.tenant("maison");
        signIn(data.person(tenant, Role.MEMBER, "member@example.com"));
        UI.getCurrent().navigate("profile");

        _setValue(_get(TextField.class, s -> s.withId("displayName")), "  Zoé Martin ");
        _click(_get(Button.class, s -> s.withId("save")));

        expectNotifications("Your profile is saved.");
        assertThat(accounts.profile().displayName()).isEqualTo("Zoé Martin");
        assertThat(AuthenticatedUser.require().displayName()).isEqualTo("Zoé Martin");
    }

    @Test
    void anEmptyNameIsRefusedAtTheField() {
        TenantSummary tenant = data.tenant("maison");
        signIn(data.person(tenant, Role.MEMBER, "member@example.com"));
        UI.getCurrent().navigate("profile");

        _setValue(_get(TextField.class, s -> s.withId("displayName")), " ");
        _click(_get(Button.class, s -> s.withId("save")));

        assertThat(_get(TextField.class, s -> s.withId("displayName")).getErrorMessage())
                .isEqualTo("This field is required.");
        assertThat(accounts.profile().displayName()).isEqualTo("Test MEMBER");
    }

    @Test
    void choosingFrenchAppliesItAtOnceAndKeepsIt() {
        TenantSummary tenant = data.tenant("maison");
        signIn(data.person(tenant, Role.MEMBER, "member@example.com"));
        UI.getCurrent().navigate("profile");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Locale> language = _get(RadioButtonGroup.class, s -> s.withId("language"));
        assertThat(language.getValue()).isEqualTo(Locale.ENGLISH);
        _setValue(language, Locale.FRENCH);
        _click(_get(Button.class, s -> s.withId("save")));

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.FRENCH);
        assertThat(accounts.profile().locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedAtTheFieldAndTheNewOneStaysTyped() {
        TenantSummary tenant = data.tenant("maison");
        signIn(data.person(tenant, Role.MEMBER, "member@example.com"));
        UI.getCurrent().navigate("profile");

        changePassword("not-my-password-1", "brand-new-pass-7", "brand-new-pass-7");

        PasswordField current = _get(PasswordField.class, s -> s.withId("currentPassword"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Your current password is not correct.");
        assertThat(_get(PasswordField.class, s -> s.withId("newPassword")).getValue())
                .isEqualTo("brand-new-pass-7");
    }

    @Test
    void theNewPasswordFollowsThePolicyAndIsTypedTwiceAlikeInFrench() {
        TenantSummary tenant = data.tenant("maison");
        signIn(data.person(tenant, Role.MEMBER, "member@example.com"));
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("profile");

        changePassword(TestData.PASSWORD, "court", "autre");

        assertThat(_get(PasswordField.class, s -> s.withId("newPassword")).getErrorMessage())
                .isEqualTo("Utilisez au moins 10 caractères, dont au moins une lettre et un chiffre.");
        assertThat(_get(PasswordField.class, s -> s.withId("newPasswordConfirmation"))
                        .getErrorMessage())
                .isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(_get(PasswordField.class, s -> s.withId("newPassword")).getHelperText())
                .isEqualTo("Au moins 10 caractères, dont au moins une lettre et un chiffre.");
    }

    @Test
    void changingThePasswordKeepsThisSessionAndEndsTheOthers() {
        TenantSummary tenant = data.tenant("maison");
        AuthenticatedUser member = data.person(tenant, Role.MEMBER, "member@example.com");
        signIn(member);
        UI.getCurrent().navigate("profile");

        changePassword(TestData.PASSWORD, "brand-new-pass-7", "brand-new-pass-7");

        expectNotifications("Your password has been changed. Your other sessions have been logged out.");
        assertThat(_get(PasswordField.class, s -> s.withId("currentPassword")).getValue())
                .isEmpty();
        AuthenticatedUser now = AuthenticatedUser.require();
        assertThat(now.securityStamp()).isGreaterThan(member.securityStamp());
        SecurityContextHolder.clearContext();
        TenantContext.runAs(
                tenant.id(), () -> logins.authenticateMember(tenant, "member@example.com", "brand-new-pass-7"));
    }

    private void changePassword(String current, String fresh, String confirmation) {
        _setValue(_get(PasswordField.class, s -> s.withId("currentPassword")), current);
        _setValue(_get(PasswordField.class, s -> s.withId("newPassword")), fresh);
        _setValue(_get(PasswordField.class, s -> s.withId("newPasswordConfirmation")), confirmation);
        _click(_get(Button.class, s -> s.withId("change-password")));
    }
}
