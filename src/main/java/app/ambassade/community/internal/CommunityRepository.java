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

public interface CommunityRepository extends JpaRepository<Community, Long> {

    /** The communities a person may see: not archived, of the visibilities their role allows. */
    @Query("select c from Community c where c.archived = false and c.visibility in :visibilities order by c.name, c.id")
    List<Community> findVisible(@Param("visibilities") Collection<Visibility> visibilities);

    @Query("select c from Community c where c.id = :id and c.archived = false and c.visibility in :visibilities")
    Optional<Community> findVisible(@Param("id") long id, @Param("visibilities") Collection<Visibility> visibilities);

    Page<Community> findAllBy(Pageable pageable);

    @Query("select c from Community c where c.id in :ids")
    List<Community> findByIds(@Param("ids") Collection<Long> ids);
}
