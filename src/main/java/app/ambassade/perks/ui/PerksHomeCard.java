package app.ambassade.perks.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.PerkCard;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.HomeCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/** Home, for members and ambassadors: my next confirmed event and how many perks are open to me. */
@org.springframework.stereotype.Component
class PerksHomeCard implements HomeCard {

    private static final Set<String> CONCERNED = Set.of(Roles.MEMBER, Roles.AMBASSADOR);

    private final MemberPerks perks;
    private final Clock clock;

    PerksHomeCard(MemberPerks perks, Clock clock) {
        this.perks = perks;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        boolean concerned = AuthenticatedUser.current()
                .map(u -> CONCERNED.contains(u.role()))
                .orElse(false);
        if (!concerned) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<PerkCard> next = perks.mine().stream()
                .filter(c -> c.claim() != null
                        && c.claim().status() == ClaimStatus.CONFIRMED
                        && c.perk().event() != null
                        && c.perk().event().startsAt().isAfter(now))
                .min(Comparator.comparing(c -> c.perk().event().startsAt()));
        long open = perks.browse(null).stream()
                .filter(c -> c.eligibility().eligible() && !PerkTexts.active(c.claim()))
                .count();
        Div card = new Div();
        card.addClassNames("card", "perks-home-card");
        card.addClassNames("narrow", "wrap-anywhere");
        card.add(new H3(card.getTranslation("perk-member.home.title")));
        next.ifPresent(c -> {
            Div event = new Div(
                    new Span(card.getTranslation("perk-member.home.next")),
                    new RouterLink(
                            c.perk().title(),
                            PerkDetailView.class,
                            PerkNavigation.id(c.perk().id())));
            event.setId("perks-home-next");
            event.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN);
            Span when = new Span(PerkTexts.eventWhen(card, c.perk().event()));
            when.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            event.add(when);
            card.add(event);
        });
        Span available = new Span(card.getTranslation("perk-member.home.available", open));
        available.setId("perks-home-available");
        available.addClassNames(
                LumoUtility.Display.BLOCK, LumoUtility.Margin.Vertical.SMALL, LumoUtility.Margin.Horizontal.NONE);
        card.add(available, new RouterLink(card.getTranslation("perk-member.home.link"), MyPerksView.class));
        return Optional.of(card);
    }

    @Override
    public int order() {
        return 25;
    }
}
