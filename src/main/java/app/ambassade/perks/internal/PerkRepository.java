package app.ambassade.perks.internal;

import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Parameters are named after the attributes they filter (the isolation test relies on it). Places,
 * capacity and the once-only marks of the event lifecycle change only through the conditional updates
 * below: the database decides, whatever number of nodes and threads compete. Every transaction that
 * decides places starts with {@link #lock} (docs/decisions/0007).
 */
public interface PerkRepository extends JpaRepository<Perk, Long> {

    @Query("select p from Perk p where p.status in :status and (:kind is null or p.kind = :kind)")
    Page<Perk> page(@Param("status") Collection<PerkStatus> statuses, @Param("kind") PerkKind kind, Pageable pageable);

    @Query("select count(p) from Perk p where p.status in :status and (:kind is null or p.kind = :kind)")
    long count(@Param("status") Collection<PerkStatus> statuses, @Param("kind") PerkKind kind);

    /** Published events that have not started yet, soonest first. */
    @Query(
            "select p from Perk p where p.kind = app.ambassade.perks.PerkKind.EVENT"
                    + " and p.status = app.ambassade.perks.PerkStatus.PUBLISHED and p.startsAt > :startsAt order by p.startsAt, p.id")
    List<Perk> upcomingEvents(@Param("startsAt") Instant now, Pageable pageable);

    /**
     * The perk, its row locked until the transaction ends: the first statement of every transaction that
     * decides places (claim, cancel, promotion, capacity, codes), so those transactions run one after the
     * other per perk and each one reads what the previous one committed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Perk p where p.id = :id")
    Optional<Perk> lock(@Param("id") Long id);

    /** Gives the perk's next turn ({@link Perk#getLastTurn()} afterwards); only under {@link #lock}. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Perk p set p.lastTurn = p.lastTurn + 1 where p.id = :id")
    int nextTurn(@Param("id") Long id);

    /** Takes one place if any is left (or the perk is unlimited); 1 when taken, 0 when full. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Perk p set p.taken = p.taken + 1 where p.id = :id and (p.capacity is null or p.taken < p.capacity)")
    int takePlace(@Param("id") Long id);

    /** Gives one place back; never below zero. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Perk p set p.taken = p.taken - 1 where p.id = :id and p.taken > 0")
    int releasePlace(@Param("id") Long id);

    /** Changes the capacity, unless places already taken would no longer fit (a confirmed seat is never lost). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Perk p set p.capacity = :capacity where p.id = :id and (:capacity is null or p.taken <= :capacity)")
    int changeCapacity(@Param("id") Long id, @Param("capacity") Integer capacity);

    /** Marks the day-before reminder as sent; 1 for the one caller that should send it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Perk p set p.reminderSentAt = :reminderSentAt where p.id = :id and p.reminderSentAt is null")
    int markReminderSent(@Param("id") Long id, @Param("reminderSentAt") Instant now);

    /** Marks a finished event as closed (no-shows, thank-you, pulse); 1 for the one caller that should do it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Perk p set p.closedAt = :closedAt where p.id = :id and p.closedAt is null")
    int markClosed(@Param("id") Long id, @Param("closedAt") Instant now);

    /** Published events starting within the window whose reminder has not gone out. */
    @Query("select p.id from Perk p where p.kind = app.ambassade.perks.PerkKind.EVENT"
            + " and p.status = app.ambassade.perks.PerkStatus.PUBLISHED and p.reminderSentAt is null"
            + " and p.startsAt > :startsAt and p.startsAt <= :horizon")
    List<Long> eventsToRemind(@Param("startsAt") Instant now, @Param("horizon") Instant horizon);

    /** Events that have ended and were not closed yet (drafts never had claims). */
    @Query("select p.id from Perk p where p.kind = app.ambassade.perks.PerkKind.EVENT"
            + " and p.status <> app.ambassade.perks.PerkStatus.DRAFT and p.closedAt is null and p.endsAt <= :endsAt")
    List<Long> eventsToClose(@Param("endsAt") Instant now);
}
