package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewRow;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.RouteIds;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;

/**
 * One review for a brand manager: read it (as text), approve it, or refuse it under a published
 * criterion with a reason the author is told; once published, write or edit the brand's one reply.
 * A review of another tenant is simply not found.
 */
@Route("reviews/moderation/review")
@RolesAllowed(Roles.BRAND_MANAGER)
class ReviewDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ReviewService reviews;

    final VerticalLayout content = new VerticalLayout();
    final Button approve = new Button();
    final Select<ReviewRefusalCriterion> criterion = new Select<>();
    final TextArea reason = new TextArea();
    final Button refuse = new Button();
    final TextArea reply = new TextArea();
    final Button saveReply = new Button();
    private long reviewId;

    ReviewDetailView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("review-detail-view");
        setMaxWidth("48rem");
        content.setPadding(false);
        approve.setText(getTranslation("reviews.detail.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> approve());
        criterion.setLabel(getTranslation("reviews.detail.refuse.criterion"));
        criterion.setItems(ReviewRefusalCriterion.values());
        criterion.setItemLabelGenerator(c -> c == null ? "" : getTranslation("reviews.criterion." + c.name()));
        criterion.setWidthFull();
        criterion.addValueChangeListener(e -> criterion.setHelperText(
                e.getValue() == null
                        ? null
                        : getTranslation("reviews.criterion." + e.getValue().name() + ".description")));
        reason.setLabel(getTranslation("reviews.detail.refuse.reason"));
        reason.setMaxLength(ReviewService.REASON_MAX);
        reason.setWidthFull();
        refuse.setText(getTranslation("reviews.detail.refuse"));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClickListener(e -> refuse());
        reply.setLabel(getTranslation("reviews.detail.reply.field"));
        reply.setMaxLength(ReviewService.REPLY_MAX);
        reply.setWidthFull();
        saveReply.addClickListener(e -> saveReply());
        add(
                new RouterLink(getTranslation("reviews.detail.back"), ReviewModerationView.class),
                new H2(getTranslation("reviews.detail.title")),
                content);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Optional<Long> found =
                RouteIds.parse(id).filter(review -> reviews.find(review).isPresent());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        reviewId = found.get();
        render();
    }

    private void render() {
        content.removeAll();
        ReviewRow review = reviews.find(reviewId).orElse(null);
        if (review == null) {
            content.add(new Paragraph(getTranslation("reviews.detail.not-found")));
            return;
        }
        content.add(new Paragraph(getTranslation(
                "reviews.detail.author",
                review.authorName(),
                getTranslation("reviews.source." + review.source().name()))));
        content.add(new ReviewCard(review, true));
        if (review.status() == ReviewStatus.PENDING) {
            H3 refuseTitle = new H3(getTranslation("reviews.detail.refuse.title"));
            content.add(approve, refuseTitle, criterion, reason, refuse);
        } else if (review.status() == ReviewStatus.APPROVED) {
            if (reply.isEmpty() && review.reply() != null) {
                reply.setValue(review.reply());
            }
            saveReply.setText(
                    getTranslation(review.reply() == null ? "reviews.detail.reply.save" : "reviews.detail.reply.edit"));
            content.add(new H3(getTranslation("reviews.detail.reply.title")), reply, saveReply);
        } else {
            content.add(new Paragraph(getTranslation("reviews.detail.reply.only-approved")));
        }
    }

    void approve() {
        try {
            reviews.approve(reviewId);
            Notifications.success(this, "reviews.detail.approved");
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of());
        }
        render();
    }

    void refuse() {
        Map<String, HasValidation> fields = Map.of("criterion", criterion, "reason", reason);
        try {
            reviews.refuse(reviewId, criterion.getValue(), reason.getValue());
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
            return;
        }
        FieldErrors.clear(fields);
        Notifications.success(this, "reviews.detail.refused");
        render();
    }

    void saveReply() {
        try {
            reviews.reply(reviewId, reply.getValue());
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("reply", reply));
            return;
        }
        FieldErrors.clear(Map.of("reply", reply));
        Notifications.success(this, "reviews.detail.reply.saved");
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.detail.title");
    }
}
