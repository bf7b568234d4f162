package app.ambassade.community.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface CommentRepository extends JpaRepository<Comment, Long> {

    String VISIBLE = " (c.hidden = false or c.authorId = :viewer or :manager = true) ";

    @Query("select c from Comment c where c.postId = :postId and" + VISIBLE + "order by c.createdAt, c.id")
    List<Comment> forPost(
            @Param("postId") Long postId,
            @Param("viewer") Long viewerId,
            @Param("manager") Boolean manager,
            Limit limit);

    /** Visible comments per post, for a whole feed page in one statement. */
    @Query("select c.postId, count(c) from Comment c where c.postId in :postId and" + VISIBLE + "group by c.postId")
    List<Object[]> countsByPost(
            @Param("postId") Collection<Long> postIds,
            @Param("viewer") Long viewerId,
            @Param("manager") Boolean manager);

    @Query("select count(c) from Comment c where c.communityId = :communityId and c.createdAt >= :createdAt")
    long countSince(@Param("communityId") Long communityId, @Param("createdAt") Instant since);

    @Query("select c.authorId, count(c) from Comment c where c.communityId = :communityId and c.createdAt >= :createdAt"
            + " group by c.authorId")
    List<Object[]> countsByAuthor(@Param("communityId") Long communityId, @Param("createdAt") Instant since);

    @Query("select c.authorId, count(c) from Comment c where c.communityId = :communityId and c.authorId in :authorId"
            + " group by c.authorId")
    List<Object[]> countsFor(@Param("communityId") Long communityId, @Param("authorId") Collection<Long> authors);
}
