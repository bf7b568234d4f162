package app.ambassade.community.internal;

import app.ambassade.community.Visibility;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface CommunityRepository extends JpaRepository<Community, Long> {

    /** The communities a person may see: not archived, of the visibilities their role allows. */
    @Query("select c from Community c where c.archived = false and c.visibility in :visibility order by c.name, c.id")
    List<Community> findVisible(@Param("visibility") Collection<Visibility> visibilities);

    @Query("select c from Community c where c.id = :id and c.archived = false and c.visibility in :visibility")
    Optional<Community> findVisible(@Param("id") Long id, @Param("visibility") Collection<Visibility> visibilities);

    Page<Community> findAllBy(Pageable pageable);

    @Query("select c from Community c where c.id in :id")
    List<Community> findByIds(@Param("id") Collection<Long> ids);
}
