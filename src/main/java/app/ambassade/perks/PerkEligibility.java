package app.ambassade.perks;

import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunitySummary;
import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.EngagementStatus;
import app.ambassade.engagement.Tier;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkCommunity;
import app.ambassade.perks.internal.PerkEarlyWindow;
import app.ambassade.shared.security.Roles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The eligibility rules of a perk for the signed-in person: role, tier, communities, dates and the
 * early-booking window of their tier. {@link #viewer()} reads who the person is once, so that a whole
 * catalogue is judged without a query per perk.
 */
@Component
class PerkEligibility {

    private final EngagementService engagement;
    private final CommunityService communities;

    PerkEligibility(EngagementService engagement, CommunityService communities) {
        this.engagement = engagement;
        this.communities = communities;
    }

    /** The signed-in person as the rules see them: role, points and tier, communities they belong to. */
    record Viewer(
            long accountId,
            String role,
            EngagementStatus status,
            List<Tier> tiers,
            Map<Long, String> visibleCommunityNames,
            Set<Long> myCommunityIds) {

        int tierRank() {
            return status.current().map(Tier::rank).orElse(0);
        }

        boolean ambassador() {
            return Roles.AMBASSADOR.equals(role);
        }
    }

    Viewer viewer() {
        AuthenticatedUser me = AuthenticatedUser.require();
        List<CommunitySummary> visible = communities.browse();
        return new Viewer(
                me.accountId(),
                me.role(),
                engagement.myStatus(),
                engagement.tiers(),
                visible.stream().collect(Collectors.toMap(CommunitySummary::id, CommunitySummary::name)),
                visible.stream()
                        .filter(CommunitySummary::member)
                        .map(CommunitySummary::id)
                        .collect(Collectors.toSet()));
    }

    /** Every condition the person does not meet now (none: they may claim). Drafts and archived perks are not judged here. */
    Eligibility evaluate(
            Perk perk,
            Collection<PerkCommunity> required,
            Collection<PerkEarlyWindow> windows,
            Viewer viewer,
            Instant now) {
        List<Lock> locks = new ArrayList<>();
        if (perk.isAmbassadorsOnly() && !viewer.ambassador()) {
            locks.add(Lock.of(LockReason.AMBASSADORS_ONLY));
        }
        if (perk.getMinTierRank() != null && viewer.tierRank() < perk.getMinTierRank()) {
            Optional<Tier> needed = viewer.tiers().stream()
                    .filter(t -> t.rank() >= perk.getMinTierRank())
                    .min(java.util.Comparator.comparingInt(Tier::rank));
            locks.add(new Lock(
                    LockReason.TIER,
                    needed.map(Tier::name).orElse(null),
                    needed.map(t -> Math.max(0, t.threshold() - viewer.status().points()))
                            .orElse(null),
                    null));
        }
        if (!required.isEmpty()
                && required.stream().noneMatch(c -> viewer.myCommunityIds().contains(c.getCommunityId()))) {
            String names = required.stream()
                    .map(c -> viewer.visibleCommunityNames().get(c.getCommunityId()))
                    .filter(java.util.Objects::nonNull)
                    .sorted()
                    .collect(Collectors.joining(", "));
            locks.add(new Lock(LockReason.COMMUNITY, names.isEmpty() ? null : names, null, null));
        }
        Instant opensAt = opensAt(perk, windows, viewer.tierRank());
        if (opensAt != null && now.isBefore(opensAt)) {
            locks.add(new Lock(LockReason.NOT_YET_OPEN, null, null, opensAt));
        }
        Instant closesAt = closesAt(perk);
        if (closesAt != null && !now.isBefore(closesAt)) {
            locks.add(new Lock(LockReason.CLOSED, null, null, closesAt));
        }
        return new Eligibility(locks, opensAt);
    }

    /** When the perk opens for a person of this tier rank: the opening minus the longest early window their tier reaches. */
    static Instant opensAt(Perk perk, Collection<PerkEarlyWindow> windows, int tierRank) {
        if (perk.getAvailableFrom() == null) {
            return null;
        }
        int hours = windows.stream()
                .filter(w -> w.getTierRank() <= tierRank)
                .mapToInt(PerkEarlyWindow::getHoursBefore)
                .max()
                .orElse(0);
        return perk.getAvailableFrom().minus(Duration.ofHours(hours));
    }

    /** Claims close at the end of the availability window, and for an event at its start at the latest. */
    static Instant closesAt(Perk perk) {
        Instant until = perk.getAvailableUntil();
        Instant start = perk.getKind() == PerkKind.EVENT ? perk.getStartsAt() : null;
        if (until == null) {
            return start;
        }
        return start == null || until.isBefore(start) ? until : start;
    }
}
