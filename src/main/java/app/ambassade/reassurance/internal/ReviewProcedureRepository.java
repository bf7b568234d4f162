package app.ambassade.reassurance.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Versions of the current tenant's review procedure page; the latest is the current one. */
public interface ReviewProcedureRepository extends JpaRepository<ReviewProcedurePage, Long> {

    Optional<ReviewProcedurePage> findFirstByOrderByIdDesc();
}
