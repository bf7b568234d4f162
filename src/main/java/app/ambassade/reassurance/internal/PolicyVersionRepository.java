package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.PolicyType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    List<PolicyVersion> findByTypeOrderByNumberDesc(PolicyType type);

    Optional<PolicyVersion> findFirstByTypeAndPublishedFalse(PolicyType type);

    Optional<PolicyVersion> findFirstByTypeAndPublishedTrueOrderByNumberDesc(PolicyType type);

    Optional<PolicyVersion> findByTypeAndNumberAndPublishedTrue(PolicyType type, int number);

    List<PolicyVersion> findByTypeAndPublishedTrueOrderByNumberDesc(PolicyType type);

    Optional<PolicyVersion> findFirstByTypeOrderByNumberDesc(PolicyType type);
}
