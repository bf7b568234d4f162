package app.ambassade.engagement.ui;

import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.EngagementStatus;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.HomeCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import java.util.Set;

/** Members and ambassadors: their tier and the progress to the next one. */
@org.springframework.stereotype.Component
class EngagementHomeCard implements HomeCard {

    private static final Set<String> CONCERNED = Set.of(Roles.MEMBER, Roles.AMBASSADOR);

    private final EngagementService engagement;

    EngagementHomeCard(EngagementService engagement) {
        this.engagement = engagement;
    }

    @Override
    public Optional<Component> create() {
        boolean concerned = AuthenticatedUser.current()
                .map(u -> CONCERNED.contains(u.role()))
                .orElse(false);
        return concerned ? Optional.of(card(engagement.myStatus())) : Optional.empty();
    }

    private static Component card(EngagementStatus status) {
        Div card = new Div();
        card.addClassNames("card", "engagement-card");
        card.addClassName("narrow");
        card.add(new H3(card.getTranslation("engagement.card.title")));
        Span tier = new Span(EngagementTexts.tierName(card, status));
        tier.setId("engagement-card-tier");
        tier.addClassName("figure");
        tier.addClassNames(LumoUtility.Display.BLOCK, "wrap-anywhere");
        Span points = new Span(card.getTranslation("engagement.points", status.points()));
        points.setId("engagement-card-points");
        card.add(
                tier,
                points,
                EngagementTexts.progress(card, status),
                new Div(new Anchor(EngagementNavigation.myEngagement(), card.getTranslation("engagement.card.link"))));
        return card;
    }

    @Override
    public int order() {
        return 20;
    }
}
