package app.ambassade.community.internal;

import app.ambassade.community.EngagementAction;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementPointsRepository extends JpaRepository<EngagementPoints, Long> {

    Optional<EngagementPoints> findByAction(EngagementAction action);
}
