package app.ambassade.community;

import app.ambassade.community.internal.Comment;
import app.ambassade.community.internal.CommentRepository;
import app.ambassade.community.internal.Community;
import app.ambassade.community.internal.CommunityImage;
import app.ambassade.community.internal.CommunityImageRepository;
import app.ambassade.community.internal.CommunityMemberRepository;
import app.ambassade.community.internal.CommunityRepository;
import app.ambassade.community.internal.Post;
import app.ambassade.community.internal.PostReaction;
import app.ambassade.community.internal.PostReactionRepository;
import app.ambassade.community.internal.PostRepository;
import app.ambassade.community.internal.Report;
import app.ambassade.community.internal.ReportRepository;
import app.ambassade.identity.PeopleDirectory;
import app.ambassade.identity.PersonName;
import app.ambassade.shared.security.BrandPersonOnly;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.Checks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's feed: posts, comments, reactions and reports. Pages are read with keyset paging in
 * the database and a fixed number of statements per page, whatever its size.
 */
@Service
public class FeedService {

    public static final int POST_MAX = 5000;
    public static final int COMMENT_MAX = 1000;
    public static final int REASON_MAX = 500;
    public static final int PAGE_MAX = 100;

    private final CommunityImages pictures;
    private final PostRepository posts;
    private final CommentRepository comments;
    private final PostReactionRepository reactions;
    private final ReportRepository reports;
    private final CommunityImageRepository images;
    private final CommunityRepository communities;
    private final CommunityMemberRepository members;
    private final CommunityAccess access;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedService(
            PostRepository posts,
            CommentRepository comments,
            PostReactionRepository reactions,
            ReportRepository reports,
            CommunityImageRepository images,
            CommunityRepository communities,
            CommunityMemberRepository members,
            CommunityAccess access,
            PeopleDirectory people,
            ApplicationEventPublisher events,
            CommunityImages pictures,
            Clock clock) {
        this.pictures = pictures;
        this.posts = posts;
        this.comments = comments;
        this.reactions = reactions;
        this.reports = reports;
        this.images = images;
        this.communities = communities;
        this.members = members;
        this.access = access;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the feed, after {@code cursor} (null for the first page). Empty for a community one may not read. */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public FeedPage feed(long communityId, FeedCursor cursor, int size) {
        int limit = Math.max(1, Math.min(size, PAGE_MAX));
        if (access.readable(communityId).isEmpty()) {
            return new FeedPage(List.of(), null);
        }
        long me = access.me().accountId();
        boolean manager = access.manager();
        List<Post> page;
        if (cursor == null) {
            page = posts.firstPage(communityId, me, manager, Limit.of(limit + 1));
        } else {
            // Inclusive bound: the cursor's own post comes back first when it still exists; skip it.
            page = new ArrayList<>(posts.pageFrom(
                    communityId, me, manager, cursor.pinOrder(), cursor.createdAt(), cursor.id(), Limit.of(limit + 2)));
            if (!page.isEmpty() && page.getFirst().getId() == cursor.id()) {
                page.removeFirst();
            }
            if (page.size() > limit + 1) {
                page = page.subList(0, limit + 1);
            }
        }
        boolean more = page.size() > limit;
        List<Post> shown = more ? page.subList(0, limit) : page;
        FeedCursor next = null;
        if (more) {
            Post last = shown.get(shown.size() - 1);
            next = new FeedCursor(last.getPinOrder(), last.getCreatedAt(), last.getId());
        }
        return new FeedPage(decorate(shown, me, manager), next);
    }

    /** A single post, if the signed-in person may read it. */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public Optional<FeedPost> post(long postId) {
        return readablePost(postId)
                .map(p -> decorate(List.of(p), access.me().accountId(), access.manager())
                        .get(0));
    }

    @BrandPersonOnly
    @Transactional
    public FeedPost publish(long communityId, String body, ImageUpload image) {
        Community community = access.writable(communityId, "body");
        Checks.start().text(body, "body", 1, POST_MAX).throwIfAny();
        Long imageId = null;
        if (image != null) {
            String type = pictures.check(image, "image");
            imageId = images.save(new CommunityImage(communityId, type, image.content(), clock.instant()))
                    .getId();
        }
        long me = access.me().accountId();
        Post post = posts.save(new Post(communityId, me, body.strip(), imageId, clock.instant()));
        events.publishEvent(
                new CommunityActivity.PostPublished(community.getTenantId(), communityId, post.getId(), me));
        return decorate(List.of(post), me, access.manager()).get(0);
    }

    @BrandPersonOnly
    @Transactional
    public FeedPost editPost(long postId, String body) {
        Post post = ownPost(postId);
        Checks.start().text(body, "body", 1, POST_MAX).throwIfAny();
        post.edit(body.strip(), clock.instant());
        return decorate(List.of(post), access.me().accountId(), access.manager())
                .get(0);
    }

    @BrandPersonOnly
    @Transactional
    public void deletePost(long postId) {
        Post post = ownPost(postId);
        reports.findByContentTypeAndContentIdAndResolvedFalse(ContentType.POST, postId)
                .forEach(Report::resolve);
        posts.delete(post);
    }

    @ManagerOnly
    @Transactional
    public void pin(long postId, boolean pinned) {
        posts.findById(postId).orElseThrow(CommunityNotFoundException::new).setPinned(pinned);
    }

    /** The picture of a post, for whoever may read the post. */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public Optional<CommunityService.Image> postImage(long postId) {
        return readablePost(postId)
                .map(Post::getImageId)
                .flatMap(images::findById)
                .map(i -> new CommunityService.Image(i.getContentType(), i.getContent()));
    }

    /** Comments of a post, oldest first (at most {@code limit}). */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public List<FeedComment> comments(long postId, int limit) {
        if (readablePost(postId).isEmpty()) {
            return List.of();
        }
        long me = access.me().accountId();
        List<Comment> found = comments.forPost(postId, me, access.manager(), Limit.of(Math.min(limit, 500)));
        Map<Long, PersonName> names =
                people.names(found.stream().map(Comment::getAuthorId).toList());
        return found.stream().map(c -> comment(c, names, me)).toList();
    }

    @BrandPersonOnly
    @Transactional
    public FeedComment comment(long postId, String body) {
        Post post = readablePost(postId).orElseThrow(CommunityNotFoundException::new);
        Community community = access.writable(post.getCommunityId(), "comment");
        Checks.start().text(body, "comment", 1, COMMENT_MAX).throwIfAny();
        long me = access.me().accountId();
        Comment comment = comments.save(new Comment(post.getCommunityId(), postId, me, body.strip(), clock.instant()));
        events.publishEvent(new CommunityActivity.CommentAdded(
                community.getTenantId(), post.getCommunityId(), postId, comment.getId(), me, post.getAuthorId()));
        return comment(comment, people.names(List.of(me)), me);
    }

    @BrandPersonOnly
    @Transactional
    public FeedComment editComment(long commentId, String body) {
        Comment comment = ownComment(commentId);
        Checks.start().text(body, "comment", 1, COMMENT_MAX).throwIfAny();
        comment.edit(body.strip(), clock.instant());
        long me = access.me().accountId();
        return comment(comment, people.names(List.of(me)), me);
    }

    @BrandPersonOnly
    @Transactional
    public void deleteComment(long commentId) {
        Comment comment = ownComment(commentId);
        reports.findByContentTypeAndContentIdAndResolvedFalse(ContentType.COMMENT, commentId)
                .forEach(Report::resolve);
        comments.delete(comment);
    }

    /** Adds the reaction, or removes it when the person had already given it. Returns true when added. */
    @BrandPersonOnly
    @Transactional
    public boolean toggleReaction(long postId, Reaction reaction) {
        Post post = readablePost(postId).filter(p -> !p.isHidden()).orElseThrow(CommunityNotFoundException::new);
        Community community = access.writable(post.getCommunityId(), "reaction");
        long me = access.me().accountId();
        Optional<PostReaction> existing = reactions.findByPostIdAndMemberIdAndCode(postId, me, reaction.name());
        if (existing.isPresent()) {
            reactions.delete(existing.get());
            return false;
        }
        reactions.save(new PostReaction(postId, me, reaction.name(), clock.instant()));
        events.publishEvent(new CommunityActivity.ReactionAdded(
                community.getTenantId(), post.getCommunityId(), postId, me, post.getAuthorId(), reaction.name()));
        return true;
    }

    /** Reports a post or a comment the person can read, with a reason, to the managers' moderation queue. */
    @BrandPersonOnly
    @Transactional
    public void report(ContentType type, long contentId, String reason) {
        Checks.start().text(reason, "reason", 1, REASON_MAX).throwIfAny();
        long communityId;
        if (type == ContentType.POST) {
            communityId = readablePost(contentId)
                    .orElseThrow(CommunityNotFoundException::new)
                    .getCommunityId();
        } else {
            Comment c = readableComment(contentId).orElseThrow(CommunityNotFoundException::new);
            communityId = c.getCommunityId();
        }
        reports.save(
                new Report(communityId, type, contentId, access.me().accountId(), reason.strip(), clock.instant()));
    }

    /** The latest visible posts across the communities the person belongs to, newest first. */
    @BrandPersonOnly
    @Transactional(readOnly = true)
    public List<RecentPost> recentInMyCommunities(int limit) {
        List<Community> mine = access.myCommunities();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Post> found = posts.recent(mine.stream().map(Community::getId).toList(), Limit.of(Math.min(limit, 20)));
        Map<Long, String> names = mine.stream().collect(Collectors.toMap(Community::getId, Community::getName));
        Map<Long, PersonName> authors =
                people.names(found.stream().map(Post::getAuthorId).toList());
        return found.stream()
                .map(p -> new RecentPost(
                        p.getId(),
                        p.getCommunityId(),
                        names.get(p.getCommunityId()),
                        name(authors, p.getAuthorId()),
                        p.getBody(),
                        p.getCreatedAt()))
                .toList();
    }

    // ---- helpers

    private Optional<Post> readablePost(long postId) {
        long me = access.me().accountId();
        boolean manager = access.manager();
        return posts.findById(postId)
                .filter(p -> !p.isHidden() || manager || p.getAuthorId() == me)
                .filter(p -> access.readable(p.getCommunityId()).isPresent());
    }

    private Optional<Comment> readableComment(long commentId) {
        long me = access.me().accountId();
        boolean manager = access.manager();
        return comments.findById(commentId)
                .filter(c -> !c.isHidden() || manager || c.getAuthorId() == me)
                .filter(c -> readablePost(c.getPostId()).isPresent());
    }

    private Post ownPost(long postId) {
        long me = access.me().accountId();
        return readablePost(postId).filter(p -> p.getAuthorId() == me).orElseThrow(CommunityNotFoundException::new);
    }

    private Comment ownComment(long commentId) {
        long me = access.me().accountId();
        return readableComment(commentId)
                .filter(c -> c.getAuthorId() == me)
                .orElseThrow(CommunityNotFoundException::new);
    }

    /** Names, comment counts, reaction counts and the viewer's reactions for a whole page: four statements. */
    private List<FeedPost> decorate(List<Post> page, long me, boolean manager) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Post::getId).toList();
        Map<Long, PersonName> names =
                people.names(page.stream().map(Post::getAuthorId).toList());
        Map<Long, Long> commentCounts = new HashMap<>();
        for (Object[] row : comments.countsByPost(ids, me, manager)) {
            commentCounts.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Map<Reaction, Long>> counts = new HashMap<>();
        for (Object[] row : reactions.countsByPost(ids)) {
            Reaction.of((String) row[1])
                    .ifPresent(r -> counts.computeIfAbsent((Long) row[0], k -> new EnumMap<>(Reaction.class))
                            .put(r, (Long) row[2]));
        }
        Map<Long, Set<Reaction>> mine = new HashMap<>();
        for (Object[] row : reactions.given(ids, me)) {
            Reaction.of((String) row[1])
                    .ifPresent(r -> mine.computeIfAbsent((Long) row[0], k -> EnumSet.noneOf(Reaction.class))
                            .add(r));
        }
        List<FeedPost> result = new ArrayList<>(page.size());
        for (Post p : page) {
            result.add(new FeedPost(
                    p.getId(),
                    p.getCommunityId(),
                    p.getAuthorId(),
                    name(names, p.getAuthorId()),
                    p.getBody(),
                    p.getImageId() != null,
                    p.getPinOrder() > 0,
                    p.getEditedAt() != null,
                    p.isHidden(),
                    p.getHiddenReason(),
                    p.getCreatedAt(),
                    commentCounts.getOrDefault(p.getId(), 0L),
                    counts.getOrDefault(p.getId(), Map.of()),
                    mine.getOrDefault(p.getId(), Set.of()),
                    p.getAuthorId() == me));
        }
        return result;
    }

    private static FeedComment comment(Comment c, Map<Long, PersonName> names, long me) {
        return new FeedComment(
                c.getId(),
                c.getPostId(),
                c.getAuthorId(),
                name(names, c.getAuthorId()),
                c.getBody(),
                c.getEditedAt() != null,
                c.isHidden(),
                c.getHiddenReason(),
                c.getCreatedAt(),
                c.getAuthorId() == me);
    }

    static String name(Map<Long, PersonName> names, long id) {
        PersonName n = names.get(id);
        return n == null ? "" : n.displayName();
    }
}
