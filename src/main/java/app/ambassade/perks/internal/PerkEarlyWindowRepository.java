package app.ambassade.perks.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PerkEarlyWindowRepository extends JpaRepository<PerkEarlyWindow, Long> {

    List<PerkEarlyWindow> findByPerkId(long perkId);

    @Query("select w from PerkEarlyWindow w where w.perkId in :perkId")
    List<PerkEarlyWindow> findByPerkIds(@Param("perkId") Collection<Long> perkIds);
}
