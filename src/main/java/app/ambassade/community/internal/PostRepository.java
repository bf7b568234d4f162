package app.ambassade.community.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PostRepository extends JpaRepository<Post, Long> {

    String VISIBLE = " (p.hidden = false or p.authorId = :viewer or :manager = true) ";

    /** The first feed page: pinned first, then newest first; the index serves this order. */
    @Query("select p from Post p where p.communityId = :communityId and" + VISIBLE
            + "order by p.pinOrder desc, p.createdAt desc, p.id desc")
    List<Post> firstPage(
            @Param("communityId") Long communityId,
            @Param("viewer") Long viewerId,
            @Param("manager") Boolean manager,
            Limit limit);

    /**
     * The feed from a cursor on, in feed order (keyset paging, no offset). The bound is inclusive: the
     * cursor's own post comes first when it still exists, and the caller skips it.
     */
    @Query("select p from Post p where p.communityId = :communityId and" + VISIBLE
            + "and (p.pinOrder < :pinOrder or (p.pinOrder = :pinOrder and (p.createdAt < :createdAt"
            + " or (p.createdAt = :createdAt and p.id <= :id))))"
            + " order by p.pinOrder desc, p.createdAt desc, p.id desc")
    List<Post> pageFrom(
            @Param("communityId") Long communityId,
            @Param("viewer") Long viewerId,
            @Param("manager") Boolean manager,
            @Param("pinOrder") Integer pinOrder,
            @Param("createdAt") Instant createdAt,
            @Param("id") Long id,
            Limit limit);

    @Query("select p from Post p where p.communityId in :communityId and p.hidden = false"
            + " order by p.createdAt desc, p.id desc")
    List<Post> recent(@Param("communityId") Collection<Long> communityIds, Limit limit);

    /** Posts of a community since an instant (weekly figures are differences of these counts). */
    @Query("select count(p) from Post p where p.communityId = :communityId and p.createdAt >= :createdAt")
    long countSince(@Param("communityId") Long communityId, @Param("createdAt") Instant since);

    @Query("select p.authorId, count(p) from Post p where p.communityId = :communityId and p.createdAt >= :createdAt"
            + " group by p.authorId")
    List<Object[]> countsByAuthor(@Param("communityId") Long communityId, @Param("createdAt") Instant since);

    @Query("select p.authorId, count(p) from Post p where p.communityId = :communityId and p.authorId in :authorId"
            + " group by p.authorId")
    List<Object[]> countsFor(@Param("communityId") Long communityId, @Param("authorId") Collection<Long> authors);
}
