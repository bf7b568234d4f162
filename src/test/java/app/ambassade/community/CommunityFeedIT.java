package app.ambassade.community;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On MariaDB (whole-second timestamps, so many posts share their time): the feed of a large community
 * pages by keyset without duplicates or gaps, and another tenant's member sees none of it.
 */
@MariaDbTest
class CommunityFeedIT {

    @Autowired
    TestData data;

    @Autowired
    CommunityService communities;

    @Autowired
    FeedService feed;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aLargeCommunityPagesWithoutDuplicatesAndStaysInItsTenant() {
        TenantSummary tenant = data.tenant("feed-it");
        AuthenticatedUser manager = data.person(tenant, Role.BRAND_MANAGER, "boss@feed-it.example");
        AuthenticatedUser member = data.person(tenant, Role.MEMBER, "member@feed-it.example");
        TestData.signIn(manager);
        long community = communities
                .create(new CommunityForm("Large", "", Visibility.OPEN, null))
                .id();
        TestData.signIn(member);
        communities.join(community);
        for (int i = 0; i < 500; i++) {
            feed.publish(community, "Post " + i, null);
        }

        List<Long> seen = new ArrayList<>();
        FeedCursor cursor = null;
        do {
            FeedPage page = feed.feed(community, cursor, 50);
            page.posts().forEach(p -> seen.add(p.id()));
            cursor = page.next();
        } while (cursor != null);
        assertThat(seen).hasSize(500);
        assertThat(new HashSet<>(seen)).hasSize(500);
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        TenantSummary other = data.tenant("feed-it-other");
        TestData.signIn(data.person(other, Role.BRAND_MANAGER, "boss@feed-it-other.example"));
        assertThat(communities.find(community)).isEmpty();
        assertThat(feed.feed(community, null, 50).posts()).isEmpty();
        assertThat(feed.post(seen.getFirst())).isEmpty();
    }
}
