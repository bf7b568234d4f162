package app.ambassade.engagement.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementTierRepository extends JpaRepository<EngagementTier, Long> {

    List<EngagementTier> findAllByOrderByRankAsc();
}
