package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.reassurance.ReviewStatistics;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.shared.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Review figures for brand managers: average and distribution of published ratings, reviews
 * received per month over the last 12 months, and counts by status and by refusal criterion.
 * Bars are plain elements sized on the server (no chart library, no HTML from data).
 */
@Route("reviews/statistics")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "reviews.statistics.title", order = 41, icon = "vaadin:chart")
class ReviewStatisticsView extends VerticalLayout implements HasDynamicTitle {

    final ReviewStatistics statistics;

    ReviewStatisticsView(ReviewService reviews) {
        this.statistics = reviews.statistics();
        addClassName("review-statistics-view");
        setMaxWidth("56rem");
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(2);
        FlexLayout figures = new FlexLayout(
                figure(
                        "reviews.statistics.average",
                        statistics.approvedCount() == 0
                                ? "–"
                                : getTranslation(
                                        "reviews.statistics.average.value", number.format(statistics.average()))),
                figure("reviews.statistics.approved", number.format(statistics.approvedCount())));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.addClassName(LumoUtility.Gap.MEDIUM);

        List<Row> ratings = new ArrayList<>();
        for (int i = 5; i >= 1; i--) {
            ratings.add(new Row(
                    getTranslation("reviews.rating.value", i),
                    statistics.distribution().get(i)));
        }
        List<Row> months = new ArrayList<>();
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", getLocale());
        statistics.perMonth().forEach(m -> months.add(new Row(monthFormat.format(m.month()), m.submitted())));
        List<Row> statuses = new ArrayList<>();
        for (ReviewStatus s : ReviewStatus.values()) {
            statuses.add(new Row(
                    getTranslation("reviews.status." + s.name()),
                    statistics.byStatus().get(s)));
        }
        List<Row> criteria = new ArrayList<>();
        for (Map.Entry<ReviewRefusalCriterion, Long> e :
                statistics.refusedByCriterion().entrySet()) {
            criteria.add(
                    new Row(getTranslation("reviews.criterion." + e.getKey().name()), e.getValue()));
        }
        add(
                new H2(getTranslation("reviews.statistics.title")),
                figures,
                new H3(getTranslation("reviews.statistics.distribution")),
                bars("distribution", "reviews.statistics.column.rating", ratings),
                new H3(getTranslation("reviews.statistics.per-month")),
                bars("months", "reviews.statistics.column.month", months),
                new H3(getTranslation("reviews.statistics.by-status")),
                bars("statuses", "reviews.statistics.column.status", statuses),
                new H3(getTranslation("reviews.statistics.by-criterion")),
                bars("criteria", "reviews.statistics.column.criterion", criteria));
    }

    record Row(String label, long count) {}

    private Component figure(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span shown = new Span(value);
        shown.addClassName("figure-value");
        shown.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.SEMIBOLD);
        Div box = new Div(label, new Div(shown));
        box.addClassNames(LumoUtility.BorderRadius.MEDIUM, "review-statistics-box");
        return box;
    }

    /** A small table whose count cell carries a bar proportional to the largest count. */
    private Component bars(String id, String headerKey, List<Row> rows) {
        long max = Math.max(1, rows.stream().mapToLong(Row::count).max().orElse(1));
        Div table = new Div();
        table.setId("stats-" + id);
        table.getElement().setAttribute("role", "table");
        table.getElement().setAttribute("aria-label", getTranslation(headerKey));
        table.setWidthFull();
        for (Row row : rows) {
            Span label = new Span(row.label());
            label.getElement().setAttribute("role", "rowheader");
            label.addClassNames("wrap-anywhere", "review-statistics-label");
            Div bar = new Div();
            bar.addClassName("review-statistics-bar");
            bar.getStyle().set("width", (row.count() * 100 / max) + "%");
            Div track = new Div(bar);
            track.addClassName(LumoUtility.Flex.AUTO);
            Span count = new Span(String.valueOf(row.count()));
            count.getElement().setAttribute("role", "cell");
            count.addClassName("stat-count");
            count.addClassNames(LumoUtility.TextAlignment.RIGHT, "review-statistics-count");
            Div line = new Div(label, track, count);
            line.getElement().setAttribute("role", "row");
            line.addClassNames(
                    LumoUtility.Display.FLEX,
                    LumoUtility.AlignItems.CENTER,
                    LumoUtility.Gap.SMALL,
                    "review-statistics-line");
            table.add(line);
        }
        return table;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.statistics.title");
    }
}
