package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.ReviewRow;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** One review shown as text (never as HTML): rating, title, text, dates, status and the brand's reply. */
class ReviewCard extends Div {

    final Paragraph text = new Paragraph();

    ReviewCard(ReviewRow review, boolean showStatus) {
        addClassName("review-card");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("overflow-wrap", "anywhere");
        Span stars = stars(this, review.rating());
        H3 title = new H3();
        title.setText(review.title());
        title.getStyle().set("margin", "var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-l)");
        text.setText(review.text());
        text.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0");
        Span meta = new Span(getTranslation("reviews.experience-on", date(review.experienceDate(), getLocale()))
                + " · " + getTranslation("reviews.source." + review.source().name()));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(stars, title, text, meta);
        if (showStatus) {
            Span status = new Span(getTranslation("reviews.status." + review.status().name()));
            status.getElement().getThemeList().add(switch (review.status()) {
                case APPROVED -> "badge success";
                case REFUSED -> "badge error";
                case PENDING -> "badge";
            });
            status.addClassName("review-status");
            Div line = new Div(status, new Span(" " + getTranslation("reviews.submitted-on",
                    Formats.date(review.submittedAt(), getLocale(), ViewerZone.current()))));
            line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("margin-top", "var(--lumo-space-xs)");
            add(line);
            if (review.status() == ReviewStatus.REFUSED && review.refusalCriterion() != null) {
                Paragraph refusal = new Paragraph(getTranslation("reviews.refused-because",
                        getTranslation("reviews.criterion." + review.refusalCriterion().name()), review.refusalReason()));
                refusal.addClassName("review-refusal");
                refusal.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "var(--lumo-space-xs) 0");
                add(refusal);
            }
        }
        if (review.reply() != null) {
            Div reply = new Div();
            reply.addClassName("review-reply");
            Span label = new Span(getTranslation("reviews.brand-reply"));
            label.getStyle().set("font-weight", "600");
            Paragraph replyText = new Paragraph(review.reply());
            replyText.getStyle().set("white-space", "pre-line").set("margin", "0");
            reply.add(label, replyText);
            reply.getStyle().set("border-left", "3px solid var(--lumo-primary-color)")
                    .set("padding-left", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-s)");
            add(reply);
        }
    }

    static Span stars(Component owner, int rating) {
        Span stars = new Span("★".repeat(rating) + "☆".repeat(5 - rating));
        stars.getElement().setAttribute("aria-label", owner.getTranslation("reviews.rating.stars", rating));
        stars.getElement().setAttribute("role", "img");
        stars.getStyle().set("color", "var(--lumo-primary-text-color)").set("letter-spacing", "2px");
        return stars;
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
