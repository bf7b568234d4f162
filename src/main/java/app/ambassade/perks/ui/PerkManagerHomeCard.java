package app.ambassade.perks.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkStatus;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.HomeCard;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.Set;

/** The brand manager's home: how many perks are live and how the next event fills up. */
@org.springframework.stereotype.Component
class PerkManagerHomeCard implements HomeCard {

    private final PerkCatalogue catalogue;

    PerkManagerHomeCard(PerkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Optional<Component> create() {
        boolean manager = AuthenticatedUser.current()
                .map(u -> Roles.BRAND_MANAGER.equals(u.role()))
                .orElse(false);
        if (!manager) {
            return Optional.empty();
        }
        Div card = new Div();
        card.addClassNames("card", "perks-card");
        card.addClassName("narrow");
        Paragraph published = new Paragraph(
                card.getTranslation("perks.home.published", catalogue.count(Set.of(PerkStatus.PUBLISHED), null)));
        published.setId("perks-published");
        card.add(new H3(card.getTranslation("perks.home.title")), published);
        catalogue.nextEvent().ifPresent(event -> {
            Paragraph next = new Paragraph(card.getTranslation(
                    "perks.home.next-event",
                    event.title(),
                    Formats.dateTime(
                            event.startsAt(),
                            com.vaadin.flow.component.UI.getCurrent().getLocale(),
                            ViewerZone.current()),
                    event.taken(),
                    event.capacity()));
            next.setId("perks-next-event");
            card.add(next);
        });
        card.add(new Anchor(PerkNavigation.admin(), card.getTranslation("perks.home.link")));
        return Optional.of(card);
    }

    @Override
    public int order() {
        return 35;
    }
}
