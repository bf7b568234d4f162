package app.ambassade.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.InvitationService;
import app.ambassade.identity.Role;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeCardsTest extends KaribuTest {

    @Autowired
    InvitationService invitations;

    TenantSummary a;
    AuthenticatedUser manager;

    @BeforeEach
    void seed() {
        a = data.tenant("alpha");
        manager = data.person(a, Role.BRAND_MANAGER, "boss@alpha.example");
        TenantSummary b = data.tenant("beta");
        data.person(b, Role.MEMBER, "m1@beta.example");
        data.person(b, Role.AMBASSADOR, "a1@beta.example");
    }

    @Test
    void theManagerSeesActivePeopleByRoleAndPendingInvitationsOfTheirBrandOnly() {
        data.person(a, Role.MEMBER, "m1@alpha.example");
        data.person(a, Role.MEMBER, "m2@alpha.example");
        data.person(a, Role.AMBASSADOR, "a1@alpha.example");
        TestData.signIn(manager);
        invitations.invite("new@alpha.example", Role.MEMBER);
        signIn(manager);

        UI.getCurrent().navigate("");

        assertThat(figure("members")).isEqualTo("2");
        assertThat(figure("ambassadors")).isEqualTo("1");
        assertThat(figure("managers")).isEqualTo("1");
        assertThat(figure("pending")).isEqualTo("1");
        Div card = _get(Div.class, s -> s.withClasses("people-card"));
        assertThat(card.getElement().getTextRecursively())
                .contains("2active members", "1active ambassador", "1brand manager", "1invitation pending");
        assertThat(_find(card, Anchor.class)).extracting(Anchor::getHref).containsExactly("people", "settings");
        assertThat(_find(card, Paragraph.class)).isEmpty();
        assertThat(_find(Div.class, s -> s.withClasses("membership-card"))).isEmpty();
    }

    @Test
    void aManagerAloneIsToldToInvitePeople() {
        signIn(manager);

        UI.getCurrent().navigate("");

        Div card = _get(Div.class, s -> s.withClasses("people-card"));
        assertThat(_get(card, Paragraph.class).getText())
                .isEqualTo(
                        "Only your brand team is here for now. Invite your first members and ambassadors from the People page.");
        assertThat(figure("members")).isEqualTo("0");
    }

    @Test
    void aMemberSeesTheirMembership() {
        AuthenticatedUser member = data.person(a, Role.MEMBER, "m1@alpha.example");
        signIn(member);

        UI.getCurrent().navigate("");

        assertThat(text("membership-brand")).isEqualTo("alpha");
        assertThat(text("membership-role")).isEqualTo("Member");
        assertThat(text("membership-language")).isEqualTo("English");
        assertThat(text("membership-since"))
                .isEqualTo(Formats.date(Instant.now(), Locale.ENGLISH, ViewerZone.current()));
        Div card = _get(Div.class, s -> s.withClasses("membership-card"));
        assertThat(_get(card, Anchor.class).getHref()).isEqualTo("profile");
        assertThat(_find(Paragraph.class, s -> s.withId("membership-ambassador")))
                .isEmpty();
        assertThat(_find(Div.class, s -> s.withClasses("people-card"))).isEmpty();
    }

    @Test
    void anAmbassadorIsToldWhatTheirRoleMeans() {
        AuthenticatedUser ambassador = data.person(a, Role.AMBASSADOR, "a1@alpha.example");
        signIn(ambassador);
        useLocale(Locale.FRENCH);

        UI.getCurrent().navigate("");

        assertThat(text("membership-role")).isEqualTo("Ambassadeur");
        assertThat(_get(Paragraph.class, s -> s.withId("membership-ambassador")).getText())
                .startsWith("alpha vous compte parmi ses ambassadeurs");
    }

    @Test
    void thePlatformAdminGetsNoBrandCard() {
        signIn(data.platformAdmin("ops@ambassade.test"));

        UI.getCurrent().navigate("");

        assertThat(_find(Span.class, s -> s.withId("figure-members")))
                .as("manager card")
                .isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withId("membership-brand")))
                .as("membership card")
                .isEmpty();
    }

    private static String figure(String id) {
        return _get(Span.class, s -> s.withId("figure-" + id)).getText();
    }

    private static String text(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }
}
