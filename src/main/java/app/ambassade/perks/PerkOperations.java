package app.ambassade.perks;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.PeopleDirectory;
import app.ambassade.identity.PersonContact;
import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkClaimRepository;
import app.ambassade.perks.internal.PerkCode;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.perks.internal.PerkRepository;
import app.ambassade.perks.internal.PerkSettings;
import app.ambassade.perks.internal.PerkSettingsRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.csv.CsvWriter;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import java.io.Writer;
import java.text.Collator;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand team's work on the claims of a perk: the claims grid and its CSV export, the figures,
 * check-in at the door, choosing co-creation participants, and the pulse interval. Seats and
 * attendance change only through the conditional updates of the repositories: two tablets checking in
 * the same person, or two managers selecting the last seat, leave exactly one trace.
 */
@Service
public class PerkOperations {

    public static final int PULSE_INTERVAL_MIN = 1;
    public static final int PULSE_INTERVAL_MAX = 365;
    static final int EXPORT_PAGE = 500;
    static final int CHECK_IN_MAX = 50;
    static final Set<String> SORTABLE = Set.of("claimedAt", "status", "decidedAt", "checkedInAt", "attendance");
    private static final String[] CSV_HEADER = {
        "claim_id",
        "member_id",
        "name",
        "email",
        "status",
        "attendance",
        "motivation",
        "code",
        "claimed_at",
        "decided_at",
        "checked_in_at"
    };

    private final PerkRepository perks;
    private final PerkClaimRepository claims;
    private final PerkCodeRepository codes;
    private final PerkPulseRepository pulses;
    private final PerkSettingsRepository settings;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PerkOperations(
            PerkRepository perks,
            PerkClaimRepository claims,
            PerkCodeRepository codes,
            PerkPulseRepository pulses,
            PerkSettingsRepository settings,
            PeopleDirectory people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.perks = perks;
        this.claims = claims;
        this.codes = codes;
        this.pulses = pulses;
        this.settings = settings;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of the perk's claims with these statuses (empty: all) whose person's name or e-mail contains
     * the search (blank: everyone), sorted in the database by claim date unless the page says otherwise.
     */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Page<ClaimRow> claims(long perkId, Set<ClaimStatus> statuses, String nameSearch, Pageable pageable) {
        Perk perk = perk(perkId);
        Pageable sorted = sorted(pageable);
        Collection<ClaimStatus> wanted = statuses(statuses);
        if (blank(nameSearch)) {
            Page<PerkClaim> page = claims.page(perkId, wanted, sorted);
            return new PageImpl<>(rows(perk, page.getContent(), null), sorted, page.getTotalElements());
        }
        Map<Long, PersonContact> matched = people.search(claims.memberIds(perkId, wanted), nameSearch);
        if (matched.isEmpty()) {
            return Page.empty(sorted);
        }
        Page<PerkClaim> page = claims.pageOf(perkId, wanted, matched.keySet(), sorted);
        return new PageImpl<>(rows(perk, page.getContent(), matched), sorted, page.getTotalElements());
    }

    /**
     * The same page as {@link #claims}, not counted: the claims grid asks {@link #countClaims} once, and
     * counting a perk's 10 000 claims on every page is work thrown away (docs/benchmarks.md, "Large brand").
     */
    @ManagerOnly
    @Transactional(readOnly = true)
    public List<ClaimRow> claimRows(long perkId, Set<ClaimStatus> statuses, String nameSearch, Pageable pageable) {
        if (!blank(nameSearch)) {
            return claims(perkId, statuses, nameSearch, pageable).getContent();
        }
        Perk perk = perk(perkId);
        return rows(perk, claims.rows(perkId, statuses(statuses), sorted(pageable)), null);
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long countClaims(long perkId, Set<ClaimStatus> statuses, String nameSearch) {
        perk(perkId);
        Collection<ClaimStatus> wanted = statuses(statuses);
        if (blank(nameSearch)) {
            return claims.count(perkId, wanted);
        }
        Set<Long> matched =
                people.search(claims.memberIds(perkId, wanted), nameSearch).keySet();
        return matched.isEmpty() ? 0 : claims.countOf(perkId, wanted, matched);
    }

    /**
     * Writes the claims as CSV (UTF-8 text, ISO-8601 instants in UTC), a page at a time so that a large
     * perk never sits in memory. Cells that a spreadsheet would run as a formula are neutralised (CsvWriter).
     */
    @ManagerOnly
    @Transactional(readOnly = true)
    public void exportCsv(long perkId, Set<ClaimStatus> statuses, Writer out) {
        Perk perk = perk(perkId);
        Collection<ClaimStatus> wanted = statuses(statuses);
        CsvWriter csv = CsvWriter.to(out, CSV_HEADER);
        Page<PerkClaim> page;
        int number = 0;
        do {
            page = claims.page(perkId, wanted, PageRequest.of(number++, EXPORT_PAGE, Sort.by("claimedAt", "id")));
            for (ClaimRow r : rows(perk, page.getContent(), null)) {
                csv.row(
                        r.claimId(),
                        r.memberId(),
                        r.name(),
                        r.email(),
                        r.status(),
                        r.attendance(),
                        r.motivation(),
                        r.code(),
                        r.claimedAt(),
                        r.decidedAt(),
                        r.checkedInAt());
            }
        } while (page.hasNext());
        csv.flush();
        events.publishEvent(
                AuditableAction.tenant(perk.getTenantId(), "perk.claims-exported", "perk:" + perkId, perk.getTitle()));
    }

    /**
     * Confirmed attendees of an event whose name or e-mail contains the text (any case, any accents), by
     * name, at most {@code limit} of them; all of them (up to the limit) for a blank text.
     */
    @ManagerOnly
    @Transactional(readOnly = true)
    public List<ClaimRow> checkInSearch(long perkId, String name, int limit) {
        Perk perk = event(perkId);
        Map<Long, PerkClaim> byMember = claims.findByPerkIdAndStatus(perkId, ClaimStatus.CONFIRMED).stream()
                .collect(Collectors.toMap(PerkClaim::getMemberId, Function.identity()));
        Map<Long, PersonContact> matched = people.search(byMember.keySet(), name);
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.PRIMARY);
        List<PerkClaim> found = matched.values().stream()
                .sorted(Comparator.comparing(PersonContact::displayName, collator)
                        .thenComparing(PersonContact::id))
                .limit(Math.clamp(limit, 1, CHECK_IN_MAX))
                .map(c -> byMember.get(c.id()))
                .toList();
        return rows(perk, found, matched);
    }

    /** Marks a confirmed attendee of an event as present; nothing changes if a colleague already did. */
    @ManagerOnly
    @Transactional
    public void checkIn(long claimId) {
        PerkClaim claim = claims.findById(claimId).orElseThrow(PerkNotFoundException::new);
        Perk perk = event(claim.getPerkId());
        if (claim.getStatus() != ClaimStatus.CONFIRMED) {
            throw InvalidInputException.of("claim", "perk-ops.error.not-confirmed");
        }
        if (claims.checkIn(claimId, AuthenticatedUser.require().accountId(), clock.instant()) == 1) {
            events.publishEvent(
                    new PerkActivity.CheckedIn(perk.getTenantId(), perk.getId(), claim.getMemberId(), perk.getTitle()));
        }
    }

    /** Takes a check-in back (a tap on the wrong row): no attendance yet, or a no-show if the event has closed. */
    @ManagerOnly
    @Transactional
    public void undoCheckIn(long claimId) {
        PerkClaim claim = claims.findById(claimId).orElseThrow(PerkNotFoundException::new);
        Perk perk = event(claim.getPerkId());
        claims.undoCheckIn(claimId, perk.getClosedAt() == null ? null : Attendance.NO_SHOW);
    }

    /** The perk's figures, from a few grouped counts whatever the number of claims. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public PerkFigures figures(long perkId) {
        Perk perk = perk(perkId);
        long[] byStatus = new long[ClaimStatus.values().length];
        long attended = 0;
        long noShows = 0;
        for (Object[] row : claims.countsByStatus(perkId)) {
            ClaimStatus status = (ClaimStatus) row[0];
            long count = (Long) row[2];
            byStatus[status.ordinal()] += count;
            if (status == ClaimStatus.CONFIRMED && row[1] == Attendance.ATTENDED) {
                attended += count;
            } else if (status == ClaimStatus.CONFIRMED && row[1] == Attendance.NO_SHOW) {
                noShows += count;
            }
        }
        boolean singleUse = perk.getKind() == PerkKind.EARLY_ACCESS && perk.isSingleUseCodes();
        long codesTotal = singleUse ? codes.countByPerkId(perkId) : 0;
        long codesFree = singleUse ? codes.countByPerkIdAndClaimIdIsNull(perkId) : 0;
        List<Object[]> pulse = perk.getKind() == PerkKind.EVENT ? pulses.figures(perkId) : List.of();
        Object[] p = pulse.isEmpty() ? new Object[] {0L, 0L, null} : pulse.getFirst();
        Integer capacity = perk.getCapacity();
        return new PerkFigures(
                byStatus[ClaimStatus.CONFIRMED.ordinal()],
                byStatus[ClaimStatus.WAITLISTED.ordinal()],
                byStatus[ClaimStatus.CANCELLED.ordinal()],
                byStatus[ClaimStatus.APPLIED.ordinal()],
                byStatus[ClaimStatus.SELECTED.ordinal()],
                byStatus[ClaimStatus.NOT_SELECTED.ordinal()],
                attended,
                noShows,
                attended + noShows == 0 ? null : (double) attended / (attended + noShows),
                capacity,
                capacity == null ? null : Math.max(0, capacity - perk.getTaken()),
                codesTotal,
                codesFree,
                ((Number) p[0]).longValue(),
                ((Number) p[1]).longValue(),
                p[2] == null ? null : ((Number) p[2]).doubleValue());
    }

    /**
     * Decides a co-creation application: selected takes one of the seats (refused once they are all
     * taken), not selected frees nobody's. The applicant is told either way. Only the claim's perk is read
     * before the perk's row is locked (docs/decisions/0007); the status is decided by a conditional update.
     */
    @ManagerOnly
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void select(long claimId, boolean selected) {
        PerkClaim claim = claims.findById(claimId).orElseThrow(PerkNotFoundException::new);
        Perk perk = perks.lock(claim.getPerkId()).orElseThrow(PerkNotFoundException::new);
        if (perk.getKind() != PerkKind.CO_CREATION) {
            throw new PerkNotFoundException();
        }
        long tenantId = perk.getTenantId();
        String title = perk.getTitle();
        if (claim.getStatus() != ClaimStatus.APPLIED
                || claims.transition(
                                claimId,
                                ClaimStatus.APPLIED,
                                selected ? ClaimStatus.SELECTED : ClaimStatus.NOT_SELECTED,
                                clock.instant())
                        == 0) {
            throw InvalidInputException.of("selection", "perk-ops.error.already-decided");
        }
        if (selected && perks.takePlace(perk.getId()) == 0) {
            throw InvalidInputException.of("selection", "perk-ops.error.seats-full");
        }
        events.publishEvent(new PerkActivity.Decided(tenantId, perk.getId(), claim.getMemberId(), title, selected));
    }

    /** A person gets at most one satisfaction pulse per this many days. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public int pulseIntervalDays() {
        return settings.current()
                .map(PerkSettings::getPulseIntervalDays)
                .orElse(PerkSettings.DEFAULT_PULSE_INTERVAL_DAYS);
    }

    @ManagerOnly
    @Transactional
    public void setPulseIntervalDays(int days) {
        Checks.start()
                .require(
                        days >= PULSE_INTERVAL_MIN && days <= PULSE_INTERVAL_MAX,
                        "pulseInterval",
                        "perk-ops.error.pulse-interval")
                .throwIfAny();
        settings.current()
                .ifPresentOrElse(s -> s.setPulseIntervalDays(days), () -> settings.save(new PerkSettings(days)));
    }

    private Perk perk(long perkId) {
        return perks.findById(perkId).orElseThrow(PerkNotFoundException::new);
    }

    private Perk event(long perkId) {
        Perk perk = perk(perkId);
        if (perk.getKind() != PerkKind.EVENT) {
            throw new PerkNotFoundException();
        }
        return perk;
    }

    /** Rows of a page: names and e-mails in one lookup (unless already known), codes in one more. */
    private List<ClaimRow> rows(Perk perk, List<PerkClaim> page, Map<Long, PersonContact> known) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonContact> contacts = known != null
                ? known
                : people.contacts(page.stream().map(PerkClaim::getMemberId).toList());
        Map<Long, String> codeByClaim = perk.isSingleUseCodes()
                ? codes.findByClaimIds(page.stream().map(PerkClaim::getId).toList()).stream()
                        .collect(Collectors.toMap(PerkCode::getClaimId, PerkCode::getCode))
                : Map.of();
        return page.stream()
                .map(c -> {
                    PersonContact who = contacts.get(c.getMemberId());
                    return new ClaimRow(
                            c.getId(),
                            c.getMemberId(),
                            who == null ? "" : who.displayName(),
                            who == null ? "" : who.email(),
                            c.getStatus(),
                            c.getAttendance(),
                            c.getMotivation(),
                            codeByClaim.get(c.getId()),
                            c.getClaimedAt(),
                            c.getDecidedAt(),
                            c.getCheckedInAt());
                })
                .toList();
    }

    private static Pageable sorted(Pageable pageable) {
        List<Sort.Order> orders = pageable.getSort().stream()
                .filter(o -> SORTABLE.contains(o.getProperty()))
                .toList();
        Sort sort = orders.isEmpty() ? Sort.by("claimedAt") : Sort.by(orders);
        // The id breaks ties in the direction of the first order: one index read (tenant, perk, claim date, id).
        return PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                sort.and(Sort.by(
                        orders.isEmpty()
                                ? Sort.Direction.ASC
                                : orders.getFirst().getDirection(),
                        "id")));
    }

    private static Collection<ClaimStatus> statuses(Set<ClaimStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? EnumSet.allOf(ClaimStatus.class) : statuses;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
