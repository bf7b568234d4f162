package app.ambassade.notification.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.community.CommunityForm;
import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunityTarget;
import app.ambassade.community.Visibility;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationTarget;
import app.ambassade.notification.NotificationType;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkForm;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRules;
import app.ambassade.perks.PerkStatus;
import app.ambassade.perks.PerkTarget;
import app.ambassade.support.KaribuTest;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A notice opens what it names, resolved when opened by the feature that owns its kind: the right
 * screen for each kind, and nothing for a target of another brand, an unknown kind or a screen the
 * reader's role does not open.
 */
class NotificationTargetsTest extends KaribuTest {

    private static final String GONE = "This is no longer available to you.";

    @Autowired
    NotificationService notifications;

    @Autowired
    CommunityService communities;

    @Autowired
    PerkCatalogue catalogue;

    TenantSummary alpha;
    TenantSummary beta;
    AuthenticatedUser ana;
    AuthenticatedUser mia;
    long runners;
    long seats;
    long foreignCommunity;
    long foreignPerk;

    @BeforeEach
    void seed() {
        alpha = data.tenant("alpha");
        beta = data.tenant("beta");
        ana = data.person(alpha, Role.MEMBER, "ana@alpha.example");
        mia = data.person(alpha, Role.BRAND_MANAGER, "mia@alpha.example");
        AuthenticatedUser ben = data.person(beta, Role.BRAND_MANAGER, "ben@beta.example");
        runners = community(mia, "Runners");
        seats = perk(mia, "Design day");
        foreignCommunity = community(ben, "Beta secret club");
        foreignPerk = perk(ben, "Beta secret perk");
    }

    @Test
    void aCommunityNoticeOpensTheCommunity() {
        notify(ana, NotificationType.COMMENT_ON_POST, CommunityTarget.of(runners));
        signIn(ana);

        open(NotificationType.COMMENT_ON_POST);

        assertThat(path()).isEqualTo("communities/" + runners);
    }

    @Test
    void aPerkNoticeOpensThePerk() {
        notify(ana, NotificationType.PERK_SELECTED, PerkTarget.of(seats));
        signIn(ana);

        open(NotificationType.PERK_SELECTED);

        assertThat(path()).isEqualTo("perks/" + seats);
    }

    @Test
    void targetsOfAnotherBrandOpenNothing() {
        notify(ana, NotificationType.JOIN_ACCEPTED, CommunityTarget.of(foreignCommunity));
        notify(ana, NotificationType.PERK_PROMOTED, PerkTarget.of(foreignPerk));
        signIn(ana);

        for (NotificationType type : List.of(NotificationType.JOIN_ACCEPTED, NotificationType.PERK_PROMOTED)) {
            open(type);
            assertThat(path()).as("%s stays on the notifications", type).isEqualTo("notifications");
            NotificationsKt.expectNotifications(GONE);
        }
        assertThat(_find(UI.getCurrent(), com.vaadin.flow.component.Component.class).stream()
                        .map(c -> c.getElement().getText()))
                .noneMatch(t -> t.contains("Beta secret"));
    }

    @Test
    void anUnknownKindOrIdAndARoleThatCannotOpenTheScreenOpenNothing() {
        notify(ana, NotificationType.CONTENT_HIDDEN, new NotificationTarget("nothing-here", runners));
        notify(ana, NotificationType.CONTENT_RESTORED, CommunityTarget.of(999_999_999L));
        notify(mia, NotificationType.PERK_PULSE, PerkTarget.of(seats));

        signIn(ana);
        for (NotificationType type : List.of(NotificationType.CONTENT_HIDDEN, NotificationType.CONTENT_RESTORED)) {
            open(type);
            assertThat(path()).as("%s", type).isEqualTo("notifications");
            NotificationsKt.expectNotifications(GONE);
        }

        signIn(mia);
        open(NotificationType.PERK_PULSE);
        assertThat(path()).as("the member's perk page is not a manager's").isEqualTo("notifications");
        NotificationsKt.expectNotifications(GONE);
    }

    private void open(NotificationType type) {
        UI.getCurrent().navigate("notifications");
        NotificationsView view = _get(NotificationsView.class);
        List<NotificationsView.Row> rows = _fetch(view.grid, 0, 50);
        int index = rows.stream().map(r -> r.item().type()).toList().indexOf(type);
        assertThat(index).as("a %s notice", type).isNotNegative();
        _click(_get(
                _getCellComponent(view.grid, index, "notification"),
                Button.class,
                s -> s.withClasses("notification-open")));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private void notify(AuthenticatedUser to, NotificationType type, NotificationTarget target) {
        notifications.send(
                to.tenantId(), to.accountId(), type, null, List.of("x"), target, "test:" + type + ":" + target);
    }

    private long community(AuthenticatedUser manager, String name) {
        return ActingAs.person(
                manager,
                () -> communities
                        .create(new CommunityForm(name, "", Visibility.OPEN, null))
                        .id());
    }

    private long perk(AuthenticatedUser manager, String title) {
        return ActingAs.person(manager, () -> {
            long id = catalogue.create(new PerkForm(
                    PerkKind.CO_CREATION,
                    title,
                    "Design the next product with us.",
                    null,
                    null,
                    PerkRules.open(),
                    3,
                    false,
                    null,
                    null,
                    null));
            catalogue.setStatus(id, PerkStatus.PUBLISHED);
            return id;
        });
    }
}
