package app.ambassade.engagement.internal;

import app.ambassade.engagement.EngagementAction;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementPointsRepository extends JpaRepository<EngagementPoints, Long> {

    Optional<EngagementPoints> findByAction(EngagementAction action);
}
