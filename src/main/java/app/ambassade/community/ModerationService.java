package app.ambassade.community;

import app.ambassade.community.internal.Comment;
import app.ambassade.community.internal.CommentRepository;
import app.ambassade.community.internal.Community;
import app.ambassade.community.internal.CommunityMember;
import app.ambassade.community.internal.CommunityMemberRepository;
import app.ambassade.community.internal.CommunityRepository;
import app.ambassade.community.internal.Post;
import app.ambassade.community.internal.PostRepository;
import app.ambassade.community.internal.Report;
import app.ambassade.community.internal.ReportRepository;
import app.ambassade.identity.PeopleDirectory;
import app.ambassade.identity.PersonName;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.csv.CsvWriter;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.Checks;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' side of communities: the moderation queue, hiding and restoring content with a reason
 * told to the author, muting members, and each community's engagement figures and member list.
 */
@Service
public class ModerationService {

    public static final int MAX_MUTE_DAYS = 365;
    static final int WEEKS = 8;

    private final ReportRepository reports;
    private final PostRepository posts;
    private final CommentRepository comments;
    private final CommunityRepository communities;
    private final CommunityMemberRepository members;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(
            ReportRepository reports,
            PostRepository posts,
            CommentRepository comments,
            CommunityRepository communities,
            CommunityMemberRepository members,
            PeopleDirectory people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.posts = posts;
        this.comments = comments;
        this.communities = communities;
        this.members = members;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Reports, newest first, with the reported text; a fixed number of statements per page. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Page<ReportRow> queue(boolean openOnly, Pageable pageable) {
        Pageable sorted = PageRequest.of(
                pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        Page<Report> page = reports.queue(openOnly, sorted);
        List<Report> found = page.getContent();
        Map<Long, Post> postById = posts.findAllById(ids(found, ContentType.POST)).stream()
                .collect(Collectors.toMap(Post::getId, Function.identity()));
        Map<Long, Comment> commentById = comments.findAllById(ids(found, ContentType.COMMENT)).stream()
                .collect(Collectors.toMap(Comment::getId, Function.identity()));
        Map<Long, String> communityNames =
                communities.findByIds(found.stream().map(Report::getCommunityId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Community::getId, Community::getName));
        Set<Long> personIds = new HashSet<>();
        found.forEach(r -> personIds.add(r.getReporterId()));
        postById.values().forEach(p -> personIds.add(p.getAuthorId()));
        commentById.values().forEach(c -> personIds.add(c.getAuthorId()));
        Map<Long, PersonName> names = people.names(personIds);
        List<ReportRow> rows = new ArrayList<>();
        for (Report r : found) {
            long author;
            String text;
            boolean hidden;
            if (r.getContentType() == ContentType.POST) {
                Post p = postById.get(r.getContentId());
                author = p == null ? 0 : p.getAuthorId();
                text = p == null ? "" : p.getBody();
                hidden = p != null && p.isHidden();
            } else {
                Comment c = commentById.get(r.getContentId());
                author = c == null ? 0 : c.getAuthorId();
                text = c == null ? "" : c.getBody();
                hidden = c != null && c.isHidden();
            }
            rows.add(new ReportRow(
                    r.getId(),
                    r.getCommunityId(),
                    communityNames.getOrDefault(r.getCommunityId(), ""),
                    r.getContentType(),
                    r.getContentId(),
                    author,
                    FeedService.name(names, author),
                    FeedService.name(names, r.getReporterId()),
                    excerpt(text),
                    r.getReason(),
                    hidden,
                    r.isResolved(),
                    r.getCreatedAt()));
        }
        return new PageImpl<>(rows, sorted, page.getTotalElements());
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long countQueue(boolean openOnly) {
        return reports.countQueue(openOnly);
    }

    /** Hides a post or comment from everyone but its author and managers, and tells the author why. */
    @ManagerOnly
    @Transactional
    public void hide(ContentType type, long contentId, String reason) {
        moderate(type, contentId, true, reason);
    }

    @ManagerOnly
    @Transactional
    public void restore(ContentType type, long contentId, String reason) {
        moderate(type, contentId, false, reason);
    }

    /** Closes a report without touching the content. */
    @ManagerOnly
    @Transactional
    public void dismiss(long reportId) {
        reports.findById(reportId).orElseThrow(CommunityNotFoundException::new).resolve();
    }

    /** Mutes a member of a community for a number of days (0 lifts the mute). */
    @ManagerOnly
    @Transactional
    public void mute(long communityId, long memberId, int days) {
        Checks.start()
                .require(days >= 0 && days <= MAX_MUTE_DAYS, "days", "community.error.mute-days")
                .throwIfAny();
        Community community = communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        CommunityMember member = members.findByCommunityIdAndMemberId(communityId, memberId)
                .orElseThrow(CommunityNotFoundException::new);
        member.muteUntil(days == 0 ? null : clock.instant().plus(Duration.ofDays(days)));
        events.publishEvent(AuditableAction.tenant(
                community.getTenantId(),
                days == 0 ? "community.unmuted" : "community.muted",
                "community:" + communityId + " person:" + memberId,
                days + "d"));
    }

    /** Members, posts and comments per week over the last eight weeks, and the most active members. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public CommunityActivityStats engagement(long communityId) {
        communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        LocalDate thisWeek = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        // Counts since each week's start (and since next week, for posts dated in the future by clock skew);
        // a week's figure is the difference of two neighbours.
        long[] postsSince = new long[WEEKS + 1];
        long[] commentsSince = new long[WEEKS + 1];
        for (int i = 0; i <= WEEKS; i++) {
            Instant from = thisWeek.minusWeeks(WEEKS - 1 - i)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            postsSince[i] = posts.countSince(communityId, from);
            commentsSince[i] = comments.countSince(communityId, from);
        }
        List<CommunityActivityStats.Week> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.add(new CommunityActivityStats.Week(
                    thisWeek.minusWeeks(WEEKS - 1 - i),
                    postsSince[i] - postsSince[i + 1],
                    commentsSince[i] - commentsSince[i + 1]));
        }
        Instant since =
                thisWeek.minusWeeks(WEEKS - 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, long[]> activity = new HashMap<>();
        for (Object[] row : posts.countsByAuthor(communityId, since)) {
            activity.computeIfAbsent((Long) row[0], k -> new long[2])[0] = (Long) row[1];
        }
        for (Object[] row : comments.countsByAuthor(communityId, since)) {
            activity.computeIfAbsent((Long) row[0], k -> new long[2])[1] = (Long) row[1];
        }
        List<Long> top = activity.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Long, long[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .limit(5)
                .map(Map.Entry::getKey)
                .toList();
        Map<Long, PersonName> names = people.names(top);
        List<CommunityActivityStats.ActiveMember> mostActive = top.stream()
                .map(id -> new CommunityActivityStats.ActiveMember(
                        id, FeedService.name(names, id), activity.get(id)[0], activity.get(id)[1]))
                .toList();
        return new CommunityActivityStats(
                members.countByCommunityIdAndStatus(communityId, MembershipStatus.ACTIVE),
                members.countByCommunityIdAndStatus(communityId, MembershipStatus.REQUESTED),
                weeks,
                mostActive);
    }

    /** A page of a community's member list (status null = all), with names and activity in a fixed number of statements. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Page<MemberRow> members(long communityId, MembershipStatus status, Pageable pageable) {
        communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("createdAt", "id"));
        Page<CommunityMember> page = members.page(communityId, status, sorted);
        return new PageImpl<>(rows(communityId, page.getContent()), sorted, page.getTotalElements());
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long countMembers(long communityId, MembershipStatus status) {
        communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        return members.count(communityId, status);
    }

    /** Writes the member list as CSV, page by page (never the whole table in memory), formulas neutralised. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public void exportMembers(long communityId, MembershipStatus status, Writer out) {
        Community community = communities.findById(communityId).orElseThrow(CommunityNotFoundException::new);
        CsvWriter csv =
                CsvWriter.to(out, "member_id", "name", "status", "joined_at", "muted_until", "posts", "comments");
        int pageNumber = 0;
        Page<CommunityMember> page;
        do {
            page = members.page(communityId, status, PageRequest.of(pageNumber++, 500, Sort.by("createdAt", "id")));
            for (MemberRow row : rows(communityId, page.getContent())) {
                csv.row(
                        row.memberId(),
                        row.name(),
                        row.status(),
                        row.joinedAt(),
                        row.mutedUntil(),
                        row.posts(),
                        row.comments());
            }
        } while (page.hasNext());
        csv.flush();
        events.publishEvent(AuditableAction.tenant(
                community.getTenantId(),
                "community.members-exported",
                "community:" + communityId,
                community.getName()));
    }

    private List<MemberRow> rows(long communityId, List<CommunityMember> page) {
        List<Long> ids = page.stream().map(CommunityMember::getMemberId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonName> names = people.names(ids);
        Map<Long, Long> postCounts = counts(posts.countsFor(communityId, ids));
        Map<Long, Long> commentCounts = counts(comments.countsFor(communityId, ids));
        return page.stream()
                .map(m -> new MemberRow(
                        m.getMemberId(),
                        FeedService.name(names, m.getMemberId()),
                        m.getStatus(),
                        m.getJoinedAt(),
                        m.getMutedUntil(),
                        postCounts.getOrDefault(m.getMemberId(), 0L),
                        commentCounts.getOrDefault(m.getMemberId(), 0L)))
                .toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> result = new HashMap<>();
        rows.forEach(r -> result.put((Long) r[0], (Long) r[1]));
        return result;
    }

    private void moderate(ContentType type, long contentId, boolean hide, String reason) {
        Checks.start().text(reason, "reason", 1, FeedService.REASON_MAX).throwIfAny();
        String why = reason.strip();
        long tenantId;
        long communityId;
        long authorId;
        if (type == ContentType.POST) {
            Post p = posts.findById(contentId).orElseThrow(CommunityNotFoundException::new);
            p.moderate(hide, hide ? why : null);
            tenantId = p.getTenantId();
            communityId = p.getCommunityId();
            authorId = p.getAuthorId();
        } else {
            Comment c = comments.findById(contentId).orElseThrow(CommunityNotFoundException::new);
            c.moderate(hide, hide ? why : null);
            tenantId = c.getTenantId();
            communityId = c.getCommunityId();
            authorId = c.getAuthorId();
        }
        reports.findByContentTypeAndContentIdAndResolvedFalse(type, contentId).forEach(Report::resolve);
        events.publishEvent(new CommunityActivity.ContentModerated(
                tenantId,
                communityId,
                type.name(),
                contentId,
                authorId,
                hide,
                why,
                java.util.UUID.randomUUID().toString()));
        events.publishEvent(AuditableAction.tenant(
                tenantId,
                hide ? "community.content-hidden" : "community.content-restored",
                type.name().toLowerCase(java.util.Locale.ROOT) + ":" + contentId,
                why));
    }

    private static List<Long> ids(List<Report> found, ContentType type) {
        return found.stream()
                .filter(r -> r.getContentType() == type)
                .map(Report::getContentId)
                .distinct()
                .toList();
    }

    private static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
