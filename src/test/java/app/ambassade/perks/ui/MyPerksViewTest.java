package app.ambassade.perks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.community.CommunityForm;
import app.ambassade.community.CommunityService;
import app.ambassade.community.Visibility;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRules;
import app.ambassade.perks.PerksFixtures;
import app.ambassade.perks.internal.PerkPulse;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.shell.NotFoundView;
import app.ambassade.tenancy.TenantContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class MyPerksViewTest extends PerkViewTest {

    @Autowired
    CommunityService communities;

    @Autowired
    PerkPulseRepository pulses;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aMemberSeesOpenPerksFirstThenLockedOnesWithTheExactConditionThatUnlocksEach() {
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        long gold = fixtures.publish(
                manager,
                PerksFixtures.contentForm("Gold secrets", "# For you", new PerkRules(3, false, Set.of(), Map.of())));
        long ambassadors = fixtures.sharedEarlyAccess(
                manager, "Ambassador preview", "AMB-1", new PerkRules(null, true, Set.of(), Map.of()), null);
        long atelier = ActingAs.person(
                manager,
                () -> communities
                        .create(new CommunityForm("Atelier", "Behind the scenes.", Visibility.OPEN, null))
                        .id());
        long members = fixtures.sharedEarlyAccess(
                manager, "Atelier preview", "AT-1", new PerkRules(null, false, Set.of(atelier), Map.of()), null);
        Instant opens = Instant.now().plus(Duration.ofDays(3));
        long later = fixtures.sharedEarlyAccess(manager, "Spring preview", "SP-1", PerkRules.open(), opens);
        signIn(member);

        UI.getCurrent().navigate("perks");

        assertThat(cardIds("perk-eligible")).containsExactly(soiree);
        assertThat(cardIds("perk-locked")).containsExactlyInAnyOrder(gold, ambassadors, members, later);
        assertThat(locks(gold)).containsExactly("Reach Or — 200 points to go");
        assertThat(locks(ambassadors)).containsExactly("Ambassadors only");
        assertThat(locks(members)).containsExactly("Members of « Atelier » only");
        assertThat(locks(later)).containsExactly("Opens for you on " + PerkTexts.dateTime(opens));
        assertThat(text(card(soiree), "perk-places")).isEqualTo("10 places left");
        assertThat(_get(Div.class, s -> s.withId("perk-claims")).getElement().getTextRecursively())
                .isEqualTo("You have not claimed anything yet. Pick a perk below and claim it in one tap.");
    }

    @Test
    void theFilterByKindKeepsOnlyThatKindInEveryList() {
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        fixtures.publish(manager, PerksFixtures.coCreationForm("Design the balm", 3));
        signIn(member);
        UI.getCurrent().navigate("perks");
        MyPerksView view = _get(MyPerksView.class);
        assertThat(cardIds("perk-eligible")).hasSize(2);

        _click(chip(view, PerkKind.EVENT));

        assertThat(view.kind()).isEqualTo(PerkKind.EVENT);
        assertThat(chip(view, PerkKind.EVENT).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(cardIds("perk-eligible")).containsExactly(soiree);
        _click(chip(view, PerkKind.CONTENT));
        assertThat(cardIds("perk-eligible")).isEmpty();
    }

    @Test
    void aClaimedSeatMovesToMyClaimsWithItsStatusAndTheCalendarFile() {
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        signIn(member);
        memberPerks.claim(soiree);

        UI.getCurrent().navigate("perks");

        assertThat(cardIds("perk-claims")).containsExactly(soiree);
        assertThat(cardIds("perk-eligible")).isEmpty();
        PerkCardView card = card(soiree);
        assertThat(_get(card, Span.class, s -> s.withClasses("perk-status")).getText())
                .isEqualTo("Confirmed");
        assertThat(_get(card, Anchor.class, s -> s.withClasses("perk-calendar")).getText())
                .isEqualTo("Add to calendar");
    }

    @Test
    void aWaitlistedMemberSeesTheirPositionInMyClaims() {
        long soiree = fixtures.eventInDays(manager, "Petit comité", 1, 5);
        AuthenticatedUser first = data.person(tenant, Role.MEMBER, "first@perks.example");
        ActingAs.person(first, () -> memberPerks.claim(soiree));
        signIn(member);
        UI.getCurrent().navigate("perks");
        assertThat(text(card(soiree), "perk-places")).isEqualTo("Full: join the waitlist");

        memberPerks.claim(soiree);
        UI.getCurrent().navigate("perks");

        PerkCardView card = card(soiree);
        assertThat(_get(card, Span.class, s -> s.withClasses("perk-status")).getText())
                .isEqualTo("Waitlist: position 1");
        assertThat(_get(card, Span.class, s -> s.withClasses("perk-waitlist-position"))
                        .getText())
                .startsWith("You are number 1 on the waitlist.");
    }

    @Test
    void withNothingPublishedTheMemberIsToldWhatToDoNextAndADraftStaysHidden() {
        fixtures.create(manager, PerksFixtures.coCreationForm("Secret draft", 3), false);
        signIn(member);
        UI.getCurrent().navigate("perks");
        assertThat(_get(Div.class, s -> s.withId("perk-eligible")).getElement().getTextRecursively())
                .startsWith("No perks here yet. Take part in your communities");
        assertThat(_find(PerkCardView.class)).isEmpty();
    }

    @Test
    void thePageSpeaksFrench() {
        long gold = fixtures.publish(
                manager,
                PerksFixtures.contentForm(
                        "Secrets d’atelier", "# Pour vous", new PerkRules(3, false, Set.of(), Map.of())));
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        signIn(member);
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("perks");
        assertThat(locks(gold)).containsExactly("Atteignez le niveau Or — encore 200 points");
        assertThat(text(card(soiree), "perk-places")).isEqualTo("10 places restantes");
        assertThat(chip(_get(MyPerksView.class), PerkKind.EVENT).getText()).isEqualTo("Événements");
        assertThat(_find(
                        Paragraph.class,
                        s -> s.withText("Vous n’avez encore rien demandé. Choisissez un avantage "
                                + "ci-dessous et obtenez-le d’un geste.")))
                .hasSize(1);
    }

    @Test
    void anEventInParisShowsTheMontrealTimeOfTheViewerAndTheParisTime() {
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        signIn(member);
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(ZoneId.class, ZoneId.of("America/Montreal"));
        UI.getCurrent().navigate("perks");
        String when = text(card(soiree), "perk-when").replace('\u202f', ' ');
        ZonedDateTime paris = LocalDateTime.now(PerksFixtures.PARIS)
                .plusDays(5)
                .withHour(19)
                .truncatedTo(ChronoUnit.HOURS)
                .atZone(PerksFixtures.PARIS);
        DateTimeFormatter time =
                DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH);
        String montreal = paris.withZoneSameInstant(ZoneId.of("America/Montreal"))
                .format(time)
                .replace('\u202f', ' ');
        assertThat(when).contains(montreal + " – ").endsWith("(7:00 PM Paris time)");
    }

    @Test
    void theHomeCardCountsThePerksOpenToTheMemberAndShowsTheNextConfirmedEvent() {
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        fixtures.publish(manager, PerksFixtures.coCreationForm("Design the balm", 3));
        signIn(member);
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, s -> s.withId("perks-home-available")).getText())
                .isEqualTo("2 perks open to you");

        memberPerks.claim(soiree);
        UI.getCurrent().navigate("perks");
        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, s -> s.withId("perks-home-available")).getText())
                .isEqualTo("1 perk open to you");
        assertThat(_get(Div.class, s -> s.withId("perks-home-next"))
                        .getElement()
                        .getTextRecursively())
                .contains("Soirée atelier");
    }

    @Test
    void aPendingPulseIsAnsweredInOneTapAndAThankYouTakesItsPlace() {
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(
                        status -> pulses.save(new PerkPulse(soiree, member.accountId(), Instant.now()))
                                .getId()));
        signIn(member);
        UI.getCurrent().navigate("perks");
        PulseCard pulse = _get(PulseCard.class);
        assertThat(_get(pulse, Paragraph.class).getText()).isEqualTo("How was “Soirée atelier”?");
        assertThat(pulse.scores)
                .extracting(b -> b.getElement().getAttribute("aria-label"))
                .containsExactly("1 out of 5", "2 out of 5", "3 out of 5", "4 out of 5", "5 out of 5");

        _click(pulse.scores.get(3));

        assertThat(_get(pulse, Paragraph.class).getText()).isEqualTo("Thank you for your answer!");
        assertThat(memberPerks.pendingPulses()).isEmpty();
        UI.getCurrent().navigate("perks");
        assertThat(_find(PulseCard.class)).isEmpty();
    }

    @Test
    void aBrandManagerHasNoMemberPerkPage() {
        signIn(manager);
        UI.getCurrent().navigate("perks");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private static List<Long> cardIds(String listId) {
        return _find(_get(Div.class, s -> s.withId(listId)), PerkCardView.class).stream()
                .map(PerkCardView::perkId)
                .toList();
    }

    private static Button chip(MyPerksView view, PerkKind kind) {
        return view.kinds.entrySet().stream()
                .filter(e -> e.getValue() == kind)
                .findFirst()
                .orElseThrow()
                .getKey();
    }

    private static PerkCardView card(long perkId) {
        return _get(PerkCardView.class, s -> s.withPredicate(c -> c.perkId() == perkId));
    }

    private static List<String> locks(long perkId) {
        return _find(card(perkId), Div.class, s -> s.withClasses("perk-lock")).stream()
                .map(d -> d.getElement().getTextRecursively())
                .toList();
    }

    static String text(Component parent, String className) {
        return _get(parent, Div.class, s -> s.withClasses(className))
                .getElement()
                .getTextRecursively();
    }
}
