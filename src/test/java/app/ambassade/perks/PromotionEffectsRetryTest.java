package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.Mailbox;
import app.ambassade.support.TestData;
import app.ambassade.support.TestSmtp;
import app.ambassade.tenancy.TenantSummary;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An effect interrupted half-way is completed by the retry, exactly once: the mail server is down when a
 * waitlisted member is promoted, so the ledger line and the notice are written but the e-mail fails and
 * the event stays incomplete; once the server is back, the resubmitted event sends the e-mail and adds
 * neither a second ledger line nor a second notice. A duplicate delivery of the same event changes nothing.
 */
@AmbassadeTest
class PromotionEffectsRetryTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    TestData data;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    MemberPerks perks;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate sql;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aPromotionWhoseEmailFailedIsCompletedOnceByTheRetry() {
        TenantSummary brand = data.tenant("retry");
        AuthenticatedUser manager = data.person(brand, Role.BRAND_MANAGER, "boss@retry.test");
        AuthenticatedUser holder = data.person(brand, Role.MEMBER, "holder@retry.test");
        AuthenticatedUser waiting = data.person(brand, Role.MEMBER, "waiting@retry.test");
        LocalDateTime start = LocalDateTime.now().plusDays(5).withNano(0);
        TestData.signIn(manager);
        long perkId = catalogue.create(PerksFixtures.eventForm("Atelier", start, start.plusHours(2), 1));
        catalogue.setStatus(perkId, PerkStatus.PUBLISHED);
        TestData.signIn(holder);
        perks.claim(perkId);
        TestData.signIn(waiting);
        perks.claim(perkId);

        greenMail.stop();
        TestData.signIn(holder);
        perks.cancel(perkId);

        assertThat(ledgerLines(brand, waiting)).isEqualTo(1);
        assertThat(notices(brand, waiting)).isEqualTo(1);
        assertThat(incompletePromotions(perkId)).isEqualTo(1);

        greenMail.start();
        incomplete.resubmitIncompletePublications(publication -> true);

        assertThat(Mailbox.to(greenMail, "waiting@retry.test")).hasSize(1);
        assertThat(ledgerLines(brand, waiting)).isEqualTo(1);
        assertThat(notices(brand, waiting)).isEqualTo(1);
        assertThat(incompletePromotions(perkId)).isZero();

        String promotionId = sql.queryForObject(
                        "SELECT origin FROM notification WHERE tenant_id = ? AND recipient_id = ?",
                        String.class,
                        brand.id(),
                        waiting.accountId())
                .substring("perk-promoted:".length());
        transactions.executeWithoutResult(status -> events.publishEvent(
                new PerkActivity.Promoted(brand.id(), perkId, waiting.accountId(), "Atelier", promotionId)));

        assertThat(Mailbox.to(greenMail, "waiting@retry.test")).hasSize(1);
        assertThat(ledgerLines(brand, waiting)).isEqualTo(1);
        assertThat(notices(brand, waiting)).isEqualTo(1);
    }

    private int ledgerLines(TenantSummary brand, AuthenticatedUser member) {
        return sql.queryForObject(
                "SELECT COUNT(*) FROM engagement_entry WHERE tenant_id = ? AND member_id = ?"
                        + " AND action = 'CLAIMED_PERK'",
                Integer.class,
                brand.id(),
                member.accountId());
    }

    private int notices(TenantSummary brand, AuthenticatedUser member) {
        return sql.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE tenant_id = ? AND recipient_id = ?"
                        + " AND type = 'PERK_PROMOTED'",
                Integer.class,
                brand.id(),
                member.accountId());
    }

    private int incompletePromotions(long perkId) {
        return sql.queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND event_type LIKE '%PerkActivity$Promoted' AND serialized_event LIKE ?",
                Integer.class, "%\"perkId\":" + perkId + ",%");
    }
}
