package app.ambassade.community.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PostReactionRepository extends JpaRepository<PostReaction, Long> {

    Optional<PostReaction> findByPostIdAndMemberIdAndCode(long postId, long memberId, String code);
}
