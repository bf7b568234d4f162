package app.ambassade.perks.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PerkCommunityRepository extends JpaRepository<PerkCommunity, Long> {

    List<PerkCommunity> findByPerkId(long perkId);

    @Query("select c from PerkCommunity c where c.perkId in :perkId")
    List<PerkCommunity> findByPerkIds(@Param("perkId") Collection<Long> perkIds);
}
