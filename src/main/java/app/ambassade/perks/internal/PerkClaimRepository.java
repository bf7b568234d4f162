package app.ambassade.perks.internal;

import app.ambassade.perks.ClaimStatus;
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
public interface PerkClaimRepository extends JpaRepository<PerkClaim, Long> {

    Optional<PerkClaim> findByPerkIdAndMemberId(long perkId, long memberId);

    @Query("select c from PerkClaim c where c.memberId = :memberId and c.perkId in :perkId")
    List<PerkClaim> findMine(@Param("memberId") long memberId, @Param("perkId") Collection<Long> perkIds);

    /** A member's claims that are not cancelled, newest first. */
    @Query("select c from PerkClaim c where c.memberId = :memberId"
            + " and c.status <> app.ambassade.perks.ClaimStatus.CANCELLED order by c.claimedAt desc, c.id desc")
    List<PerkClaim> active(@Param("memberId") long memberId, Pageable pageable);

    /** The 1-based waitlist positions of a member's waitlisted claims, in one query: rows of [claim id, position]. */
    @Query("select c.id, count(o.id) from PerkClaim c, PerkClaim o where c.memberId = :memberId"
            + " and c.status = app.ambassade.perks.ClaimStatus.WAITLISTED and o.perkId = c.perkId"
            + " and o.status = app.ambassade.perks.ClaimStatus.WAITLISTED"
            + " and (o.queuedAt < c.queuedAt or (o.queuedAt = c.queuedAt and o.id <= c.id)) group by c.id")
    List<Object[]> waitlistPositions(@Param("memberId") long memberId);

    /**
     * Moves a claim from one status to another only if it is still in the first one: 1 for the one
     * caller that won, 0 when someone else changed it first.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PerkClaim c set c.status = :to, c.decidedAt = :decidedAt, c.version = c.version + 1"
            + " where c.id = :id and c.status = :status")
    int transition(@Param("id") Long id, @Param("status") ClaimStatus from, @Param("to") ClaimStatus to,
                   @Param("decidedAt") Instant now);

    /** The waitlist of a perk in order: first come, first promoted. */
    @Query("select c.id from PerkClaim c where c.perkId = :perkId"
            + " and c.status = app.ambassade.perks.ClaimStatus.WAITLISTED order by c.queuedAt, c.id")
    List<Long> waitlist(@Param("perkId") long perkId, Pageable pageable);

    long countByPerkIdAndStatus(long perkId, ClaimStatus status);

    @Query("select count(c) from PerkClaim c where c.perkId = :perkId and c.status = app.ambassade.perks.ClaimStatus.WAITLISTED"
            + " and (c.queuedAt < :queuedAt or (c.queuedAt = :queuedAt and c.id <= :id))")
    long waitlistPosition(@Param("perkId") long perkId, @Param("queuedAt") Instant queuedAt, @Param("id") Long id);
}
