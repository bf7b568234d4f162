package app.ambassade.perks.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface PerkPulseRepository extends JpaRepository<PerkPulse, Long> {

    Optional<PerkPulse> findByIdAndMemberId(Long id, long memberId);

    /** Has this person been sent a pulse since the given instant (the brand's interval)? */
    boolean existsByMemberIdAndSentAtAfter(long memberId, Instant sentAt);

    @Query(
            "select p from PerkPulse p where p.memberId = :memberId and p.answeredAt is null order by p.sentAt desc, p.id desc")
    List<PerkPulse> unanswered(@Param("memberId") long memberId);

    List<PerkPulse> findByPerkId(long perkId);

    boolean existsByPerkIdAndMemberId(long perkId, long memberId);

    /** One row (sent, answered, average score) when the perk has pulses, none otherwise. */
    @Query(
            "select count(p), count(p.answeredAt), avg(p.score) from PerkPulse p where p.perkId = :perkId group by p.perkId")
    List<Object[]> figures(@Param("perkId") long perkId);
}
