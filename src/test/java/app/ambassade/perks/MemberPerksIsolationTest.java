package app.ambassade.perks;

import static app.ambassade.perks.PerksFixtures.PARIS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A member of brand B gets nothing and changes nothing with brand A's perk and pulse ids, whatever the method. */
@AmbassadeTest
class MemberPerksIsolationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @Autowired
    TestData data;

    @Autowired
    MemberPerks perks;

    @Autowired
    PerkCatalogue catalogue;

    @Autowired
    PerkCodeRepository codes;

    @Autowired
    PerkPulseRepository pulses;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    PerksFixtures fixtures;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void anotherBrandsPerksContentsFilesAndPulsesBehaveLikeUnknownIds() {
        TenantSummary a = data.tenant("iso-perks-a");
        TenantSummary b = data.tenant("iso-perks-b");
        AuthenticatedUser managerA = data.person(a, Role.BRAND_MANAGER, "boss@iso-a.example");
        AuthenticatedUser ana = data.person(a, Role.MEMBER, "ana@iso-a.example");
        AuthenticatedUser bea = data.person(b, Role.MEMBER, "bea@iso-b.example");
        AuthenticatedUser ben = data.person(b, Role.AMBASSADOR, "ben@iso-b.example");
        LocalDateTime start = LocalDateTime.now(clock).plusDays(10).withNano(0);
        long event = fixtures.publish(managerA, PerksFixtures.eventForm("A's event", start, PARIS, 5, true, 0));
        long content = fixtures.create(
                managerA, PerksFixtures.contentForm("A's guide", "Secret of A", PerkRules.open()), false);
        long early = fixtures.publish(
                managerA, PerksFixtures.earlyAccessForm("A's codes", null, null, true, PerkRules.open()), "A-CODE-1");
        long lab = fixtures.publish(managerA, PerksFixtures.coCreationForm("A's lab", 2));
        PerksFixtures.as(managerA, () -> {
            catalogue.setFile(content, new FileUpload("a.pdf", "%PDF-1.4 A".getBytes(StandardCharsets.US_ASCII)));
            catalogue.setImage(event, new FileUpload("a.png", PNG));
            catalogue.setStatus(content, PerkStatus.PUBLISHED);
            return null;
        });
        PerksFixtures.as(ana, () -> {
            perks.claim(event);
            perks.apply(lab, "Ana wants to design");
            return null;
        });
        long anasPulse = fixtures.pulse(a.id(), event, ana.accountId(), clock.instant());
        List<Long> ids = List.of(event, content, early, lab);
        Map<String, Object> before = rowsOf(a.id());

        for (AuthenticatedUser outsider : List.of(bea, ben)) {
            TestData.signIn(outsider);
            assertThat(perks.browse(null)).isEmpty();
            assertThat(perks.mine()).isEmpty();
            assertThat(perks.pendingPulses()).isEmpty();
            for (long id : ids) {
                assertThat(perks.find(id)).as("find %s", id).isEmpty();
                assertThatThrownBy(() -> perks.claim(id)).isInstanceOf(PerkNotFoundException.class);
                assertThatThrownBy(() -> perks.apply(id, "Let me in, please"))
                        .isInstanceOf(PerkNotFoundException.class);
                assertThatThrownBy(() -> perks.cancel(id)).isInstanceOf(PerkNotFoundException.class);
                assertThat(perks.content(id)).as("content %s", id).isEmpty();
                assertThat(perks.file(id)).as("file %s", id).isEmpty();
                assertThat(perks.image(id)).as("image %s", id).isEmpty();
                assertThat(perks.calendar(id)).as("calendar %s", id).isEmpty();
            }
            assertThatThrownBy(() -> perks.answerPulse(anasPulse, 5)).isInstanceOf(PerkNotFoundException.class);
        }

        assertThat(rowsOf(a.id())).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from perk_claim where tenant_id = ?", Long.class, b.id()))
                .isZero();
        TestData.signIn(ana);
        assertThat(perks.image(event)).isPresent();
        assertThat(perks.calendar(event)).isPresent();
        assertThat(perks.content(content)).isPresent();
        assertThat(perks.pendingPulses()).hasSize(1);
    }

    /** What the database holds for the tenant's perks, claims, codes and pulses (no Hibernate filter in between). */
    private Map<String, Object> rowsOf(long tenantId) {
        return Map.of(
                "perk",
                        jdbc.queryForList(
                                "select id, status, taken, capacity from perk where tenant_id = ? order by id",
                                tenantId),
                "claim",
                        jdbc.queryForList(
                                "select id, perk_id, member_id, status, queued_at, version from perk_claim"
                                        + " where tenant_id = ? order by id",
                                tenantId),
                "code",
                        jdbc.queryForList(
                                "select id, claim_id, version from perk_code where tenant_id = ? order by id",
                                tenantId),
                "pulse",
                        jdbc.queryForList(
                                "select id, score, answered_at, version from perk_pulse where tenant_id = ?"
                                        + " order by id",
                                tenantId));
    }
}
