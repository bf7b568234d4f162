package app.ambassade.community.internal;

import app.ambassade.community.EngagementAction;
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

    /** People whose total is in [low, high). */
    @Query("select count(t.member) from (select e.memberId as member, sum(e.points) as total from EngagementEntry e"
            + " group by e.memberId) t where t.total >= :low and t.total < :high")
    long countMembersWithTotalBetween(long low, long high);
}
