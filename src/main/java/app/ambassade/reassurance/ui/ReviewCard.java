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
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** One review shown as text (never as HTML): rating, title, text, dates, status and the brand's reply. */
class ReviewCard extends Div {

    final Paragraph text = new Paragraph();

    ReviewCard(ReviewRow review, boolean showStatus) {
        addClassName("review-card");
        addClassNames(LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Bottom.SMALL, "wrap-anywhere", "review-card");
        Span stars = stars(this, review.rating());
        H3 title = new H3();
        title.setText(review.title());
        title.addClassNames(
                LumoUtility.Margin.Vertical.XSMALL, LumoUtility.Margin.Horizontal.NONE, LumoUtility.FontSize.LARGE);
        text.setText(review.text());
        text.addClassNames(
                LumoUtility.Whitespace.PRE_LINE,
                LumoUtility.Margin.Vertical.XSMALL,
                LumoUtility.Margin.Horizontal.NONE);
        Span meta = new Span(getTranslation("reviews.experience-on", date(review.experienceDate(), getLocale())) + " · "
                + getTranslation("reviews.source." + review.source().name()));
        meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(stars, title, text, meta);
        if (showStatus) {
            Span status =
                    new Span(getTranslation("reviews.status." + review.status().name()));
            status.getElement()
                    .getThemeList()
                    .add(
                            switch (review.status()) {
                                case APPROVED -> "badge success";
                                case REFUSED -> "badge error";
                                case PENDING -> "badge";
                            });
            status.addClassName("review-status");
            Div line = new Div(
                    status,
                    new Span(" "
                            + getTranslation(
                                    "reviews.submitted-on",
                                    Formats.date(review.submittedAt(), getLocale(), ViewerZone.current()))));
            line.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Margin.Top.XSMALL);
            add(line);
            if (review.status() == ReviewStatus.REFUSED && review.refusalCriterion() != null) {
                Paragraph refusal = new Paragraph(getTranslation(
                        "reviews.refused-because",
                        getTranslation(
                                "reviews.criterion." + review.refusalCriterion().name()),
                        review.refusalReason()));
                refusal.addClassName("review-refusal");
                refusal.addClassNames(
                        LumoUtility.TextColor.ERROR,
                        LumoUtility.Margin.Vertical.XSMALL,
                        LumoUtility.Margin.Horizontal.NONE);
                add(refusal);
            }
        }
        if (review.reply() != null) {
            Div reply = new Div();
            reply.addClassName("review-reply");
            Span label = new Span(getTranslation("reviews.brand-reply"));
            label.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            Paragraph replyText = new Paragraph(review.reply());
            replyText.addClassNames(LumoUtility.Whitespace.PRE_LINE, LumoUtility.Margin.NONE);
            reply.add(label, replyText);
            reply.addClassNames(LumoUtility.Padding.Left.SMALL, LumoUtility.Margin.Top.SMALL, "review-card-reply");
            add(reply);
        }
    }

    static Span stars(Component owner, int rating) {
        Span stars = new Span("★".repeat(rating) + "☆".repeat(5 - rating));
        stars.getElement().setAttribute("aria-label", owner.getTranslation("reviews.rating.stars", rating));
        stars.getElement().setAttribute("role", "img");
        stars.addClassNames(LumoUtility.TextColor.PRIMARY, "review-card-stars");
        return stars;
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }
}
