package app.ambassade.community;

import app.ambassade.community.internal.Community;
import app.ambassade.community.internal.CommunityMember;
import app.ambassade.community.internal.CommunityMemberRepository;
import app.ambassade.community.internal.CommunityRepository;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.security.Roles;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The visibility rules, applied in the queries: a plain member never loads an ambassadors-only or
 * archived community, whatever id they try; another tenant's ids match nothing (Hibernate's tenant filter).
 */
@Component
class CommunityAccess {

    private final CommunityRepository communities;
    private final CommunityMemberRepository members;
    private final Clock clock;

    CommunityAccess(CommunityRepository communities, CommunityMemberRepository members, Clock clock) {
        this.communities = communities;
        this.members = members;
        this.clock = clock;
    }

    AuthenticatedUser me() {
        return AuthenticatedUser.require();
    }

    boolean manager() {
        return Roles.BRAND_MANAGER.equals(me().role());
    }

    Set<Visibility> visibilities() {
        String role = me().role();
        if (Roles.BRAND_MANAGER.equals(role) || Roles.AMBASSADOR.equals(role)) {
            return EnumSet.allOf(Visibility.class);
        }
        return EnumSet.of(Visibility.OPEN, Visibility.INVITE_ONLY);
    }

    /** The community if the signed-in person may see it in the list (managers also see archived ones). */
    Optional<Community> visible(long id) {
        if (manager()) {
            return communities.findById(id);
        }
        return communities.findVisible(id, visibilities());
    }

    Optional<CommunityMember> membership(long communityId) {
        return members.findByCommunityIdAndMemberId(communityId, me().accountId());
    }

    /** The not archived communities the signed-in person belongs to and may still see. */
    java.util.List<Community> myCommunities() {
        java.util.List<Long> ids = members.activeCommunityIds(me().accountId());
        if (ids.isEmpty()) {
            return java.util.List.of();
        }
        Set<Visibility> allowed = visibilities();
        return communities.findByIds(ids).stream()
                .filter(c -> !c.isArchived() && allowed.contains(c.getVisibility()))
                .toList();
    }

    /** May the signed-in person read the feed: visible, and a member when the community is invite-only. */
    Optional<Community> readable(long id) {
        return visible(id)
                .filter(c -> manager()
                        || c.getVisibility() != Visibility.INVITE_ONLY
                        || membership(id)
                                .map(m -> m.getStatus() == MembershipStatus.ACTIVE)
                                .orElse(false));
    }

    /** Where the person may write: an active, unmuted member of a visible, not archived community, or a manager. */
    Community writable(long id, String field) {
        Community community = visible(id).orElseThrow(() -> new CommunityNotFoundException());
        if (community.isArchived()) {
            throw app.ambassade.shared.validation.InvalidInputException.of(field, "community.error.archived");
        }
        if (manager()) {
            return community;
        }
        CommunityMember membership = membership(id)
                .filter(m -> m.getStatus() == MembershipStatus.ACTIVE)
                .orElseThrow(() ->
                        app.ambassade.shared.validation.InvalidInputException.of(field, "community.error.not-member"));
        if (membership.mutedAt(clock.instant())) {
            throw app.ambassade.shared.validation.InvalidInputException.of(field, "community.error.muted");
        }
        return community;
    }
}
