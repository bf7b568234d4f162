package app.ambassade.community.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c where c.postId = :post and (c.hidden = false or c.authorId = :viewer or :manager = true)"
            + " order by c.createdAt, c.id")
    List<Comment> forPost(@Param("post") long postId, @Param("viewer") long viewerId,
                          @Param("manager") boolean manager, Limit limit);

    @Query("select count(c) from Comment c where c.communityId = :community and c.createdAt >= :from and c.createdAt < :to")
    long countBetween(@Param("community") long communityId, @Param("from") Instant from, @Param("to") Instant to);

    @Query("select c.authorId, count(c) from Comment c where c.communityId = :community and c.createdAt >= :from"
            + " group by c.authorId")
    List<Object[]> countsByAuthor(@Param("community") long communityId, @Param("from") Instant from);

    @Query("select c.authorId, count(c) from Comment c where c.communityId = :community and c.authorId in :authors"
            + " group by c.authorId")
    List<Object[]> countsFor(@Param("community") long communityId, @Param("authors") Collection<Long> authors);
}
