package app.ambassade.community;

import java.time.LocalDate;
import java.util.List;

/** A community's engagement: members, posts and comments per week (oldest first), most active members. */
public record CommunityActivityStats(
        long members, long pendingRequests, List<Week> weeks, List<ActiveMember> mostActive) {

    public record Week(LocalDate start, long posts, long comments) {}

    public record ActiveMember(long memberId, String name, long posts, long comments) {}
}
