package app.ambassade.perks.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PerkFileRepository extends JpaRepository<PerkFile, Long> {

    Optional<PerkFile> findByPerkIdAndPurpose(long perkId, PerkFile.Purpose purpose);

    /** Which of these perks have a file of this purpose (without loading the bytes). */
    @Query("select f.perkId from PerkFile f where f.perkId in :perkId and f.purpose = :purpose")
    List<Long> perksWith(@Param("perkId") Collection<Long> perkIds, @Param("purpose") PerkFile.Purpose purpose);
}
