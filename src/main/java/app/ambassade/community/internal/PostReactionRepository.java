package app.ambassade.community.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PostReactionRepository extends JpaRepository<PostReaction, Long> {

    Optional<PostReaction> findByPostIdAndMemberIdAndCode(long postId, long memberId, String code);

    @Query("select r.postId, r.code, count(r) from PostReaction r where r.postId in :postId group by r.postId, r.code")
    List<Object[]> countsByPost(@Param("postId") Collection<Long> postIds);

    @Query("select r.postId, r.code from PostReaction r where r.postId in :postId and r.memberId = :memberId")
    List<Object[]> given(@Param("postId") Collection<Long> postIds, @Param("memberId") Long memberId);
}
