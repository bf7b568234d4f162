package app.ambassade.community.internal;

import app.ambassade.community.MembershipStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Parameters are named after the attributes they filter (the isolation test relies on it). */
public interface CommunityMemberRepository extends JpaRepository<CommunityMember, Long> {

    Optional<CommunityMember> findByCommunityIdAndMemberId(long communityId, long memberId);

    List<CommunityMember> findByMemberId(long memberId);

    @Query("select m.communityId from CommunityMember m where m.memberId = :memberId"
            + " and m.status = app.ambassade.community.MembershipStatus.ACTIVE")
    List<Long> activeCommunityIds(@Param("memberId") Long memberId);

    long countByCommunityIdAndStatus(long communityId, MembershipStatus status);

    @Query(
            "select m from CommunityMember m where m.communityId = :communityId and (:status is null or m.status = :status)")
    Page<CommunityMember> page(
            @Param("communityId") Long communityId, @Param("status") MembershipStatus status, Pageable pageable);

    @Query("select count(m) from CommunityMember m where m.communityId = :communityId"
            + " and (:status is null or m.status = :status)")
    long count(@Param("communityId") Long communityId, @Param("status") MembershipStatus status);
}
