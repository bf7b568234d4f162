package app.ambassade.community.internal;

import app.ambassade.community.MembershipStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommunityMemberRepository extends JpaRepository<CommunityMember, Long> {

    Optional<CommunityMember> findByCommunityIdAndMemberId(long communityId, long memberId);

    List<CommunityMember> findByMemberId(long memberId);

    @Query("select m.communityId from CommunityMember m, Community c where m.memberId = :member"
            + " and m.status = app.ambassade.community.MembershipStatus.ACTIVE and c.id = m.communityId"
            + " and c.archived = false and c.visibility in :visibilities")
    List<Long> activeCommunityIds(@Param("member") long memberId,
                                  @Param("visibilities") Collection<app.ambassade.community.Visibility> visibilities);

    long countByCommunityIdAndStatus(long communityId, MembershipStatus status);

    @Query("select m from CommunityMember m where m.communityId = :community and (:status is null or m.status = :status)")
    Page<CommunityMember> page(@Param("community") long communityId, @Param("status") MembershipStatus status,
                               Pageable pageable);

    @Query("select count(m) from CommunityMember m where m.communityId = :community and (:status is null or m.status = :status)")
    long count(@Param("community") long communityId, @Param("status") MembershipStatus status);
}
