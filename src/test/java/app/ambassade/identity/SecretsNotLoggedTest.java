package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.security.LoginService;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Logs say who acted, but never carry passwords or the secrets of e-mail links, even at DEBUG. */
@AmbassadeTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    private static final String[] NOISY = {"app.ambassade", "org.springframework.security"};

    @Autowired
    TestData data;

    @Autowired
    InvitationService invitations;

    @Autowired
    LoginService logins;

    @BeforeEach
    void logEverything() {
        for (String name : NOISY) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.DEBUG);
        }
    }

    @AfterEach
    void quiet() {
        for (String name : NOISY) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(null);
        }
        TestData.signOut();
    }

    @Test
    void invitationTokensAndPasswordsNeverReachTheLogs(CapturedOutput output) {
        TenantSummary tenant = data.tenant("logs");
        TestData.signIn(data.person(tenant, Role.BRAND_MANAGER, "boss@logs.example"));
        invitations.invite("newcomer@logs.example", Role.MEMBER);
        TestData.signOut();
        String token = invitationToken("newcomer@logs.example");

        invitations.accept(tenant, token, "New Comer", "Secret-horse-99");
        assertThatThrownBy(() -> TenantContext.callAs(
                        tenant.id(),
                        () -> logins.authenticateMember(tenant, "newcomer@logs.example", "Wrong-horse-77")))
                .isNotNull();
        TenantContext.callAs(
                tenant.id(), () -> logins.authenticateMember(tenant, "newcomer@logs.example", "Secret-horse-99"));

        assertThat(output.getAll())
                .isNotBlank()
                .doesNotContain(token)
                .doesNotContain("Secret-horse-99")
                .doesNotContain("Wrong-horse-77")
                .doesNotContain(TestData.PASSWORD);
    }

    /** From the addressee's mailbox: the outbox copy never holds the token. */
    private String invitationToken(String email) {
        return Mailbox.token(Mailbox.single(greenMail, email), "invitation");
    }
}
