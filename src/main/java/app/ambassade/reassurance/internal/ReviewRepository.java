package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.ReviewStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Reviews of the current tenant (Hibernate adds the tenant to every query). */
public interface ReviewRepository extends JpaRepository<Review, Long> {

    Page<Review> findByAuthorId(long authorId, Pageable pageable);

    long countByAuthorId(long authorId);

    @Query("""
            select r from Review r
            where (:status is null or r.status = :status) and (:rating is null or r.rating = :rating)
            """)
    Page<Review> search(@Param("status") ReviewStatus status, @Param("rating") Integer rating, Pageable pageable);

    @Query("""
            select count(r) from Review r
            where (:status is null or r.status = :status) and (:rating is null or r.rating = :rating)
            """)
    long countSearch(@Param("status") ReviewStatus status, @Param("rating") Integer rating);

    /** Rows of [rating, count] for reviews in the given status. */
    @Query("select r.rating, count(r) from Review r where r.status = :status group by r.rating")
    List<Object[]> countByRating(@Param("status") ReviewStatus status);

    /** Rows of [status, count]. */
    @Query("select r.status, count(r) from Review r group by r.status")
    List<Object[]> countByStatus();

    /** Rows of [criterion, count] for refused reviews. */
    @Query(
            "select r.refusalCriterion, count(r) from Review r where r.status = app.ambassade.reassurance.ReviewStatus.REFUSED "
                    + "group by r.refusalCriterion")
    List<Object[]> countRefusedByCriterion();

    /** Rows of [year, month, count] of reviews submitted at or after the given instant (UTC months). */
    @Query("""
            select year(r.submittedAt), month(r.submittedAt), count(r) from Review r
            where r.submittedAt >= :submittedAt
            group by year(r.submittedAt), month(r.submittedAt)
            """)
    List<Object[]> countPerMonthSince(@Param("submittedAt") Instant submittedAt);

    Page<Review> findByStatus(ReviewStatus status, Pageable pageable);
}
