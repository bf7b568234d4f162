package app.ambassade.engagement;

import app.ambassade.engagement.internal.EngagementEntry;
import app.ambassade.engagement.internal.EngagementEntryRepository;
import app.ambassade.engagement.internal.EngagementLedgerWriter;
import app.ambassade.engagement.internal.EngagementPoints;
import app.ambassade.engagement.internal.EngagementPointsRepository;
import app.ambassade.engagement.internal.EngagementTier;
import app.ambassade.engagement.internal.EngagementTierRepository;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.BrandPersonOnly;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagement: the append-only ledger of points each person earned, the tiers they reach from it,
 * and the brand's configuration of tiers and points per action.
 */
@Service
public class EngagementService {

    static final int MAX_POINTS = 1000;
    static final int MAX_THRESHOLD = 1_000_000;
    static final int MAX_RANK = 99;

    private final EngagementEntryRepository entries;
    private final EngagementPointsRepository points;
    private final EngagementTierRepository tiers;
    private final EngagementLedgerWriter writer;
    private final TenantService tenants;
    private final TranslationProvider i18n;
    private final Clock clock;

    EngagementService(
            EngagementEntryRepository entries,
            EngagementPointsRepository points,
            EngagementTierRepository tiers,
            EngagementLedgerWriter writer,
            TenantService tenants,
            TranslationProvider i18n,
            Clock clock) {
        this.entries = entries;
        this.points = points;
        this.tiers = tiers;
        this.writer = writer;
        this.tenants = tenants;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * Records that a person did something worth points, in the given tenant, at most once per
     * (member, action, reference): a replayed event does not count twice. Must be called outside
     * any transaction (listeners after commit, background work). Returns true when a line was added.
     */
    public boolean record(long tenantId, long memberId, EngagementAction action, String reference, String reason) {
        String ref = cut(reference == null ? "" : reference.strip(), 120);
        String why = cut(reason == null ? "" : reason.strip(), 255);
        return TenantContext.callAs(tenantId, () -> {
            try {
                return writer.append(memberId, action, ref, why, clock.instant());
            } catch (DataIntegrityViolationException raced) {
                return false; // the same line was appended concurrently
            }
        });
    }

    /** The signed-in person's points, tier and next tier. */
    @BrandPersonOnly
    public EngagementStatus myStatus() {
        List<Tier> ladder = tiers();
        return EngagementStatus.of(entries.totalOf(me()), ladder);
    }

    /** The signed-in person's ledger, newest first, paged in the database. */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public Page<EngagementEntryRow> myLedger(Pageable pageable) {
        return entries.findByMemberIdOrderByOccurredAtDescIdDesc(me(), pageable).map(EngagementService::row);
    }

    /** The brand's tiers by rank; the defaults are created on first use. */
    @BrandPersonOnly
    public List<Tier> tiers() {
        try {
            writer.ensureTiers(defaults());
        } catch (DataIntegrityViolationException raced) {
            // another request created the defaults at the same moment: read theirs
        }
        return tiers.findAllByOrderByRankAsc().stream()
                .map(EngagementTier::toTier)
                .toList();
    }

    /**
     * Replaces the brand's tiers. Names are required, ranks unique, and thresholds increase with the
     * rank; errors come per field as {@code name.i}, {@code rank.i}, {@code threshold.i}, {@code benefits.i}.
     */
    @ManagerOnly
    @Transactional
    public List<Tier> saveTiers(List<TierInput> input) {
        Checks checks = Checks.start();
        checks.require(!input.isEmpty(), "tiers", "engagement.tiers.error.none");
        Set<Integer> ranks = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            TierInput t = input.get(i);
            checks.text(t.name(), "name." + i, 1, 60);
            checks.require(
                    t.benefits() == null || t.benefits().strip().length() <= 500,
                    "benefits." + i,
                    "validation.too-long");
            if (t.rank() == null) {
                checks.require(false, "rank." + i, "validation.required");
            } else {
                checks.require(t.rank() >= 1 && t.rank() <= MAX_RANK, "rank." + i, "engagement.tiers.error.rank-range");
                checks.require(ranks.add(t.rank()), "rank." + i, "engagement.tiers.error.rank-taken");
            }
            if (t.threshold() == null) {
                checks.require(false, "threshold." + i, "validation.required");
            } else {
                checks.require(
                        t.threshold() >= 0 && t.threshold() <= MAX_THRESHOLD,
                        "threshold." + i,
                        "engagement.tiers.error.threshold-range");
            }
        }
        List<Integer> byRank = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            if (input.get(i).rank() != null && input.get(i).threshold() != null) {
                byRank.add(i);
            }
        }
        byRank.sort(Comparator.comparingInt(i -> input.get(i).rank()));
        for (int k = 1; k < byRank.size(); k++) {
            TierInput lower = input.get(byRank.get(k - 1));
            TierInput higher = input.get(byRank.get(k));
            if (!lower.rank().equals(higher.rank())) {
                checks.require(
                        higher.threshold() > lower.threshold(),
                        "threshold." + byRank.get(k),
                        "engagement.tiers.error.threshold-order");
            }
        }
        checks.throwIfAny();
        tiers.deleteAll(tiers.findAll());
        tiers.flush();
        tiers.saveAllAndFlush(input.stream()
                .map(t -> new EngagementTier(
                        t.rank(),
                        t.name().strip(),
                        t.threshold(),
                        t.benefits() == null ? "" : t.benefits().strip()))
                .toList());
        return tiers.findAllByOrderByRankAsc().stream()
                .map(EngagementTier::toTier)
                .toList();
    }

    /** Points each kind of action earns in this brand (defaults where the brand has not chosen). */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public Map<EngagementAction, Integer> pointsPerAction() {
        Map<EngagementAction, Integer> table = new EnumMap<>(EngagementAction.class);
        for (EngagementAction action : EngagementAction.values()) {
            table.put(action, action.defaultPoints());
        }
        points.findAll().forEach(p -> table.put(p.getAction(), p.getPoints()));
        return table;
    }

    /** Sets the points per action (0 to 1000 each); applies to what is recorded from now on. */
    @ManagerOnly
    @Transactional
    public Map<EngagementAction, Integer> savePointsPerAction(Map<EngagementAction, Integer> table) {
        Checks checks = Checks.start();
        table.forEach((action, value) -> {
            if (value == null) {
                checks.require(false, action.name(), "validation.required");
            } else {
                checks.require(value >= 0 && value <= MAX_POINTS, action.name(), "engagement.points.error.range");
            }
        });
        checks.throwIfAny();
        table.forEach((action, value) -> points.findByAction(action)
                .ifPresentOrElse(p -> p.setPoints(value), () -> points.save(new EngagementPoints(action, value))));
        return pointsPerAction();
    }

    /**
     * How many people of the brand are in each tier, highest rank first, then (tier null) those
     * below the first threshold. {@code peopleInProgram} counts members and ambassadors, so that
     * people without any points yet are counted where 0 points places them.
     */
    @ManagerOnly
    public List<TierCount> peopleByTier(long peopleInProgram) {
        List<Tier> ladder = new ArrayList<>(tiers());
        ladder.sort(Comparator.comparingInt(Tier::threshold));
        long withoutPoints = Math.max(0, peopleInProgram - entries.countMembers());
        List<TierCount> counts = new ArrayList<>();
        long first = ladder.isEmpty() ? Long.MAX_VALUE : ladder.getFirst().threshold();
        long[] atLeast = new long[ladder.size() + 1];
        for (int i = 0; i < ladder.size(); i++) {
            atLeast[i] = entries.countMembersWithAtLeast(ladder.get(i).threshold());
        }
        atLeast[ladder.size()] = 0;
        for (int i = 0; i < ladder.size(); i++) {
            long low = ladder.get(i).threshold();
            long high = i + 1 < ladder.size() ? ladder.get(i + 1).threshold() : Long.MAX_VALUE;
            long count = atLeast[i] - atLeast[i + 1] + (low <= 0 && 0 < high ? withoutPoints : 0);
            counts.add(new TierCount(ladder.get(i), count));
        }
        long below = first > 0 ? entries.countMembers() - (ladder.isEmpty() ? 0 : atLeast[0]) + withoutPoints : 0;
        List<TierCount> result = new ArrayList<>(counts.reversed());
        result.add(new TierCount(null, below));
        return result;
    }

    private List<Tier> defaults() {
        Locale locale = tenants.current().map(TenantSummary::defaultLocale).orElse(TranslationProvider.FRENCH);
        return List.of(
                new Tier(
                        1,
                        i18n.getTranslation("engagement.default.bronze.name", locale),
                        0,
                        i18n.getTranslation("engagement.default.bronze.benefits", locale)),
                new Tier(
                        2,
                        i18n.getTranslation("engagement.default.silver.name", locale),
                        50,
                        i18n.getTranslation("engagement.default.silver.benefits", locale)),
                new Tier(
                        3,
                        i18n.getTranslation("engagement.default.gold.name", locale),
                        200,
                        i18n.getTranslation("engagement.default.gold.benefits", locale)));
    }

    private static long me() {
        return AuthenticatedUser.require().accountId();
    }

    private static EngagementEntryRow row(EngagementEntry e) {
        return new EngagementEntryRow(
                e.getId(), e.getAction(), e.getPoints(), e.getReason(), e.getReference(), e.getOccurredAt());
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
