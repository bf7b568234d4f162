package app.ambassade.tenancy.internal;

import app.ambassade.tenancy.TenantStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TenantRepository extends JpaRepository<Tenant, Long> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    long countByStatus(TenantStatus status);

    @Query("""
            select t from Tenant t
            where :search = '' or lower(t.name) like concat('%', :search, '%')
               or t.slug like concat('%', :search, '%')
            """)
    Page<Tenant> search(@Param("search") String search, Pageable pageable);

    @Query("select t.id from Tenant t where t.status = :status order by t.id")
    List<Long> idsByStatus(@Param("status") TenantStatus status);
}
