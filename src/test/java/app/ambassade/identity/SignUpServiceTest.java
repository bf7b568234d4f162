package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.audit.AuditRecord;
import app.ambassade.audit.AuditService;
import app.ambassade.identity.internal.UserAccount;
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
import app.ambassade.tenancy.TenantService;
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

@AmbassadeTest
@Import(MutableClockConfig.class)
class SignUpServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    SignUpService signUps;

    @Autowired
    InvitationService invitations;

    @Autowired
    LoginService logins;

    @Autowired
    UserAccountRepository users;

    @Autowired
    TenantService tenants;

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
    void aSignUpSendsAVerificationMailAndLoginWaitsForTheConfirmation() {
        TenantSummary tenant = data.tenant("join");

        signUps.signUp(tenant, form("Zoé Martin", "Zoe@Example.com", true), Locale.ENGLISH);

        MimeMessage mail = Mailbox.single(greenMail, "zoe@example.com");
        assertThat(Mailbox.subject(mail)).isEqualTo("Confirm your e-mail address for join");
        assertThat(Mailbox.link(mail, "verify-email"))
                .startsWith("http://" + tenant.slug() + ".localhost:8080/verify-email/");
        UserAccount account = account(tenant, "zoe@example.com");
        assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(account.getRole()).isEqualTo(Role.MEMBER);
        assertThat(account.getDisplayName()).isEqualTo("Zoé Martin");
        assertThat(account.getTermsAcceptedAt()).isNotNull();
        assertThat(account.getLocale()).isEqualTo("en");

        assertThatThrownBy(() -> login(tenant, "zoe@example.com", "join-password-42"))
                .isInstanceOfSatisfying(
                        LoginRefusal.class, e -> assertThat(e.reason()).isEqualTo(LoginRefusal.Reason.UNVERIFIED));

        String token = Mailbox.token(mail, "verify-email");
        assertThat(signUps.verify(tenant, token)).isTrue();

        assertThat(login(tenant, "zoe@example.com", "join-password-42").role()).isEqualTo("MEMBER");
        assertThat(signUps.verify(tenant, token)).as("the link works once").isFalse();
    }

    @Test
    void theVerificationMailIsInTheLanguageOfThePage() {
        TenantSummary tenant = data.tenant("join");

        signUps.signUp(tenant, form("Léa", "lea@example.com", true), Locale.FRENCH);

        assertThat(Mailbox.subject(Mailbox.single(greenMail, "lea@example.com")))
                .isEqualTo("Confirmez votre adresse e-mail pour join");
    }

    @Test
    void aVerificationLinkExpiresAfter48Hours() {
        TenantSummary tenant = data.tenant("join");
        signUps.signUp(tenant, form("Slow", "slow@example.com", true), Locale.ENGLISH);
        String token = Mailbox.token(Mailbox.single(greenMail, "slow@example.com"), "verify-email");

        clock.advance(SignUpService.VERIFICATION_VALIDITY.plus(Duration.ofMinutes(1)));

        assertThat(signUps.verify(tenant, token)).isFalse();
        assertThat(account(tenant, "slow@example.com").getStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
    }

    @Test
    void aSignUpWithAnAddressThatHasAnAccountRevealsNothingAndCreatesNoSecondAccount() {
        TenantSummary tenant = data.tenant("join");
        data.person(tenant, Role.AMBASSADOR, "known@example.com");
        long before = TenantContext.callAs(tenant.id(), () -> users.count());

        signUps.signUp(tenant, form("Impostor", " KNOWN@example.com ", true), Locale.ENGLISH);

        assertThat(TenantContext.callAs(tenant.id(), () -> users.count())).isEqualTo(before);
        UserAccount account = account(tenant, "known@example.com");
        assertThat(account.getRole()).isEqualTo(Role.AMBASSADOR);
        assertThat(account.getDisplayName()).isEqualTo("Test AMBASSADOR");
        // The owner keeps their password, and learns about the attempt by e-mail.
        login(tenant, "known@example.com", TestData.PASSWORD);
        MimeMessage mail = Mailbox.single(greenMail, "known@example.com");
        assertThat(Mailbox.subject(mail)).isEqualTo("Your account with join");
        assertThat(Mailbox.link(mail, "forgot-password"))
                .isEqualTo("http://" + tenant.slug() + ".localhost:8080/forgot-password");
    }

    @Test
    void signingUpAgainBeforeConfirmingSendsANewLinkAndKeepsTheFirstPassword() {
        TenantSummary tenant = data.tenant("join");
        signUps.signUp(tenant, form("First", "twice@example.com", true), Locale.ENGLISH);
        signUps.signUp(
                tenant,
                new SignUpForm("Second", "twice@example.com", "other-password-9", "other-password-9", true),
                Locale.ENGLISH);

        var mails = Mailbox.to(greenMail, "twice@example.com");
        assertThat(mails).hasSize(2);
        String first = Mailbox.token(mails.get(0), "verify-email");
        String second = Mailbox.token(mails.get(1), "verify-email");
        assertThat(signUps.verify(tenant, first))
                .as("the newer link replaces the older one")
                .isFalse();
        assertThat(signUps.verify(tenant, second)).isTrue();
        assertThat(account(tenant, "twice@example.com").getDisplayName()).isEqualTo("First");
        login(tenant, "twice@example.com", "join-password-42");
    }

    @Test
    void aSignUpWithAnInvitedAddressTellsThePersonAboutTheInvitation() {
        TenantSummary tenant = data.tenant("join");
        TestData.signIn(data.person(tenant, Role.BRAND_MANAGER, "boss@example.com"));
        invitations.invite("guest@example.com", Role.AMBASSADOR);
        TestData.signOut();

        signUps.signUp(tenant, form("Guest", "guest@example.com", true), Locale.ENGLISH);

        var mails = Mailbox.to(greenMail, "guest@example.com");
        assertThat(mails).hasSize(2);
        assertThat(Mailbox.subject(mails.get(1))).isEqualTo("Votre invitation chez join");
        assertThat(account(tenant, "guest@example.com").getStatus()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void aSignUpNeedsConsentMatchingPasswordsAndBoundedSizes() {
        TenantSummary tenant = data.tenant("join");

        assertThatThrownBy(() -> signUps.signUp(
                        tenant,
                        new SignUpForm("Al", "al@example.com", "join-password-42", "join-password-43", false),
                        Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("terms", "validation.consent")
                                .containsEntry("passwordConfirmation", "validation.passwords-differ")
                                .doesNotContainKeys("displayName", "email", "password"));
        String longPassword = "a1".repeat(65);
        assertThatThrownBy(() -> signUps.signUp(
                        tenant,
                        new SignUpForm(
                                "n".repeat(121), "x".repeat(250) + "@example.com", longPassword, longPassword, true),
                        Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("displayName", "validation.too-long")
                                .containsEntry("email", "validation.email")
                                .containsEntry("password", "validation.password-policy"));

        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(users(tenant)).isZero();
    }

    @Test
    void nobodyCanSignUpWhileTheTenantIsSuspended() {
        TenantSummary tenant = data.tenant("join");
        TenantSummary suspended = TestData.asPlatformAdmin(() -> tenants.suspend(tenant.id(), "unpaid invoice"));

        assertThatThrownBy(() -> signUps.signUp(suspended, form("Late", "late@example.com", true), Locale.ENGLISH))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("form", "account.join.closed"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        assertThat(users(tenant)).isZero();
    }

    @Test
    void signUpAndVerificationAreInTheTenantsAuditLog() {
        TenantSummary tenant = data.tenant("join");
        signUps.signUp(tenant, form("Audited", "audited@example.com", true), Locale.ENGLISH);
        signUps.verify(tenant, Mailbox.token(Mailbox.single(greenMail, "audited@example.com"), "verify-email"));

        TestData.signIn(data.person(tenant, Role.BRAND_MANAGER, "boss@example.com"));
        assertThat(audit.tenantLog(Pageable.ofSize(20)).getContent())
                .filteredOn(r -> r.target().equals("audited@example.com"))
                .extracting(AuditRecord::action)
                .contains("account.signed-up", "account.verified");
    }

    private static SignUpForm form(String name, String email, boolean consent) {
        return new SignUpForm(name, email, "join-password-42", "join-password-42", consent);
    }

    private AuthenticatedUser login(TenantSummary tenant, String email, String password) {
        return TenantContext.callAs(tenant.id(), () -> logins.authenticateMember(tenant, email, password));
    }

    private UserAccount account(TenantSummary tenant, String email) {
        return TenantContext.callAs(tenant.id(), () -> users.findByEmail(email).orElseThrow());
    }

    private long users(TenantSummary tenant) {
        return TenantContext.callAs(tenant.id(), () -> users.count());
    }
}
