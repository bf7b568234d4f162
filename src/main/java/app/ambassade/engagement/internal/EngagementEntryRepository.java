package app.ambassade.engagement.internal;

import app.ambassade.engagement.EngagementAction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EngagementEntryRepository extends JpaRepository<EngagementEntry, Long> {

    boolean existsByMemberIdAndActionAndReference(long memberId, EngagementAction action, String reference);

    Page<EngagementEntry> findByMemberIdOrderByOccurredAtDescIdDesc(long memberId, Pageable pageable);

    @Query("select coalesce(sum(e.points), 0) from EngagementEntry e where e.memberId = :memberId")
    long totalOf(long memberId);

    @Query("select count(distinct e.memberId) from EngagementEntry e")
    long countMembers();

    /** How many people have at least this many points in total. */
    @Query("select count(t.member) from (select e.memberId as member, sum(e.points) as total from EngagementEntry e"
            + " group by e.memberId) t where t.total >= :points")
    long countMembersWithAtLeast(long points);
}
