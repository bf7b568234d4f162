package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Effects left pending under the perk events' and listeners' former class names (a crash before the
 * release that renamed them) complete once V88 has rewritten the stored names.
 */
@AmbassadeTest
class PerkEventsRenamedTest {

    private static final String OLD = "app.ambassade.perks.";

    @Autowired
    TestData data;

    @Autowired
    PerksFixtures fixtures;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcTemplate sql;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void publicationsStoredUnderTheFormerNamesCompleteAfterTheMigration() {
        PerksFixtures.Brand brand = fixtures.brand(data);
        long tenant = brand.tenant().id();
        long member = brand.helene().accountId();
        long event = fixtures.eventIn(brand.manager(), "Atelier", 5, 48, false);
        long coCreation = fixtures.coCreation(brand.manager(), "Flacon", 2);
        pending(
                OLD + "ClaimListeners.on(" + OLD + "PerkActivity$Claimed)",
                OLD + "PerkActivity$Claimed",
                "{\"tenantId\":%d,\"perkId\":%d,\"memberId\":%d,\"status\":\"CONFIRMED\"}"
                        .formatted(tenant, event, member));
        pending(
                OLD + "PerkOperationsListener.on(" + OLD + "PerkOperationsEvents$CheckedIn)",
                OLD + "PerkOperationsEvents$CheckedIn",
                "{\"tenantId\":%d,\"perkId\":%d,\"memberId\":%d,\"title\":\"Atelier\"}"
                        .formatted(tenant, event, member));
        pending(
                OLD + "PerkOperationsListener.on(" + OLD + "PerkOperationsEvents$Decided)",
                OLD + "PerkOperationsEvents$Decided",
                "{\"tenantId\":%d,\"perkId\":%d,\"memberId\":%d,\"title\":\"Flacon\",\"selected\":true}"
                        .formatted(tenant, coCreation, member));

        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V88__perk_events_renamed.sql"))
                .execute(dataSource);
        assertThat(sql.queryForList(
                        "SELECT listener_id FROM event_publication WHERE completion_date IS NULL", String.class))
                .containsExactlyInAnyOrder(
                        OLD + "PerkEffects.on(" + OLD + "PerkActivity$Claimed)",
                        OLD + "PerkEffects.on(" + OLD + "PerkActivity$CheckedIn)",
                        OLD + "PerkEffects.on(" + OLD + "PerkActivity$Decided)");
        incomplete.resubmitIncompletePublications(publication -> true);

        assertThat(ledger(tenant, member, "CLAIMED_PERK")).isEqualTo(1);
        assertThat(ledger(tenant, member, "ATTENDED_EVENT")).isEqualTo(1);
        assertThat(sql.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE tenant_id = ? AND recipient_id = ?"
                                + " AND type = 'PERK_SELECTED'",
                        Integer.class,
                        tenant,
                        member))
                .isEqualTo(1);
        assertThat(sql.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Integer.class))
                .isZero();
    }

    private void pending(String listenerId, String eventType, String json) {
        UUID id = UUID.randomUUID();
        byte[] bytes = ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
        sql.update(
                "INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts) VALUES (?, ?, ?, ?, ?, 'FAILED', 1)",
                bytes,
                listenerId,
                eventType,
                json,
                Timestamp.from(Instant.now().minusSeconds(60)));
    }

    private int ledger(long tenant, long member, String action) {
        return sql.queryForObject(
                "SELECT COUNT(*) FROM engagement_entry WHERE tenant_id = ? AND member_id = ?" + " AND action = ?",
                Integer.class,
                tenant,
                member,
                action);
    }
}
