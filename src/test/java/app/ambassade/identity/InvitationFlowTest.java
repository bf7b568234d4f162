package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

@AmbassadeTest
@Import(MutableClockConfig.class)
class InvitationFlowTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    InvitationService invitations;

    @Autowired
    LoginService logins;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestData.signOut();
    }

    @Test
    void theInvitationMailArrivesWithALinkToTheTenantsHost() {
        TenantSummary tenant = data.tenant("invite");
        invite(tenant, "nina@example.com", Role.AMBASSADOR);

        MimeMessage mail = Mailbox.single(greenMail, "nina@example.com");
        // The tenant's default language is French: the person is addressed in French.
        assertThat(Mailbox.subject(mail)).isEqualTo("Vous êtes invité à rejoindre invite sur Ambassade");
        assertThat(Mailbox.link(mail, "invitation"))
                .startsWith("http://" + tenant.slug() + ".localhost:8080/invitation/");
        assertThat(Mailbox.text(mail)).contains("Ambassadeur");
    }

    @Test
    void anInvitationCanBeAcceptedOnceAndThePersonThenLogsIn() {
        TenantSummary tenant = data.tenant("invite");
        invite(tenant, "nina@example.com", Role.AMBASSADOR);
        String token = Mailbox.token(Mailbox.single(greenMail, "nina@example.com"), "invitation");

        assertThat(invitations.find(tenant, token)).hasValueSatisfying(details -> {
            assertThat(details.email()).isEqualTo("nina@example.com");
            assertThat(details.role()).isEqualTo(Role.AMBASSADOR);
        });
        invitations.accept(tenant, token, "Nina Simone", "new-password-77", "new-password-77");

        AuthenticatedUser nina = TenantContext.callAs(
                tenant.id(), () -> logins.authenticateMember(tenant, "nina@example.com", "new-password-77"));
        assertThat(nina.displayName()).isEqualTo("Nina Simone");
        assertThat(nina.role()).isEqualTo("AMBASSADOR");

        assertThat(invitations.find(tenant, token)).isEmpty();
        assertThatThrownBy(() ->
                        invitations.accept(tenant, token, "Someone Else", "other-password-88", "other-password-88"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("token", "invitation.invalid"));
        // The second try changed nothing.
        TenantContext.runAs(
                tenant.id(), () -> logins.authenticateMember(tenant, "nina@example.com", "new-password-77"));
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() {
        TenantSummary tenant = data.tenant("invite");
        invite(tenant, "late@example.com", Role.MEMBER);
        String token = Mailbox.token(Mailbox.single(greenMail, "late@example.com"), "invitation");

        clock.advance(InvitationService.VALIDITY.plus(Duration.ofMinutes(1)));

        assertThat(invitations.find(tenant, token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(tenant, token, "Late", "new-password-77", "new-password-77"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("token"));
    }

    @Test
    void acceptingChecksTheNameThePasswordPolicyAndTheConfirmationWithoutSpendingTheLink() {
        TenantSummary tenant = data.tenant("invite");
        invite(tenant, "rules@example.com", Role.MEMBER);
        String token = Mailbox.token(Mailbox.single(greenMail, "rules@example.com"), "invitation");

        assertThatThrownBy(() -> invitations.accept(tenant, token, " ", "short", "other"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("displayName", "validation.required")
                                .containsEntry("password", "validation.password-policy")
                                .containsEntry("passwordConfirmation", "validation.passwords-differ"));
        assertThatThrownBy(() -> invitations.accept(tenant, token, "x".repeat(121), "a1".repeat(65), "a1".repeat(65)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsEntry("displayName", "validation.too-long")
                                .containsEntry("password", "validation.password-policy"));

        assertThat(invitations.find(tenant, token)).isPresent();
    }

    private void invite(TenantSummary tenant, String email, Role role) {
        TestData.signIn(data.person(tenant, Role.BRAND_MANAGER, "boss-" + email));
        try {
            invitations.invite(email, role);
        } finally {
            TestData.signOut();
        }
    }
}
