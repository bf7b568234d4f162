package app.ambassade.community;

import app.ambassade.community.internal.Community;
import app.ambassade.community.internal.CommunityImage;
import app.ambassade.community.internal.CommunityImageRepository;
import app.ambassade.community.internal.CommunityMember;
import app.ambassade.community.internal.CommunityMemberRepository;
import app.ambassade.community.internal.CommunityRepository;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.PeopleDirectory;
import app.ambassade.identity.PersonName;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.BrandPersonOnly;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities and who belongs to them. Managers create, edit and archive; members see what their role
 * allows (the rules are in the queries), join open communities, ask to join invite-only ones.
 */
@Service
public class CommunityService {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 2000;

    private final CommunityImages pictures;
    private final CommunityRepository communities;
    private final CommunityMemberRepository members;
    private final CommunityImageRepository images;
    private final CommunityAccess access;
    private final ApplicationEventPublisher events;
    private final PeopleDirectory people;
    private final Clock clock;

    CommunityService(
            CommunityRepository communities,
            CommunityMemberRepository members,
            CommunityImageRepository images,
            CommunityAccess access,
            ApplicationEventPublisher events,
            PeopleDirectory people,
            CommunityImages pictures,
            Clock clock) {
        this.pictures = pictures;
        this.people = people;
        this.communities = communities;
        this.members = members;
        this.images = images;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    // ---- managers

    @ManagerOnly
    @Transactional
    public CommunitySummary create(CommunityForm form) {
        validate(form);
        Community community = communities.save(new Community(
                form.name().strip(),
                description(form),
                form.visibility(),
                access.me().accountId(),
                clock.instant()));
        storeCover(community, form.cover());
        events.publishEvent(AuditableAction.tenant(
                community.getTenantId(), "community.created", "community:" + community.getId(), community.getName()));
        return summary(community, null);
    }

    @ManagerOnly
    @Transactional
    public CommunitySummary edit(long id, CommunityForm form) {
        Community community = communities.findById(id).orElseThrow(CommunityNotFoundException::new);
        validate(form);
        community.edit(form.name().strip(), description(form), form.visibility());
        storeCover(community, form.cover());
        return summary(community, null);
    }

    @ManagerOnly
    @Transactional
    public void archive(long id, boolean archived) {
        Community community = communities.findById(id).orElseThrow(CommunityNotFoundException::new);
        community.setArchived(archived);
        events.publishEvent(AuditableAction.tenant(
                community.getTenantId(),
                archived ? "community.archived" : "community.unarchived",
                "community:" + id,
                community.getName()));
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public Page<CommunitySummary> all(Pageable pageable) {
        return communities.findAllBy(pageable).map(c -> summary(c, null));
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long countAll() {
        return communities.count();
    }

    /** Pending join requests (at most {@code limit}, oldest first), with the names of who asked. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public List<PersonName> pendingRequests(long communityId, int limit) {
        communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        List<Long> ids = members.page(
                        communityId,
                        MembershipStatus.REQUESTED,
                        org.springframework.data.domain.PageRequest.of(
                                0, limit, org.springframework.data.domain.Sort.by("createdAt", "id")))
                .map(CommunityMember::getMemberId)
                .getContent();
        Map<Long, PersonName> names = people.names(ids);
        return ids.stream().map(names::get).filter(java.util.Objects::nonNull).toList();
    }

    @ManagerOnly
    @Transactional
    public void acceptRequest(long communityId, long memberId) {
        Community community = communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        CommunityMember request = members.findByCommunityIdAndMemberId(communityId, memberId)
                .filter(m -> m.getStatus() == MembershipStatus.REQUESTED)
                .orElseThrow(CommunityNotFoundException::new);
        request.activate(clock.instant());
        events.publishEvent(new CommunityActivity.JoinRequestAccepted(community.getTenantId(), communityId, memberId));
        events.publishEvent(new CommunityActivity.MemberJoined(community.getTenantId(), communityId, memberId));
    }

    @ManagerOnly
    @Transactional
    public void declineRequest(long communityId, long memberId) {
        communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        CommunityMember request = members.findByCommunityIdAndMemberId(communityId, memberId)
                .filter(m -> m.getStatus() == MembershipStatus.REQUESTED)
                .orElseThrow(CommunityNotFoundException::new);
        members.delete(request);
    }

    /** Invites a person of the tenant (another tenant's person id is not found); they join when they accept. */
    @ManagerOnly
    @Transactional
    public void invite(long communityId, long memberId) {
        communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        if (!people.names(List.of(memberId)).containsKey(memberId)) {
            throw InvalidInputException.of("person", "community.error.unknown-person");
        }
        Optional<CommunityMember> existing = members.findByCommunityIdAndMemberId(communityId, memberId);
        if (existing.isPresent()) {
            CommunityMember m = existing.get();
            if (m.getStatus() == MembershipStatus.REQUESTED) {
                acceptRequest(communityId, memberId);
            }
            return;
        }
        members.save(new CommunityMember(communityId, memberId, MembershipStatus.INVITED, clock.instant()));
    }

    // ---- everyone

    /** The communities the signed-in person may see, with their own status in each. */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public List<CommunitySummary> browse() {
        List<Community> visible = access.manager()
                ? communities.findAll(org.springframework.data.domain.Sort.by("name", "id"))
                : communities.findVisible(access.visibilities());
        Map<Long, MembershipStatus> mine = members.findByMemberId(access.me().accountId()).stream()
                .collect(Collectors.toMap(CommunityMember::getCommunityId, CommunityMember::getStatus));
        return visible.stream().map(c -> summary(c, mine.get(c.getId()))).toList();
    }

    @BrandPersonOnly
    @Transactional(readOnly = true)
    public Optional<CommunitySummary> find(long id) {
        return access.visible(id)
                .map(c -> summary(
                        c, access.membership(id).map(CommunityMember::getStatus).orElse(null)));
    }

    /** The communities the signed-in person belongs to (not archived, still visible to their role). */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public List<CommunitySummary> mine() {
        return access.myCommunities().stream()
                .sorted(java.util.Comparator.comparing(Community::getName))
                .map(c -> summary(c, MembershipStatus.ACTIVE))
                .toList();
    }

    /**
     * Joins an open (or, for ambassadors, ambassadors-only) community, accepts an invitation, or asks to join an
     * invite-only one. Returns the resulting status.
     */
    @BrandPersonOnly
    @Transactional
    public MembershipStatus join(long id) {
        Community community =
                access.visible(id).filter(c -> !c.isArchived()).orElseThrow(CommunityNotFoundException::new);
        AuthenticatedUser me = access.me();
        Instant now = clock.instant();
        Optional<CommunityMember> existing = members.findByCommunityIdAndMemberId(id, me.accountId());
        if (existing.isPresent()) {
            CommunityMember m = existing.get();
            if (m.getStatus() == MembershipStatus.INVITED) {
                m.activate(now);
                events.publishEvent(new CommunityActivity.MemberJoined(community.getTenantId(), id, me.accountId()));
            }
            return m.getStatus();
        }
        boolean direct = community.getVisibility() != Visibility.INVITE_ONLY || access.manager();
        CommunityMember m = members.save(new CommunityMember(
                id, me.accountId(), direct ? MembershipStatus.ACTIVE : MembershipStatus.REQUESTED, now));
        if (direct) {
            events.publishEvent(new CommunityActivity.MemberJoined(community.getTenantId(), id, me.accountId()));
        }
        return m.getStatus();
    }

    /** Leaves a community, withdraws a request or declines an invitation. */
    @BrandPersonOnly
    @Transactional
    public void leave(long id) {
        access.visible(id).orElseThrow(CommunityNotFoundException::new);
        access.membership(id).ifPresent(members::delete);
    }

    /** The cover picture, for whoever may see the community. */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public Optional<Image> cover(long communityId) {
        return access.visible(communityId)
                .map(Community::getCoverImageId)
                .flatMap(images::findById)
                .map(i -> new Image(i.getContentType(), i.getContent()));
    }

    /** Bytes and type of a stored picture. */
    public record Image(String contentType, byte[] content) {}

    private void validate(CommunityForm form) {
        Checks checks = Checks.start()
                .text(form.name(), "name", 1, NAME_MAX)
                .require(
                        form.description() == null || form.description().strip().length() <= DESCRIPTION_MAX,
                        "description",
                        "validation.too-long")
                .require(form.visibility() != null, "visibility", "validation.required");
        checks.throwIfAny();
        if (form.cover() != null) {
            pictures.check(form.cover(), "cover");
        }
    }

    private static String description(CommunityForm form) {
        return form.description() == null ? "" : form.description().strip();
    }

    private void storeCover(Community community, ImageUpload cover) {
        if (cover == null) {
            return;
        }
        String type = pictures.check(cover, "cover");
        CommunityImage image =
                images.save(new CommunityImage(community.getId(), type, cover.content(), clock.instant()));
        community.setCoverImageId(image.getId());
    }

    private static CommunitySummary summary(Community c, MembershipStatus status) {
        return new CommunitySummary(
                c.getId(),
                c.getName(),
                c.getDescription(),
                c.getVisibility(),
                c.isArchived(),
                c.getCoverImageId() != null,
                status,
                c.getCreatedAt(),
                c.getVersion());
    }
}
