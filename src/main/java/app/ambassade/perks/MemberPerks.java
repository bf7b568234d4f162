package app.ambassade.perks;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkArticle;
import app.ambassade.perks.internal.PerkArticleRepository;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkClaimRepository;
import app.ambassade.perks.internal.PerkFile;
import app.ambassade.perks.internal.PerkFileRepository;
import app.ambassade.perks.internal.PerkPulse;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.perks.internal.PerkRepository;
import app.ambassade.shared.security.MemberOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Perks as members and ambassadors see and claim them (brand managers use {@link PerkCatalogue}).
 * Who the person is (tier, communities) is read before the transaction opens; eligibility is then judged
 * again on every claim, application and content access, also when reached by a direct URL. Whatever
 * decides places runs in {@link #decide}: the perk's row locked first, at READ COMMITTED.
 *
 * <p>Refusals are {@code InvalidInputException}s: field {@code claim} with
 * {@code perk-claims.error.tier|ambassadors-only|community|not-yet-open|closed|already-claimed|full|no-codes-left|wrong-kind},
 * field {@code motivation} (validation.*), field {@code cancel} with
 * {@code perk-claims.error.cancel-cutoff|not-cancellable}, field {@code score} with
 * {@code perk-claims.error.score|pulse-answered}. Unknown ids, drafts and other tenants' ids:
 * {@link PerkNotFoundException} (or empty).
 */
@Service
public class MemberPerks {

    static final int LIST_MAX = 200;
    static final int MOTIVATION_MIN = 10;
    static final int MOTIVATION_MAX = 1000;

    private final PerkRepository perks;
    private final PerkClaimRepository claims;
    private final PerkArticleRepository articles;
    private final PerkFileRepository files;
    private final PerkPulseRepository pulses;
    private final PerkEligibility eligibility;
    private final MemberCards cards;
    private final ClaimDesk desk;
    private final TransactionTemplate write;
    private final TransactionTemplate read;
    private final Clock clock;

    MemberPerks(
            PerkRepository perks,
            PerkClaimRepository claims,
            PerkArticleRepository articles,
            PerkFileRepository files,
            PerkPulseRepository pulses,
            PerkEligibility eligibility,
            MemberCards cards,
            ClaimDesk desk,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.perks = perks;
        this.claims = claims;
        this.articles = articles;
        this.files = files;
        this.pulses = pulses;
        this.eligibility = eligibility;
        this.cards = cards;
        this.desk = desk;
        this.write = new TransactionTemplate(transactions);
        // With the perk locked first, each read sees what the transactions queued before it committed.
        this.write.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Published perks (of one kind, or all): those I may claim now first, soonest first, then locked ones
     * with their locks. Perks closed for me are left out unless I hold a claim. At most {@value #LIST_MAX}.
     */
    @MemberOnly
    public List<PerkCard> browse(PerkKind kindOrNull) {
        PerkEligibility.Viewer viewer = eligibility.viewer();
        Instant now = clock.instant();
        return read.execute(status -> {
            List<Perk> published = perks.page(
                            Set.of(PerkStatus.PUBLISHED),
                            kindOrNull,
                            PageRequest.of(0, LIST_MAX, Sort.by(Sort.Direction.DESC, "id")))
                    .getContent();
            Map<Long, PerkClaim> mine = published.isEmpty()
                    ? Map.of()
                    : active(claims.findMine(
                            viewer.accountId(),
                            published.stream().map(Perk::getId).toList()));
            return cards.cards(published, mine, viewer, now).stream()
                    .filter(card -> card.claim() != null || !closed(card.eligibility()))
                    .sorted(BROWSE_ORDER)
                    .toList();
        });
    }

    /** A published perk, or an archived one I hold a claim on; empty for drafts, unknown and other tenants' ids. */
    @MemberOnly
    public Optional<PerkCard> find(long perkId) {
        PerkEligibility.Viewer viewer = eligibility.viewer();
        Instant now = clock.instant();
        return read.execute(status -> perks.findById(perkId).flatMap(perk -> {
            PerkClaim claim = myClaim(perkId, viewer.accountId());
            return visible(perk, claim)
                    ? Optional.of(
                            cards.cards(List.of(perk), claim == null ? Map.of() : Map.of(perkId, claim), viewer, now)
                                    .getFirst())
                    : Optional.empty();
        }));
    }

    /** Perks I hold a claim on (not cancelled), newest claim first. */
    @MemberOnly
    public List<PerkCard> mine() {
        PerkEligibility.Viewer viewer = eligibility.viewer();
        Instant now = clock.instant();
        return read.execute(status -> {
            Map<Long, PerkClaim> mine = active(claims.active(viewer.accountId(), PageRequest.of(0, LIST_MAX)));
            Map<Long, Perk> byId = perks.findAllById(mine.keySet()).stream()
                    .collect(Collectors.toMap(Perk::getId, Function.identity()));
            List<Perk> ordered = mine.keySet().stream()
                    .map(byId::get)
                    .filter(p -> p != null && visible(p, mine.get(p.getId())))
                    .toList();
            return cards.cards(ordered, mine, viewer, now);
        });
    }

    /** Claims an early access, an event seat (or a place on its waitlist) or a dedicated content. */
    @MemberOnly
    public ClaimOutcome claim(long perkId) {
        PerkEligibility.Viewer viewer = eligibility.viewer();
        ClaimDesk.Taken taken = decide(perkId, perk -> {
            Instant now = clock.instant();
            PerkClaim existing =
                    claims.findByPerkIdAndMemberId(perkId, viewer.accountId()).orElse(null);
            requireClaimable(perk, existing, viewer, now);
            if (perk.getKind() == PerkKind.CO_CREATION) {
                throw InvalidInputException.of("claim", "perk-claims.error.wrong-kind");
            }
            return desk.take(perk, viewer.accountId(), existing, null, now);
        });
        return outcome(viewer.accountId(), taken);
    }

    /** Applies for a co-creation seat with a short motivation; the brand selects later. */
    @MemberOnly
    public ClaimOutcome apply(long perkId, String motivation) {
        PerkEligibility.Viewer viewer = eligibility.viewer();
        ClaimDesk.Taken taken = decide(perkId, perk -> {
            Instant now = clock.instant();
            PerkClaim existing =
                    claims.findByPerkIdAndMemberId(perkId, viewer.accountId()).orElse(null);
            if (!visible(perk, active(existing))) {
                throw new PerkNotFoundException();
            }
            Checks.start()
                    .text(motivation, "motivation", MOTIVATION_MIN, MOTIVATION_MAX)
                    .throwIfAny();
            if (perk.getKind() != PerkKind.CO_CREATION) {
                throw InvalidInputException.of("claim", "perk-claims.error.wrong-kind");
            }
            requireClaimable(perk, existing, viewer, now);
            return desk.take(perk, viewer.accountId(), existing, motivation.strip(), now);
        });
        return outcome(viewer.accountId(), taken);
    }

    /**
     * Cancels my event seat or waitlist place until the cut-off (a freed seat goes to the first waitlisted
     * person at once), or withdraws my co-creation application while it is open.
     */
    @MemberOnly
    public void cancel(long perkId) {
        long me = AuthenticatedUser.require().accountId();
        decide(perkId, perk -> {
            Instant now = clock.instant();
            PerkClaim claim = myClaim(perkId, me);
            if (!visible(perk, claim)) {
                throw new PerkNotFoundException();
            }
            if (claim == null) {
                throw InvalidInputException.of("cancel", "perk-claims.error.not-cancellable");
            }
            EventInfo event = PerkViews.event(perk);
            Instant cancelUntil = event == null ? null : event.cancelUntil();
            if (!MemberCards.cancellable(perk.getKind(), claim.getStatus(), cancelUntil, now)) {
                throw cancelUntil != null && !now.isBefore(cancelUntil)
                        ? InvalidInputException.of("cancel", "perk-claims.error.cancel-cutoff")
                        : InvalidInputException.of("cancel", "perk-claims.error.not-cancellable");
            }
            desk.cancel(perk, claim, now);
            return null;
        });
    }

    /**
     * The gated part of a dedicated-content perk, when I may open it: eligible now (or already holding it
     * once claims closed). Opening it records my claim, once.
     */
    @MemberOnly
    public Optional<PerkContent> content(long perkId) {
        return gated(
                perkId,
                perk -> new PerkContent(
                        articles.findByPerkId(perkId)
                                .map(PerkArticle::getBody)
                                .filter(b -> !b.isBlank())
                                .orElse(null),
                        perk.getVideoLink(),
                        files.findByPerkIdAndPurpose(perkId, PerkFile.Purpose.DOWNLOAD)
                                .map(PerkFile::getFileName)
                                .orElse(null)));
    }

    /** The download of a dedicated-content perk, under the same check as {@link #content}. */
    @MemberOnly
    public Optional<StoredFile> file(long perkId) {
        return gated(
                perkId,
                perk -> files.findByPerkIdAndPurpose(perkId, PerkFile.Purpose.DOWNLOAD)
                        .map(MemberPerks::stored)
                        .orElse(null));
    }

    /** The picture of a perk I may see. */
    @MemberOnly
    public Optional<StoredFile> image(long perkId) {
        long me = AuthenticatedUser.require().accountId();
        return read.execute(status -> perks.findById(perkId)
                .filter(perk -> visible(perk, myClaim(perkId, me)))
                .flatMap(perk -> files.findByPerkIdAndPurpose(perkId, PerkFile.Purpose.IMAGE))
                .map(MemberPerks::stored));
    }

    /** The calendar file (.ics) of an event where my seat is confirmed. */
    @MemberOnly
    public Optional<String> calendar(long perkId) {
        long me = AuthenticatedUser.require().accountId();
        return read.execute(status -> perks.findById(perkId)
                .filter(perk -> perk.getKind() == PerkKind.EVENT && perk.getStartsAt() != null)
                .filter(perk -> {
                    PerkClaim claim = myClaim(perkId, me);
                    return claim != null && claim.getStatus() == ClaimStatus.CONFIRMED && visible(perk, claim);
                })
                .map(perk -> PerkIcs.write(new PerkIcs.Event(
                        "perk-" + perkId + "-" + perk.getTenantId() + "@ambassade",
                        clock.instant(),
                        perk.getStartsAt(),
                        perk.getEndsAt(),
                        perk.getTitle(),
                        perk.getDescription(),
                        perk.getPlace(),
                        perk.getOnlineLink()))));
    }

    /** My satisfaction pulses not answered yet, newest first. */
    @MemberOnly
    public List<PendingPulse> pendingPulses() {
        long me = AuthenticatedUser.require().accountId();
        return read.execute(status -> {
            List<PerkPulse> open = pulses.unanswered(me);
            Map<Long, String> titles =
                    perks
                            .findAllById(open.stream()
                                    .map(PerkPulse::getPerkId)
                                    .distinct()
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(Perk::getId, Perk::getTitle));
            return open.stream()
                    .filter(p -> titles.containsKey(p.getPerkId()))
                    .map(p -> new PendingPulse(p.getId(), p.getPerkId(), titles.get(p.getPerkId()), p.getSentAt()))
                    .toList();
        });
    }

    /** Answers one of my pulses with a score from 1 to 5, once. */
    @MemberOnly
    public void answerPulse(long pulseId, int score) {
        long me = AuthenticatedUser.require().accountId();
        try {
            write.executeWithoutResult(status -> {
                PerkPulse pulse = pulses.findByIdAndMemberId(pulseId, me).orElseThrow(PerkNotFoundException::new);
                Checks.start()
                        .require(score >= 1 && score <= 5, "score", "perk-claims.error.score")
                        .require(pulse.getAnsweredAt() == null, "score", "perk-claims.error.pulse-answered")
                        .throwIfAny();
                pulse.answer(score, clock.instant());
                pulses.flush();
            });
        } catch (ObjectOptimisticLockingFailureException answeredMeanwhile) {
            throw InvalidInputException.of("score", "perk-claims.error.pulse-answered");
        }
    }

    // --- rules shared by the methods above ---------------------------------------------------------

    /** Eligible first; then by the soonest date (event start, else end of availability); newest last resort. */
    private static final Comparator<PerkCard> BROWSE_ORDER = Comparator.comparing(
                    (PerkCard card) -> !card.eligibility().eligible())
            .thenComparing(card -> soonest(card.perk()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(card -> -card.perk().id());

    private static Instant soonest(PerkView perk) {
        return perk.event() != null ? perk.event().startsAt() : perk.availableUntil();
    }

    /** Published, or archived while I hold a claim (so my past claims stay readable). */
    private static boolean visible(Perk perk, PerkClaim activeClaim) {
        return perk.getStatus() == PerkStatus.PUBLISHED
                || (perk.getStatus() == PerkStatus.ARCHIVED && activeClaim != null);
    }

    private static boolean closed(Eligibility judged) {
        return judged.locks().stream().anyMatch(lock -> lock.reason() == LockReason.CLOSED);
    }

    private void requireClaimable(Perk perk, PerkClaim existing, PerkEligibility.Viewer viewer, Instant now) {
        PerkClaim claim = active(existing);
        if (!visible(perk, claim)) {
            throw new PerkNotFoundException();
        }
        if (claim != null) {
            throw InvalidInputException.of("claim", "perk-claims.error.already-claimed");
        }
        Eligibility judged = cards.eligibility(perk, viewer, now);
        if (!judged.eligible()) {
            throw refusal(judged);
        }
    }

    /** The most telling lock: closed beats everything else, which no effort of the member could change. */
    static InvalidInputException refusal(Eligibility judged) {
        Lock lock = judged.locks().stream()
                .filter(l -> l.reason() == LockReason.CLOSED)
                .findFirst()
                .orElse(judged.locks().getFirst());
        String key = switch (lock.reason()) {
            case TIER -> "perk-claims.error.tier";
            case AMBASSADORS_ONLY -> "perk-claims.error.ambassadors-only";
            case COMMUNITY -> "perk-claims.error.community";
            case NOT_YET_OPEN -> "perk-claims.error.not-yet-open";
            case CLOSED -> "perk-claims.error.closed";
        };
        return InvalidInputException.of("claim", key);
    }

    /**
     * Runs {@code reveal} on a content perk I may open. Opening it again decides nothing and takes no lock;
     * the first opening records my claim (a place, when the content is limited) in {@link #decide}.
     */
    private <T> Optional<T> gated(long perkId, Function<Perk, T> reveal) {
        PerkEligibility.Viewer viewer = eligibility.viewer();
        Opened<T> opened = read.execute(status -> {
            Perk perk = perks.findById(perkId).orElse(null);
            Gate gate = gate(perk, viewer, clock.instant());
            return new Opened<>(gate, gate == Gate.OPEN ? reveal.apply(perk) : null);
        });
        if (opened.gate() != Gate.FIRST_OPENING) {
            return Optional.ofNullable(opened.value());
        }
        try {
            return Optional.ofNullable(decide(perkId, perk -> {
                Instant now = clock.instant();
                Gate gate = gate(perk, viewer, now);
                if (gate == Gate.FIRST_OPENING
                        && desk.take(
                                                perk,
                                                viewer.accountId(),
                                                claims.findByPerkIdAndMemberId(perkId, viewer.accountId())
                                                        .orElse(null),
                                                null,
                                                now)
                                        .status()
                                == ClaimStatus.CONFIRMED) {
                    gate = Gate.OPEN;
                }
                return gate == Gate.OPEN ? reveal.apply(perk) : null;
            }));
        } catch (InvalidInputException noPlaceLeft) {
            return Optional.empty();
        }
    }

    private record Opened<T>(Gate gate, T value) {}

    private enum Gate {
        OPEN,
        FIRST_OPENING,
        CLOSED
    }

    /** Open: eligible now, or already holding it once claims closed; a first opening must record the claim. */
    private Gate gate(Perk perk, PerkEligibility.Viewer viewer, Instant now) {
        if (perk == null || perk.getKind() != PerkKind.CONTENT) {
            return Gate.CLOSED;
        }
        PerkClaim claim = myClaim(perk.getId(), viewer.accountId());
        if (!visible(perk, claim)) {
            return Gate.CLOSED;
        }
        Eligibility judged = cards.eligibility(perk, viewer, now);
        boolean confirmed = claim != null && claim.getStatus() == ClaimStatus.CONFIRMED;
        boolean onlyClosed = judged.locks().stream().allMatch(lock -> lock.reason() == LockReason.CLOSED);
        if (!judged.eligible() && !(confirmed && onlyClosed)) {
            return Gate.CLOSED;
        }
        return confirmed ? Gate.OPEN : claim == null ? Gate.FIRST_OPENING : Gate.CLOSED;
    }

    /**
     * Runs a step that decides places: its first statement locks the perk's row (unknown ids and other
     * tenants' perks: {@link PerkNotFoundException}), so such steps of one perk run one after the other, and
     * READ COMMITTED lets every read after the lock see what the steps before committed (docs/decisions/0007).
     */
    private <T> T decide(long perkId, Function<Perk, T> step) {
        return write.execute(status -> step.apply(perks.lock(perkId).orElseThrow(PerkNotFoundException::new)));
    }

    /**
     * A waitlisted claim as it stands once committed: its place counts everyone decided before it, and a
     * cancellation queued right behind may already have promoted it.
     */
    private ClaimOutcome outcome(long memberId, ClaimDesk.Taken taken) {
        if (taken.status() != ClaimStatus.WAITLISTED) {
            return new ClaimOutcome(taken.status(), null);
        }
        return read.execute(status -> {
            ClaimStatus now =
                    claims.findById(taken.claimId()).map(PerkClaim::getStatus).orElse(taken.status());
            return new ClaimOutcome(
                    now, now == ClaimStatus.WAITLISTED ? desk.position(memberId, taken.claimId()) : null);
        });
    }

    private PerkClaim myClaim(long perkId, long me) {
        return active(claims.findByPerkIdAndMemberId(perkId, me).orElse(null));
    }

    private static PerkClaim active(PerkClaim claim) {
        return claim != null && claim.getStatus() != ClaimStatus.CANCELLED ? claim : null;
    }

    /** Perk id -> claim, cancelled ones left out, in the order given. */
    private static Map<Long, PerkClaim> active(List<PerkClaim> claims) {
        Map<Long, PerkClaim> byPerk = new LinkedHashMap<>();
        claims.stream().filter(c -> active(c) != null).forEach(c -> byPerk.put(c.getPerkId(), c));
        return byPerk;
    }

    private static StoredFile stored(PerkFile file) {
        return new StoredFile(file.getFileName(), file.getContentType(), file.getContent());
    }
}
