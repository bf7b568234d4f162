package app.ambassade.reassurance.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's review procedure page, if the brand wrote one. */
public interface ReviewProcedureRepository extends JpaRepository<ReviewProcedurePage, Long> {

    Optional<ReviewProcedurePage> findFirstByOrderByIdAsc();
}
