package app.ambassade.community.internal;

import app.ambassade.community.ContentType;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportRepository extends JpaRepository<Report, Long> {

    @Query("select r from Report r where (:open = false or r.resolved = false)")
    Page<Report> queue(@Param("open") boolean openOnly, Pageable pageable);

    @Query("select count(r) from Report r where (:open = false or r.resolved = false)")
    long countQueue(@Param("open") boolean openOnly);

    List<Report> findByContentTypeAndContentIdAndResolvedFalse(ContentType type, long contentId);
}
