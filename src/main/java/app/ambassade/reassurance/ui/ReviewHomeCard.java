package app.ambassade.reassurance.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.reassurance.ReviewFilter;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.HomeCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** The brand manager's home: how many reviews wait for moderation, with the way to the queue. */
@org.springframework.stereotype.Component
class ReviewHomeCard implements HomeCard {

    private final ReviewService reviews;

    ReviewHomeCard(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public Optional<Component> create() {
        boolean manager = AuthenticatedUser.current()
                .map(u -> Roles.BRAND_MANAGER.equals(u.role()))
                .orElse(false);
        if (!manager) {
            return Optional.empty();
        }
        long pending = reviews.count(new ReviewFilter(ReviewStatus.PENDING, null));
        Div card = new Div();
        card.addClassNames("card", "reviews-card");
        card.addClassName("narrow");
        Paragraph text = new Paragraph(card.getTranslation("reviews.home.pending", pending));
        text.setId("reviews-pending");
        Anchor queue = new Anchor(ReassuranceNavigation.moderation(), card.getTranslation("reviews.home.link"));
        card.add(new H3(card.getTranslation("reviews.home.title")), text, queue);
        return Optional.of(card);
    }

    @Override
    public int order() {
        return 40;
    }
}
