package app.ambassade.perks;

import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkClaimRepository;
import app.ambassade.perks.internal.PerkCode;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.perks.internal.PerkCommunity;
import app.ambassade.perks.internal.PerkCommunityRepository;
import app.ambassade.perks.internal.PerkEarlyWindow;
import app.ambassade.perks.internal.PerkEarlyWindowRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds what a member sees of perks: the view, their eligibility and their claim. Rules, claims'
 * codes and waitlist positions of a whole list are loaded in one query each, never per perk.
 */
@Component
class MemberCards {

    private final PerkCommunityRepository perkCommunities;
    private final PerkEarlyWindowRepository windows;
    private final PerkClaimRepository claims;
    private final PerkCodeRepository codes;
    private final PerkViews views;
    private final PerkEligibility eligibility;

    MemberCards(
            PerkCommunityRepository perkCommunities,
            PerkEarlyWindowRepository windows,
            PerkClaimRepository claims,
            PerkCodeRepository codes,
            PerkViews views,
            PerkEligibility eligibility) {
        this.perkCommunities = perkCommunities;
        this.windows = windows;
        this.claims = claims;
        this.codes = codes;
        this.views = views;
        this.eligibility = eligibility;
    }

    /** Whether the viewer may claim the perk now, judged on its current rules. */
    Eligibility eligibility(Perk perk, PerkEligibility.Viewer viewer, Instant now) {
        return eligibility.evaluate(
                perk, perkCommunities.findByPerkId(perk.getId()), windows.findByPerkId(perk.getId()), viewer, now);
    }

    /** Cards in the order of {@code perks}; {@code mine} maps a perk id to the viewer's active claim. */
    List<PerkCard> cards(List<Perk> perks, Map<Long, PerkClaim> mine, PerkEligibility.Viewer viewer, Instant now) {
        if (perks.isEmpty()) {
            return List.of();
        }
        List<Long> ids = perks.stream().map(Perk::getId).toList();
        Map<Long, List<PerkCommunity>> required =
                perkCommunities.findByPerkIds(ids).stream().collect(Collectors.groupingBy(PerkCommunity::getPerkId));
        Map<Long, List<PerkEarlyWindow>> early =
                windows.findByPerkIds(ids).stream().collect(Collectors.groupingBy(PerkEarlyWindow::getPerkId));
        List<Long> claimIds = mine.values().stream().map(PerkClaim::getId).toList();
        Map<Long, String> codeByClaim = claimIds.isEmpty()
                ? Map.of()
                : codes.findByClaimIds(claimIds).stream()
                        .collect(Collectors.toMap(PerkCode::getClaimId, PerkCode::getCode));
        Map<Long, Integer> positions = mine.values().stream().anyMatch(c -> c.getStatus() == ClaimStatus.WAITLISTED)
                ? claims.waitlistPositions(viewer.accountId()).stream()
                        .collect(Collectors.toMap(
                                row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).intValue()))
                : Map.of();
        List<PerkView> perkViews = views.views(perks);
        List<PerkCard> cards = new ArrayList<>(perks.size());
        for (int i = 0; i < perks.size(); i++) {
            Perk perk = perks.get(i);
            PerkView view = perkViews.get(i);
            Eligibility judged = eligibility.evaluate(
                    perk,
                    required.getOrDefault(perk.getId(), List.of()),
                    early.getOrDefault(perk.getId(), List.of()),
                    viewer,
                    now);
            PerkClaim claim = mine.get(perk.getId());
            cards.add(new PerkCard(
                    view,
                    judged,
                    claim == null
                            ? null
                            : myClaim(
                                    perk,
                                    view,
                                    claim,
                                    codeByClaim.get(claim.getId()),
                                    positions.get(claim.getId()),
                                    now)));
        }
        return cards;
    }

    private static MyClaim myClaim(
            Perk perk, PerkView view, PerkClaim claim, String code, Integer position, Instant now) {
        ClaimStatus status = claim.getStatus();
        boolean confirmed = status == ClaimStatus.CONFIRMED;
        boolean access = confirmed && perk.getKind() == PerkKind.EARLY_ACCESS;
        Instant cancelUntil = view.event() == null ? null : view.event().cancelUntil();
        return new MyClaim(
                claim.getId(),
                status,
                claim.getAttendance(),
                status == ClaimStatus.WAITLISTED ? position : null,
                code,
                access ? perk.getAccessLink() : null,
                access ? perk.getSharedCode() : null,
                cancellable(perk.getKind(), status, cancelUntil, now),
                cancelUntil);
    }

    /** Events until the cut-off (seat or waitlist), co-creation while the application is open. */
    static boolean cancellable(PerkKind kind, ClaimStatus status, Instant cancelUntil, Instant now) {
        return switch (kind) {
            case EVENT ->
                (status == ClaimStatus.CONFIRMED || status == ClaimStatus.WAITLISTED)
                        && cancelUntil != null
                        && now.isBefore(cancelUntil);
            case CO_CREATION -> status == ClaimStatus.APPLIED;
            case EARLY_ACCESS, CONTENT -> false;
        };
    }
}
