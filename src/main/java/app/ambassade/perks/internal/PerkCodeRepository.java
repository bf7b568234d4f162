package app.ambassade.perks.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PerkCodeRepository extends JpaRepository<PerkCode, Long> {

    /** A few free codes of the perk, oldest first: candidates for {@link #assign}. */
    @Query("select c.id from PerkCode c where c.perkId = :perkId and c.claimId is null order by c.id")
    List<Long> freeCodes(@Param("perkId") long perkId, Pageable pageable);

    /** Hands a code to a claim if it is still free: 1 for the one caller that got it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PerkCode c set c.claimId = :claimId, c.assignedAt = :assignedAt, c.version = c.version + 1"
            + " where c.id = :id and c.claimId is null")
    int assign(@Param("id") Long id, @Param("claimId") Long claimId, @Param("assignedAt") Instant now);

    Optional<PerkCode> findByClaimId(Long claimId);

    @Query("select c from PerkCode c where c.claimId in :claimId")
    List<PerkCode> findByClaimIds(@Param("claimId") Collection<Long> claimIds);

    long countByPerkId(long perkId);

    long countByPerkIdAndClaimIdIsNull(long perkId);

    @Query("select c.code from PerkCode c where c.perkId = :perkId and c.code in :code")
    List<String> existing(@Param("perkId") long perkId, @Param("code") Collection<String> codes);
}
