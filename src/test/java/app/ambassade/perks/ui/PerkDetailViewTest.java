package app.ambassade.perks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.PerkRules;
import app.ambassade.perks.PerksFixtures;
import app.ambassade.shared.text.MarkdownView;
import app.ambassade.shell.NotFoundView;
import app.ambassade.tenancy.TenantSummary;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PerkDetailViewTest extends PerkViewTest {

    @Autowired
    EngagementService engagement;

    @Autowired
    app.ambassade.perks.internal.PerkPulseRepository pulses;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void thePageAPulseNotificationLeadsToAsksTheQuestionAnsweredInOneTap() {
        long soiree = fixtures.eventInDays(manager, "Soirée atelier", 10, 5);
        app.ambassade.tenancy.TenantContext.callAs(
                tenant.id(),
                () -> transactions.execute(status -> pulses.save(new app.ambassade.perks.internal.PerkPulse(
                                soiree, member.accountId(), java.time.Instant.now()))
                        .getId()));
        signIn(member);
        UI.getCurrent().navigate("perks/" + soiree);
        PulseCard pulse = _get(PulseCard.class);
        _click(pulse.scores.get(4));
        assertThat(memberPerks.pendingPulses()).isEmpty();
        UI.getCurrent().navigate("perks/" + soiree);
        assertThat(_find(PulseCard.class)).isEmpty();
    }

    @Test
    void aMemberClaimsASeatSeesItConfirmedAndGetsTheCalendarFile() {
        long soiree = fixtures.eventInDays(manager, "Soirée à Grasse", 10, 5);
        signIn(member);
        UI.getCurrent().navigate("perks/" + soiree);
        PerkDetailView view = _get(PerkDetailView.class);
        assertThat(view.claim.getText()).isEqualTo("Claim my seat");
        assertThat(_get(H2.class, s -> s.withClasses("perk-title")).getText()).isEqualTo("Soirée à Grasse");

        _click(view.claim);

        assertThat(_get(Span.class, s -> s.withClasses("perk-status")).getText())
                .isEqualTo("Confirmed");
        assertThat(view.cancel.getText()).isEqualTo("Cancel my place");
        Anchor calendar = _get(Anchor.class, s -> s.withClasses("perk-calendar"));
        String ics = new String(DownloadKt._download(calendar), StandardCharsets.UTF_8);
        assertThat(ics).contains("BEGIN:VCALENDAR").contains("Soirée à Grasse");
        assertThat(_find(Span.class, s -> s.withClasses("perk-cancel-until"))).hasSize(1);
    }

    @Test
    void claimingAnEarlyAccessRevealsTheLinkAndTheCodeWithACopyButton() {
        long preview = fixtures.sharedEarlyAccess(manager, "Winter preview", "LUM-2026", PerkRules.open(), null);
        signIn(member);
        UI.getCurrent().navigate("perks/" + preview);
        assertThat(_find(Span.class, s -> s.withClasses("perk-code"))).isEmpty();
        PerkDetailView view = _get(PerkDetailView.class);
        assertThat(view.claim.getText()).isEqualTo("Claim it");

        _click(view.claim);

        assertThat(_get(Span.class, s -> s.withClasses("perk-code")).getText()).isEqualTo("LUM-2026");
        Anchor link = _get(Anchor.class, s -> s.withClasses("perk-access-link"));
        assertThat(link.getHref()).isEqualTo("https://shop.example/preview");
        assertThat(link.getElement().getAttribute("rel")).contains("noopener");
        _click(_get(Button.class, s -> s.withClasses("perk-copy")));
        assertThat(_find(PerkDetailView.class)).hasSize(1);
    }

    @Test
    void aLockedPerkShowsWhatUnlocksItAndOffersNoClaim() {
        long ambassadors = fixtures.sharedEarlyAccess(
                manager, "Ambassador preview", "AMB-1", new PerkRules(null, true, Set.of(), Map.of()), null);
        signIn(member);
        UI.getCurrent().navigate("perks/" + ambassadors);
        assertThat(MyPerksViewTest.text(_get(PerkDetailView.class), "perk-lock"))
                .isEqualTo("Ambassadors only");
        assertThat(_get(PerkDetailView.class).actions.getChildren()).isEmpty();
    }

    @Test
    void whenTheEventIsFullTheMemberJoinsTheWaitlistAndSeesTheirPosition() {
        long soiree = fixtures.eventInDays(manager, "Petit comité", 1, 5);
        AuthenticatedUser first = data.person(tenant, Role.MEMBER, "first@perks.example");
        ActingAs.person(first, () -> memberPerks.claim(soiree));
        signIn(member);
        UI.getCurrent().navigate("perks/" + soiree);
        PerkDetailView view = _get(PerkDetailView.class);
        assertThat(view.claim.getText()).isEqualTo("Join the waitlist");

        _click(view.claim);

        assertThat(_get(Span.class, s -> s.withClasses("perk-status")).getText())
                .isEqualTo("Waitlist: position 1");
        assertThat(view.cancel.getText()).isEqualTo("Leave the waitlist");
        assertThat(_find(Anchor.class, s -> s.withClasses("perk-calendar"))).isEmpty();
    }

    @Test
    void aMemberCancelsTheirSeatAfterConfirmingAndMayClaimAgain() {
        long soiree = fixtures.eventInDays(manager, "Soirée à Grasse", 10, 5);
        signIn(member);
        memberPerks.claim(soiree);
        UI.getCurrent().navigate("perks/" + soiree);
        PerkDetailView view = _get(PerkDetailView.class);

        _click(view.cancel);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Cancel “Soirée à Grasse”?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(_find(Span.class, s -> s.withClasses("perk-status"))).isEmpty();
        assertThat(view.claim.getText()).isEqualTo("Claim my seat");
        assertThat(memberPerks.find(soiree).orElseThrow().claim()).isNull();
    }

    @Test
    void aTooShortMotivationIsRefusedAtTheFieldAndWhatWasTypedStays() {
        long design = fixtures.publish(manager, PerksFixtures.coCreationForm("Design the balm", 3));
        signIn(member);
        UI.getCurrent().navigate("perks/" + design);
        PerkDetailView view = _get(PerkDetailView.class);

        view.motivation.setValue("Me!");
        assertThat(view.motivation.getHelperText()).isEqualTo("3 / 1,000 characters (at least 10)");
        _click(view.apply);

        assertThat(view.motivation.isInvalid()).isTrue();
        assertThat(view.motivation.getErrorMessage()).isNotBlank();
        assertThat(view.motivation.getValue()).isEqualTo("Me!");

        view.motivation.setValue("I have tested every balm since 2019 and keep notes.");
        _click(view.apply);
        assertThat(_get(Span.class, s -> s.withClasses("perk-status")).getText())
                .isEqualTo("Application sent");
        assertThat(view.cancel.getText()).isEqualTo("Withdraw my application");
    }

    @Test
    void gatedContentOpensForAnEligibleMemberAndIsNotFoundByDirectUrlForOthers() {
        long gold = fixtures.publish(
                manager,
                PerksFixtures.contentForm(
                        "Gold secrets",
                        "# Behind the scenes\n\nOnly for **Gold**.",
                        new PerkRules(3, false, Set.of(), Map.of())));
        signIn(member);
        UI.getCurrent().navigate("perks/" + gold);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);

        AuthenticatedUser golden = data.person(tenant, Role.MEMBER, "gold@perks.example");
        for (int i = 0; i < 20; i++) {
            engagement.record(tenant.id(), golden.accountId(), EngagementAction.POSTED, "post:" + i, "");
        }
        signIn(golden);
        UI.getCurrent().navigate("perks/" + gold);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(PerkDetailView.class);
        assertThat(_get(MarkdownView.class).getElement().getOuterHTML()).contains("Behind the scenes");
        Anchor video = _get(Anchor.class, s -> s.withClasses("perk-video"));
        assertThat(video.getHref()).isEqualTo("https://video.example.test/watch");
        assertThat(video.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void unknownDraftAndOtherTenantsPerksAreNotFoundAndManagersHaveNoMemberPage() {
        long soiree = fixtures.eventInDays(manager, "Soirée à Grasse", 10, 5);
        long draft = fixtures.create(manager, PerksFixtures.coCreationForm("Secret draft", 3), false);
        TenantSummary other = data.tenant("other");
        AuthenticatedUser stranger = data.person(other, Role.MEMBER, "bea@other.example");

        signIn(member);
        for (String path : new String[] {"perks/" + draft, "perks/999999999", "perks/not-a-number"}) {
            UI.getCurrent().navigate(path);
            assertThat(UI.getCurrent().getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
        }
        signIn(stranger);
        UI.getCurrent().navigate("perks/" + soiree);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        signIn(manager);
        UI.getCurrent().navigate("perks/" + soiree);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void thePerkPageSpeaksFrench() {
        long soiree = fixtures.eventInDays(manager, "Soirée à Grasse", 10, 5);
        signIn(member);
        useLocale(Locale.FRENCH);
        UI.getCurrent().navigate("perks/" + soiree);
        PerkDetailView view = _get(PerkDetailView.class);
        assertThat(view.claim.getText()).isEqualTo("Réserver ma place");
        _click(view.claim);
        assertThat(_get(Span.class, s -> s.withClasses("perk-status")).getText())
                .isEqualTo("Confirmé");
        assertThat(_get(Anchor.class, s -> s.withClasses("perk-calendar")).getText())
                .isEqualTo("Ajouter à l’agenda");
        assertThat(view.cancel.getText()).isEqualTo("Annuler ma place");
    }

    @Test
    void thePreviewShowsTheCardAsAnEligibleMemberSeesItWithNothingToPress() {
        long soiree = fixtures.eventInDays(manager, "Soirée à Grasse", 10, 5);
        signIn(manager);
        PerkCardView preview = PerkCardView.preview(catalogue.view(soiree).orElseThrow());
        UI.getCurrent().add(preview);
        assertThat(MyPerksViewTest.text(preview, "perk-places")).isEqualTo("10 places left");
        assertThat(preview.open.isEnabled()).isFalse();
        assertThat(_find(preview, com.vaadin.flow.router.RouterLink.class)).isEmpty();
        assertThat(_find(preview, com.vaadin.flow.component.html.Div.class, s -> s.withClasses("perk-lock")))
                .isEmpty();
    }
}
