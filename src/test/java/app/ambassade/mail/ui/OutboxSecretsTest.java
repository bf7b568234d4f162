package app.ambassade.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.InvitationService;
import app.ambassade.identity.PasswordResetService;
import app.ambassade.identity.Role;
import app.ambassade.mail.OutboxMessage;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform admin's outbox keeps a copy of every e-mail, but never the secret of another
 * person's invitation or password-reset link: holding the admin account must not open anyone
 * else's account (docs/decisions/0008-outbox-secrets.md). Only the addressee's mailbox gets them.
 */
class OutboxSecretsTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordResetService resets;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theAdminsOutboxNeverShowsTheTokenOfAnotherPersonsResetOrInvitationLink() throws Exception {
        TenantSummary tenant = data.tenant("secrets");
        TestData.signIn(data.person(tenant, Role.BRAND_MANAGER, "boss@secrets.example"));
        invitations.invite("newcomer@secrets.example", Role.MEMBER);
        TestData.signOut();
        data.person(tenant, Role.MEMBER, "member@secrets.example");
        resets.requestReset(tenant, "member@secrets.example").get();
        AuthenticatedUser admin = data.platformAdmin("ops-secrets@ambassade.test");
        TestData.asPlatformAdmin(() -> invitations.inviteFirstManager(tenant.id(), "first@secrets.example"));

        // What the addressees got: whole links, whose tokens open their accounts.
        Map<String, String> tokens = Map.of(
                "newcomer@secrets.example",
                        Mailbox.token(Mailbox.single(greenMail, "newcomer@secrets.example"), "invitation"),
                "member@secrets.example",
                        Mailbox.token(Mailbox.single(greenMail, "member@secrets.example"), "reset-password"),
                "first@secrets.example",
                        Mailbox.token(Mailbox.single(greenMail, "first@secrets.example"), "invitation"));
        assertThat(tokens.values()).allSatisfy(token -> assertThat(token).hasSizeGreaterThan(20));

        signIn(admin);
        UI.getCurrent().navigate("outbox");
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = _get(Grid.class);
        int shown = 0;
        for (int row = 0; row < GridKt._size(grid); row++) {
            OutboxMessage mail = GridKt._get(grid, row);
            if (!tokens.containsKey(mail.to())) {
                continue;
            }
            shown++;
            GridKt._selectRow(grid, row);
            String screen = _get(Div.class, s -> s.withClasses("outbox-details"))
                    .getElement()
                    .getTextRecursively();
            List<String> links =
                    _find(Anchor.class).stream().map(Anchor::getHref).toList();

            assertThat(screen).contains(mail.subject()).contains("/" + OutboxMessage.HIDDEN);
            assertThat(_get(Paragraph.class, s -> s.withClasses("outbox-secrets-hidden"))
                            .getText())
                    .contains("ambassade.mail.outbox.show-secrets=true");
            for (String token : tokens.values()) {
                assertThat(screen).doesNotContain(token);
                assertThat(links).noneMatch(link -> link.contains(token));
                assertThat(mail.body()).doesNotContain(token);
            }
        }
        assertThat(shown).isEqualTo(3);
        for (String token : tokens.values()) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from mail_outbox where body like ?", Integer.class, "%" + token + "%"))
                    .as("not even stored")
                    .isZero();
        }
    }
}
