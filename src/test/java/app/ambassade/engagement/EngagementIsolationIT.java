package app.ambassade.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.community.CommunityActivity;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationItem;
import app.ambassade.notification.NotificationService;
import app.ambassade.support.CommittedEvents;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Engagement and notifications on the real MariaDB: the per-tier counts and tenant isolation. */
@MariaDbTest
class EngagementIsolationIT {

    @Autowired
    TestData data;

    @Autowired
    EngagementService engagement;

    @Autowired
    NotificationService notifications;

    @Autowired
    CommittedEvents events;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void ledgerTiersCountsAndNotificationsStayWithinTheirTenant() {
        TenantSummary a = data.tenant("eng-a");
        TenantSummary b = data.tenant("eng-b");
        AuthenticatedUser managerA = data.person(a, Role.BRAND_MANAGER, "boss@eng-a.example");
        AuthenticatedUser ana = data.person(a, Role.MEMBER, "ana@eng-a.example");
        AuthenticatedUser bob = data.person(a, Role.MEMBER, "bob@eng-a.example");
        AuthenticatedUser managerB = data.person(b, Role.BRAND_MANAGER, "boss@eng-b.example");
        AuthenticatedUser bea = data.person(b, Role.MEMBER, "bea@eng-b.example");

        for (int i = 0; i < 6; i++) {
            var post = new CommunityActivity.PostPublished(a.id(), 1, 100 + i, ana.accountId());
            events.publish(post);
            events.publish(post);
        }
        events.publish(new CommunityActivity.ReactionAdded(a.id(), 1, 100, bob.accountId(), ana.accountId(), "like"));
        events.publish(new CommunityActivity.PostPublished(b.id(), 2, 200, bea.accountId()));

        TestData.signIn(managerA);
        assertThat(engagement.peopleByTier(2)).extracting(TierCount::people).containsExactly(0L, 1L, 1L, 0L);
        TestData.signIn(managerB);
        engagement.saveTiers(List.of(new TierInput(1, "Only B", 1, "")));
        assertThat(engagement.peopleByTier(1)).extracting(TierCount::people).containsExactly(1L, 0L);

        TestData.signIn(ana);
        assertThat(engagement.myStatus().points()).isEqualTo(62);
        assertThat(engagement.tiers()).extracting(Tier::name).doesNotContain("Only B");
        List<NotificationItem> anas = notifications.mine(PageRequest.of(0, 10)).getContent();
        assertThat(anas).hasSize(1);

        TestData.signIn(bea);
        assertThat(engagement.myStatus().points()).isEqualTo(10);
        assertThat(notifications.markRead(anas.getFirst().id())).isFalse();
        assertThat(notifications.markAllRead()).isZero();
        TestData.signIn(ana);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }
}
