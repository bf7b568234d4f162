package app.ambassade.perks.internal;

import app.ambassade.perks.Attendance;
import app.ambassade.perks.ClaimStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
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
            + " and (o.turn < c.turn or (o.turn = c.turn and o.id <= c.id)) group by c.id")
    List<Object[]> waitlistPositions(@Param("memberId") long memberId);

    /**
     * Moves a claim from one status to another only if it is still in the first one: 1 for the one
     * caller that won, 0 when someone else changed it first.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PerkClaim c set c.status = :to, c.decidedAt = :decidedAt, c.version = c.version + 1"
            + " where c.id = :id and c.status = :status")
    int transition(
            @Param("id") Long id,
            @Param("status") ClaimStatus from,
            @Param("to") ClaimStatus to,
            @Param("decidedAt") Instant now);

    /** The waitlist of a perk in order: first decided, first promoted. */
    @Query("select c.id from PerkClaim c where c.perkId = :perkId"
            + " and c.status = app.ambassade.perks.ClaimStatus.WAITLISTED order by c.turn, c.id")
    List<Long> waitlist(@Param("perkId") long perkId, Pageable pageable);

    long countByPerkIdAndStatus(long perkId, ClaimStatus status);

    // --- the brand team's side: claims grid, figures, check-in, end of event -------------------------

    @Query("select c from PerkClaim c where c.perkId = :perkId and c.status in :status")
    Page<PerkClaim> page(
            @Param("perkId") long perkId, @Param("status") Collection<ClaimStatus> statuses, Pageable pageable);

    /** One page of the same, without counting all matches (the claims grid counts once, apart). */
    @Query("select c from PerkClaim c where c.perkId = :perkId and c.status in :status")
    List<PerkClaim> rows(
            @Param("perkId") long perkId, @Param("status") Collection<ClaimStatus> statuses, Pageable pageable);

    /** The same, only the claims of some people (a name search). */
    @Query("select c from PerkClaim c where c.perkId = :perkId and c.status in :status and c.memberId in :memberId")
    Page<PerkClaim> pageOf(
            @Param("perkId") long perkId,
            @Param("status") Collection<ClaimStatus> statuses,
            @Param("memberId") Collection<Long> memberIds,
            Pageable pageable);

    @Query("select count(c) from PerkClaim c where c.perkId = :perkId and c.status in :status")
    long count(@Param("perkId") long perkId, @Param("status") Collection<ClaimStatus> statuses);

    @Query(
            "select count(c) from PerkClaim c where c.perkId = :perkId and c.status in :status and c.memberId in :memberId")
    long countOf(
            @Param("perkId") long perkId,
            @Param("status") Collection<ClaimStatus> statuses,
            @Param("memberId") Collection<Long> memberIds);

    /** Who claimed the perk with one of these statuses (ids only: a name search looks them up). */
    @Query("select c.memberId from PerkClaim c where c.perkId = :perkId and c.status in :status")
    List<Long> memberIds(@Param("perkId") long perkId, @Param("status") Collection<ClaimStatus> statuses);

    List<PerkClaim> findByPerkIdAndStatus(long perkId, ClaimStatus status);

    /** Rows of (status, attendance, count): every figure of a perk in one statement. */
    @Query("select c.status, c.attendance, count(c) from PerkClaim c where c.perkId = :perkId"
            + " group by c.status, c.attendance")
    List<Object[]> countsByStatus(@Param("perkId") long perkId);

    /** Records a confirmed attendee as present (also after a recorded no-show); 1 for the one tablet that did it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PerkClaim c set c.attendance = app.ambassade.perks.Attendance.ATTENDED,"
            + " c.checkedInAt = :checkedInAt, c.checkedInBy = :checkedInBy, c.version = c.version + 1"
            + " where c.id = :id and c.status = app.ambassade.perks.ClaimStatus.CONFIRMED"
            + " and (c.attendance is null or c.attendance = app.ambassade.perks.Attendance.NO_SHOW)")
    int checkIn(@Param("id") Long id, @Param("checkedInBy") Long by, @Param("checkedInAt") Instant now);

    /** Takes a check-in back: no attendance yet, or a no-show when the event has already closed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PerkClaim c set c.attendance = :attendance, c.checkedInAt = null, c.checkedInBy = null,"
            + " c.version = c.version + 1 where c.id = :id and c.attendance = app.ambassade.perks.Attendance.ATTENDED")
    int undoCheckIn(@Param("id") Long id, @Param("attendance") Attendance attendance);

    /** When the event closes: every confirmed seat without a check-in is a no-show. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update PerkClaim c set c.attendance = app.ambassade.perks.Attendance.NO_SHOW, c.version = c.version + 1"
                    + " where c.perkId = :perkId and c.status = app.ambassade.perks.ClaimStatus.CONFIRMED and c.attendance is null")
    int markNoShows(@Param("perkId") long perkId);

    /** Marks an attendee thanked; 1 for the one caller that should send the thank-you. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PerkClaim c set c.thankedAt = :thankedAt, c.version = c.version + 1 where c.id = :id"
            + " and c.thankedAt is null and c.attendance = app.ambassade.perks.Attendance.ATTENDED")
    int markThanked(@Param("id") Long id, @Param("thankedAt") Instant now);
}
