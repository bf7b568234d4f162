package app.ambassade.community.internal;

import app.ambassade.community.ContentType;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportRepository extends JpaRepository<Report, Long> {

    @Query("select r from Report r where (:openOnly = false or r.resolved = false)")
    Page<Report> queue(@Param("openOnly") Boolean openOnly, Pageable pageable);

    @Query("select count(r) from Report r where (:openOnly = false or r.resolved = false)")
    long countQueue(@Param("openOnly") Boolean openOnly);

    List<Report> findByContentTypeAndContentIdAndResolvedFalse(ContentType type, long contentId);
}
