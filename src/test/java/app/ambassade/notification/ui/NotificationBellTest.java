package app.ambassade.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.community.CommunityActivity;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.support.CommittedEvents;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationBellTest extends KaribuTest {

    @Autowired
    CommittedEvents events;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    TenantSummary a;
    AuthenticatedUser ana;
    AuthenticatedUser bob;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        ana = data.person(a, Role.MEMBER, "ana@alpha.example");
        bob = data.person(a, Role.AMBASSADOR, "bob@alpha.example");
        events.publish(new CommunityActivity.CommentAdded(a.id(), 7, 70, 700, bob.accountId(), ana.accountId()));
        events.publish(new CommunityActivity.ContentModerated(
                a.id(),
                7,
                "POST",
                70,
                ana.accountId(),
                true,
                "<img src=x onerror=alert(1)>",
                java.util.UUID.randomUUID().toString()));
    }

    private Span badge() {
        // the badge is hidden (and so not found by _get) when nothing is unread: reach it through the bell
        return ((NotificationBell.Bell) _get(Button.class, s -> s.withId("notification-bell"))).badge;
    }

    @Test
    void theBellShowsTheUnreadCountAndMarkingReadUpdatesIt() {
        signIn(ana);
        UI.getCurrent().navigate("");
        assertThat(badge().getText()).isEqualTo("2");
        assertThat(badge().isVisible()).isTrue();

        _click(_get(Button.class, s -> s.withId("notification-bell")));
        NotificationsView view = _get(NotificationsView.class);
        assertThat(_size(view.grid)).isEqualTo(2);
        var rows = _fetch(view.grid, 0, 10);
        assertThat(rows).extracting(NotificationsView.Row::actorName).containsExactly(null, "Test AMBASSADOR");

        Component first = _getCellComponent(view.grid, 0, "notification");
        assertThat(_get(first, Span.class, s -> s.withClasses("notification-text"))
                        .getText())
                .isEqualTo("A moderator hid your content. Reason: <img src=x onerror=alert(1)>");
        _click(_get(first, Button.class, s -> s.withClasses("notification-mark-read")));
        assertThat(badge().getText()).isEqualTo("1");

        Component second = _getCellComponent(view.grid, 1, "notification");
        assertThat(_get(second, Span.class, s -> s.withClasses("notification-text"))
                        .getText())
                .isEqualTo("Test AMBASSADOR commented on your post.");
        _click(view.markAll);
        assertThat(badge().isVisible()).isFalse();
        assertThat(_find(
                        _getCellComponent(view.grid, 1, "notification"),
                        Button.class,
                        s -> s.withClasses("notification-mark-read")))
                .isEmpty();
    }

    @Test
    void notificationsAreWrittenInTheReadersLanguage() {
        signIn(ana);
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        assertThat(_get(
                                _getCellComponent(view.grid, 1, "notification"),
                                Span.class,
                                s -> s.withClasses("notification-text"))
                        .getText())
                .isEqualTo("Test AMBASSADOR a commenté votre message.");
    }

    @Test
    void anotherPersonSeesNoneOfThemAndAPlatformAdminHasNoBell() {
        signIn(bob);
        UI.getCurrent().navigate("notifications");
        assertThat(_size(_get(NotificationsView.class).grid)).isZero();
        assertThat(badge().isVisible()).isFalse();

        AuthenticatedUser foreign = data.person(data.tenant("beta"), Role.MEMBER, "bea@beta.example");
        signIn(foreign);
        UI.getCurrent().navigate("notifications");
        assertThat(_size(_get(NotificationsView.class).grid)).isZero();
    }

    @Test
    void aPageOfNotificationsTakesTheSameNumberOfStatementsWhateverItsSizeAndNumberOfActors() {
        for (int i = 0; i < 12; i++) {
            AuthenticatedUser actor = data.person(a, Role.MEMBER, "actor" + i + "@alpha.example");
            events.publish(
                    new CommunityActivity.CommentAdded(a.id(), 7, 70, 800 + i, actor.accountId(), ana.accountId()));
        }
        signIn(ana);
        UI.getCurrent().navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        var statistics =
                entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        try {
            statistics.setStatisticsEnabled(true);
            statistics.clear();
            assertThat(view.page(0, 2)).hasSize(2);
            long small = statistics.getPrepareStatementCount();
            statistics.clear();
            assertThat(view.page(0, 14)).hasSize(14).allMatch(r -> r.item().actorId() == null || r.actorName() != null);
            long large = statistics.getPrepareStatementCount();
            assertThat(small).isPositive().isLessThanOrEqualTo(3).isEqualTo(large);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
