package app.ambassade.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import app.ambassade.community.CommunityActivity;
import app.ambassade.community.CommunityTarget;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.AmbassadeTest;
import app.ambassade.support.CommittedEvents;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@AmbassadeTest
class NotificationServiceTest {

    @Autowired
    TestData data;

    @Autowired
    NotificationService notifications;

    @Autowired
    CommittedEvents events;

    TenantSummary a;
    TenantSummary b;
    AuthenticatedUser ana;
    AuthenticatedUser bob;
    AuthenticatedUser bea;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        b = data.tenant("beta");
        ana = data.person(a, Role.MEMBER, "ana@alpha.example");
        bob = data.person(a, Role.AMBASSADOR, "bob@alpha.example");
        bea = data.person(b, Role.MEMBER, "bea@beta.example");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    List<NotificationItem> mine(AuthenticatedUser user) {
        TestData.signIn(user);
        return notifications.mine(PageRequest.of(0, 50)).getContent();
    }

    @Test
    void thePostAuthorHearsOfCommentsAndReactionsOfOthersButNotOfTheirOwn() {
        events.publish(new CommunityActivity.CommentAdded(a.id(), 7, 70, 700, bob.accountId(), ana.accountId()));
        events.publish(new CommunityActivity.ReactionAdded(a.id(), 7, 70, bob.accountId(), ana.accountId(), "like"));
        events.publish(new CommunityActivity.CommentAdded(a.id(), 7, 70, 701, ana.accountId(), ana.accountId()));
        events.publish(new CommunityActivity.ReactionAdded(a.id(), 7, 70, ana.accountId(), ana.accountId(), "like"));

        assertThat(mine(ana))
                .extracting(NotificationItem::type, NotificationItem::actorId, NotificationItem::read)
                .containsExactly(
                        tuple(NotificationType.REACTION_ON_POST, bob.accountId(), false),
                        tuple(NotificationType.COMMENT_ON_POST, bob.accountId(), false));
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(mine(bob)).isEmpty();
    }

    @Test
    void theAuthorLearnsOfAModerationDecisionWithItsReasonAndTheMemberOfAnAcceptedRequest() {
        events.publish(new CommunityActivity.ContentModerated(
                a.id(),
                7,
                "POST",
                70,
                ana.accountId(),
                true,
                "Off topic",
                java.util.UUID.randomUUID().toString()));
        events.publish(new CommunityActivity.ContentModerated(
                a.id(),
                7,
                "POST",
                70,
                ana.accountId(),
                false,
                "Reviewed",
                java.util.UUID.randomUUID().toString()));
        events.publish(new CommunityActivity.JoinRequestAccepted(a.id(), 7, bob.accountId()));

        assertThat(mine(ana))
                .extracting(NotificationItem::type, NotificationItem::params, NotificationItem::target)
                .containsExactly(
                        tuple(NotificationType.CONTENT_RESTORED, List.of("Reviewed"), CommunityTarget.of(7)),
                        tuple(NotificationType.CONTENT_HIDDEN, List.of("Off topic"), CommunityTarget.of(7)));
        assertThat(mine(bob)).extracting(NotificationItem::type).containsExactly(NotificationType.JOIN_ACCEPTED);
    }

    @Test
    void aPersonMarksOneOrAllOfTheirNotificationsRead() {
        for (int i = 0; i < 3; i++) {
            events.publish(
                    new CommunityActivity.CommentAdded(a.id(), 7, 70, 700 + i, bob.accountId(), ana.accountId()));
        }
        List<NotificationItem> items = mine(ana);
        assertThat(notifications.markRead(items.getFirst().id())).isTrue();
        assertThat(notifications.markRead(items.getFirst().id())).isFalse();
        assertThat(notifications.unreadCount()).isEqualTo(2);
        assertThat(notifications
                        .mine(PageRequest.of(0, 10))
                        .getContent()
                        .getFirst()
                        .read())
                .isTrue();

        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void nobodyReadsOrMarksTheNotificationsOfAnotherPersonOrTenant() {
        events.publish(new CommunityActivity.CommentAdded(a.id(), 7, 70, 700, bob.accountId(), ana.accountId()));
        events.publish(new CommunityActivity.CommentAdded(b.id(), 8, 80, 800, bea.accountId() + 1000, bea.accountId()));
        long anasNotification = mine(ana).getFirst().id();

        TestData.signIn(bob);
        assertThat(notifications.markRead(anasNotification)).isFalse();
        assertThat(notifications.markAllRead()).isZero();
        assertThat(notifications.mine(PageRequest.of(0, 10))).isEmpty();

        TestData.signIn(bea);
        assertThat(notifications.markRead(anasNotification)).isFalse();
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.markAllRead()).isEqualTo(1);
        assertThat(notifications.mine(PageRequest.of(0, 10)).getContent())
                .extracting(NotificationItem::id)
                .doesNotContain(anasNotification);

        TestData.signIn(ana);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void anEventOfOneTenantNamingAPersonOfAnotherCreatesNothingForThem() {
        events.publish(new CommunityActivity.JoinRequestAccepted(a.id(), 7, bea.accountId()));
        assertThat(mine(bea)).isEmpty();
    }
}
