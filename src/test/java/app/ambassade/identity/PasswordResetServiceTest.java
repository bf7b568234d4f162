package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.audit.AuditRecord;
import app.ambassade.audit.AuditService;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.identity.security.LoginRefusal;
import app.ambassade.identity.security.LoginService;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.MutableClock;
import app.ambassade.support.MutableClockConfig;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.BadCredentialsException;

@AmbassadeTest
@Import(MutableClockConfig.class)
class PasswordResetServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    PasswordResetService resets;

    @Autowired
    SignUpService signUps;

    @Autowired
    LoginService logins;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditService audit;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestData.signOut();
    }

    @Test
    void aResetLinkWorksOnceChangesThePasswordClearsTheLockoutAndEndsEverySession() throws Exception {
        TenantSummary tenant = data.tenant("reset");
        data.person(tenant, Role.MEMBER, "forgetful@example.com");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(tenant, "forgetful@example.com", "wrong-password-1"));
        }
        assertThatThrownBy(() -> login(tenant, "forgetful@example.com", TestData.PASSWORD))
                .isInstanceOfSatisfying(
                        LoginRefusal.class, e -> assertThat(e.reason()).isEqualTo(LoginRefusal.Reason.LOCKED));
        long stampBefore = stamp(tenant, "forgetful@example.com");

        resets.requestReset(tenant, "Forgetful@Example.com").get();

        MimeMessage mail = Mailbox.single(greenMail, "forgetful@example.com");
        assertThat(Mailbox.subject(mail)).isEqualTo("Choose a new password for reset");
        assertThat(Mailbox.link(mail, "reset-password"))
                .startsWith("http://" + tenant.slug() + ".localhost:8080/reset-password/");
        String token = Mailbox.token(mail, "reset-password");
        assertThat(resets.find(tenant, token)).contains("forgetful@example.com");

        resets.reset(tenant, token, "brand-new-pass-7", "brand-new-pass-7");

        assertThat(login(tenant, "forgetful@example.com", "brand-new-pass-7").email())
                .isEqualTo("forgetful@example.com");
        assertThatThrownBy(() -> login(tenant, "forgetful@example.com", TestData.PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(stamp(tenant, "forgetful@example.com")).isGreaterThan(stampBefore);
        assertThat(resets.find(tenant, token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(tenant, token, "another-pass-8", "another-pass-8"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("token", "account.reset.invalid"));
        login(tenant, "forgetful@example.com", "brand-new-pass-7");
    }

    @Test
    void aResetForAnUnknownAddressSendsNothing() throws Exception {
        TenantSummary tenant = data.tenant("reset");

        resets.requestReset(tenant, "nobody@example.com").get();

        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aResetIsSentOnlyToActiveAccounts() throws Exception {
        TenantSummary tenant = data.tenant("reset");
        signUps.signUp(
                tenant,
                new SignUpForm("Pending", "pending@example.com", "join-password-42", "join-password-42", true),
                Locale.ENGLISH);

        resets.requestReset(tenant, "pending@example.com").get();

        assertThat(Mailbox.to(greenMail, "pending@example.com"))
                .extracting(Mailbox::subject)
                .containsExactly("Confirm your e-mail address for reset");
    }

    @Test
    void theResetMailIsInThePersonsLanguage() throws Exception {
        TenantSummary tenant = data.tenant("reset");
        data.person(tenant, Role.MEMBER, "anglais@example.com");
        signUps.signUp(
                tenant,
                new SignUpForm("Fr", "francais@example.com", "join-password-42", "join-password-42", true),
                Locale.FRENCH);
        signUps.verify(tenant, Mailbox.token(Mailbox.single(greenMail, "francais@example.com"), "verify-email"));

        resets.requestReset(tenant, "anglais@example.com").get();
        resets.requestReset(tenant, "francais@example.com").get();

        assertThat(Mailbox.subject(Mailbox.single(greenMail, "anglais@example.com")))
                .isEqualTo("Choose a new password for reset");
        assertThat(Mailbox.to(greenMail, "francais@example.com"))
                .extracting(Mailbox::subject)
                .contains("Choisissez un nouveau mot de passe pour reset");
    }

    @Test
    void aResetLinkExpiresAfterOneHour() throws Exception {
        TenantSummary tenant = data.tenant("reset");
        data.person(tenant, Role.MEMBER, "slow@example.com");
        resets.requestReset(tenant, "slow@example.com").get();
        String token = Mailbox.token(Mailbox.single(greenMail, "slow@example.com"), "reset-password");

        clock.advance(PasswordResetService.VALIDITY.plus(Duration.ofMinutes(1)));

        assertThat(resets.find(tenant, token)).isEmpty();
        assertThatThrownBy(() -> resets.reset(tenant, token, "brand-new-pass-7", "brand-new-pass-7"))
                .isInstanceOf(InvalidInputException.class);
        login(tenant, "slow@example.com", TestData.PASSWORD);
    }

    @Test
    void theNewPasswordFollowsThePolicyAndMustBeTypedTwiceAlike() throws Exception {
        TenantSummary tenant = data.tenant("reset");
        data.person(tenant, Role.MEMBER, "typo@example.com");
        resets.requestReset(tenant, "typo@example.com").get();
        String token = Mailbox.token(Mailbox.single(greenMail, "typo@example.com"), "reset-password");

        assertThatThrownBy(() -> resets.reset(tenant, token, "short", "shorter"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("password", "validation.password-policy")
                                .containsEntry("passwordConfirmation", "validation.passwords-differ"));
        assertThat(resets.find(tenant, token))
                .as("a refused form does not spend the link")
                .isPresent();
    }

    @Test
    void requestsForOneAddressAreLimited() throws Exception {
        TenantSummary tenant = data.tenant("reset");
        data.person(tenant, Role.MEMBER, "flooded@example.com");

        for (int i = 0; i < PasswordResetService.MAX_REQUESTS + 3; i++) {
            resets.requestReset(tenant, "flooded@example.com").get();
        }

        assertThat(Mailbox.to(greenMail, "flooded@example.com")).hasSize(PasswordResetService.MAX_REQUESTS);
    }

    @Test
    void aMalformedAddressIsRefusedAtTheField() {
        TenantSummary tenant = data.tenant("reset");

        assertThatThrownBy(() -> resets.requestReset(tenant, "not-an-address"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("email", "validation.email"));
    }

    @Test
    void theResetIsInTheTenantsAuditLog() throws Exception {
        TenantSummary tenant = data.tenant("reset");
        data.person(tenant, Role.MEMBER, "audited@example.com");
        resets.requestReset(tenant, "audited@example.com").get();
        String token = Mailbox.token(Mailbox.single(greenMail, "audited@example.com"), "reset-password");
        resets.reset(tenant, token, "brand-new-pass-7", "brand-new-pass-7");

        TestData.signIn(data.person(tenant, Role.BRAND_MANAGER, "boss@example.com"));
        assertThat(audit.tenantLog(Pageable.ofSize(20)).getContent())
                .filteredOn(r -> r.target().equals("audited@example.com"))
                .extracting(AuditRecord::action)
                .contains("account.password-reset-requested", "account.password-reset");
    }

    private AuthenticatedUser login(TenantSummary tenant, String email, String password) {
        return TenantContext.callAs(tenant.id(), () -> logins.authenticateMember(tenant, email, password));
    }

    private long stamp(TenantSummary tenant, String email) {
        return TenantContext.callAs(
                tenant.id(), () -> users.findByEmail(email).orElseThrow().getSecurityStamp());
    }
}
