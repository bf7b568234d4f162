package app.ambassade.perks.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PerkArticleRepository extends JpaRepository<PerkArticle, Long> {

    Optional<PerkArticle> findByPerkId(long perkId);

    @Query("select a.perkId from PerkArticle a where a.perkId in :perkId and a.body <> ''")
    List<Long> perksWithArticle(@Param("perkId") Collection<Long> perkIds);
}
