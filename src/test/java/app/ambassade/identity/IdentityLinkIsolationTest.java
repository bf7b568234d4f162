package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.identity.security.LoginRefusal;
import app.ambassade.identity.security.LoginService;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.MutableClockConfig;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** A link issued in tenant A does nothing on tenant B's host, even where B has the same address. */
@AmbassadeTest
@Import(MutableClockConfig.class)
class IdentityLinkIsolationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    InvitationService invitations;

    @Autowired
    SignUpService signUps;

    @Autowired
    PasswordResetService resets;

    @Autowired
    LoginService logins;

    @Autowired
    UserAccountRepository users;

    TenantSummary a;
    TenantSummary b;

    @BeforeEach
    void twoTenants() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void anInvitationOfTenantAIsUnknownOnTenantBsHost() {
        TestData.signIn(data.person(a, Role.BRAND_MANAGER, "boss@alpha.example"));
        invitations.invite("guest@example.com", Role.MEMBER);
        TestData.signOut();
        String token = Mailbox.token(Mailbox.single(greenMail, "guest@example.com"), "invitation");

        assertThat(invitations.find(b, token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(b, token, "Mallory", "mallory-pass-1", "mallory-pass-1"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(TenantContext.callAs(b.id(), () -> users.findByEmail("guest@example.com")))
                .isEmpty();

        assertThat(invitations.find(a, token)).isPresent();
        invitations.accept(a, token, "Guest", "guest-pass-12", "guest-pass-12");
    }

    @Test
    void aVerificationLinkOfTenantAActivatesNothingOnTenantBsHost() {
        data.person(b, Role.MEMBER, "same@example.com");
        signUps.signUp(
                a, new SignUpForm("Same", "same@example.com", "same-pass-123", "same-pass-123", true), Locale.ENGLISH);
        var mail = Mailbox.single(greenMail, "same@example.com");
        assertThat(Mailbox.subject(mail)).as("B's account is not A's business").startsWith("Confirm your e-mail");
        String token = Mailbox.token(mail, "verify-email");

        assertThat(signUps.verify(b, token)).isFalse();
        assertThatThrownBy(() -> TenantContext.callAs(
                        a.id(), () -> logins.authenticateMember(a, "same@example.com", "same-pass-123")))
                .isInstanceOfSatisfying(
                        LoginRefusal.class, e -> assertThat(e.reason()).isEqualTo(LoginRefusal.Reason.UNVERIFIED));

        assertThat(signUps.verify(a, token)).isTrue();
    }

    @Test
    void aResetLinkOfTenantAChangesNothingOnTenantBsHost() throws Exception {
        data.person(a, Role.MEMBER, "same@example.com");
        data.person(b, Role.MEMBER, "same@example.com");
        resets.requestReset(a, "same@example.com").get();
        String token = Mailbox.token(Mailbox.single(greenMail, "same@example.com"), "reset-password");

        assertThat(resets.find(b, token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(b, token, "hijacked-pass-1", "hijacked-pass-1"))
                .isInstanceOf(InvalidInputException.class);
        TenantContext.runAs(b.id(), () -> logins.authenticateMember(b, "same@example.com", TestData.PASSWORD));

        resets.reset(a, token, "fresh-pass-123", "fresh-pass-123");
        TenantContext.runAs(a.id(), () -> logins.authenticateMember(a, "same@example.com", "fresh-pass-123"));
        TenantContext.runAs(b.id(), () -> logins.authenticateMember(b, "same@example.com", TestData.PASSWORD));
    }

    @Test
    void aResetAskedOnTenantBsHostIsNotSentForAnAccountOfTenantA() throws Exception {
        data.person(a, Role.MEMBER, "only-a@example.com");

        resets.requestReset(b, "only-a@example.com").get();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
