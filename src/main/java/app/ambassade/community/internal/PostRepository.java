package app.ambassade.community.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PostRepository extends JpaRepository<Post, Long> {

    String VISIBLE = " (p.hidden = false or p.authorId = :viewer or :manager = true) ";

    /** The first feed page: pinned first, then newest first; the index serves this order. */
    @Query("select p from Post p where p.communityId = :community and" + VISIBLE
            + "order by p.pinOrder desc, p.createdAt desc, p.id desc")
    List<Post> firstPage(@Param("community") long communityId, @Param("viewer") long viewerId,
                         @Param("manager") boolean manager, Limit limit);

    /** The next feed page, strictly after the cursor in feed order (keyset paging, no offset). */
    @Query("select p from Post p where p.communityId = :community and" + VISIBLE
            + "and (p.pinOrder < :pin or (p.pinOrder = :pin and (p.createdAt < :created"
            + " or (p.createdAt = :created and p.id < :id))))"
            + " order by p.pinOrder desc, p.createdAt desc, p.id desc")
    List<Post> pageAfter(@Param("community") long communityId, @Param("viewer") long viewerId,
                         @Param("manager") boolean manager, @Param("pin") int pinOrder,
                         @Param("created") Instant createdAt, @Param("id") long id, Limit limit);

    @Query("select p from Post p where p.communityId in :communities and p.hidden = false"
            + " order by p.createdAt desc, p.id desc")
    List<Post> recent(@Param("communities") Collection<Long> communityIds, Limit limit);

    @Query("select c.postId, count(c) from Comment c where c.postId in :posts and"
            + " (c.hidden = false or c.authorId = :viewer or :manager = true) group by c.postId")
    List<Object[]> commentCounts(@Param("posts") Collection<Long> postIds, @Param("viewer") long viewerId,
                                 @Param("manager") boolean manager);

    @Query("select r.postId, r.code, count(r) from PostReaction r where r.postId in :posts group by r.postId, r.code")
    List<Object[]> reactionCounts(@Param("posts") Collection<Long> postIds);

    @Query("select r.postId, r.code from PostReaction r where r.postId in :posts and r.memberId = :viewer")
    List<Object[]> myReactions(@Param("posts") Collection<Long> postIds, @Param("viewer") long viewerId);

    @Query("select count(p) from Post p where p.communityId = :community and p.createdAt >= :from and p.createdAt < :to")
    long countBetween(@Param("community") long communityId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select p.authorId, count(p) from Post p where p.communityId = :community and p.createdAt >= :from"
            + " group by p.authorId")
    List<Object[]> countsByAuthor(@Param("community") long communityId, @Param("from") Instant from);

    @Query("select p.authorId, count(p) from Post p where p.communityId = :community and p.authorId in :authors"
            + " group by p.authorId")
    List<Object[]> countsFor(@Param("community") long communityId, @Param("authors") Collection<Long> authors);
}
