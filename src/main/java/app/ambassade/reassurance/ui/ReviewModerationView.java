package app.ambassade.reassurance.ui;

import app.ambassade.reassurance.ReviewFilter;
import app.ambassade.reassurance.ReviewRow;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The moderation queue: every review of the brand in a lazy grid that pages, sorts and filters in
 * the database (pending first by default); a click opens the review to approve, refuse or reply.
 */
@Route("reviews/moderation")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "reviews.moderation.title", order = 40, icon = "vaadin:star")
class ReviewModerationView extends VerticalLayout implements HasDynamicTitle {

    private final ReviewService reviews;

    final Grid<ReviewRow> grid = new Grid<>();
    final Select<ReviewStatus> statusFilter = new Select<>();
    final Select<Integer> ratingFilter = new Select<>();

    ReviewModerationView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("review-moderation-view");
        setSizeFull();
        statusFilter.setLabel(getTranslation("reviews.moderation.filter.status"));
        statusFilter.setItems(ReviewStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("reviews.moderation.filter.all-statuses"));
        statusFilter.setItemLabelGenerator(s -> s == null
                ? getTranslation("reviews.moderation.filter.all-statuses")
                : getTranslation("reviews.status." + s.name()));
        statusFilter.setValue(ReviewStatus.PENDING);
        statusFilter.addValueChangeListener(e -> refresh());
        ratingFilter.setLabel(getTranslation("reviews.moderation.filter.rating"));
        ratingFilter.setItems(1, 2, 3, 4, 5);
        ratingFilter.setEmptySelectionAllowed(true);
        ratingFilter.setEmptySelectionCaption(getTranslation("reviews.moderation.filter.all-ratings"));
        ratingFilter.setItemLabelGenerator(n -> n == null
                ? getTranslation("reviews.moderation.filter.all-ratings")
                : getTranslation("reviews.rating.value", n));
        ratingFilter.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(statusFilter, ratingFilter);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new H2(getTranslation("reviews.moderation.title")), filters, grid);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt(), getLocale(), ViewerZone.current()))
                .setKey("submitted")
                .setHeader(getTranslation("reviews.column.submitted"))
                .setSortProperty("submittedAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(r -> ReviewCard.stars(this, r.rating()))
                .setKey("rating")
                .setHeader(getTranslation("reviews.column.rating"))
                .setSortProperty("rating")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReviewRow::title)
                .setKey("title")
                .setHeader(getTranslation("reviews.column.title"))
                .setSortProperty("title")
                .setFlexGrow(1);
        grid.addColumn(ReviewRow::authorName)
                .setKey("author")
                .setHeader(getTranslation("reviews.column.author"))
                .setAutoWidth(true);
        grid.addComponentColumn(r ->
                        new Span(getTranslation("reviews.status." + r.status().name())))
                .setKey("status")
                .setHeader(getTranslation("reviews.column.status"))
                .setSortProperty("status")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("reviews.moderation.empty"));
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    void open(ReviewRow row) {
        ReassuranceNavigation.navigateToReview(row.id());
    }

    private void refresh() {
        ReviewFilter filter = new ReviewFilter(statusFilter.getValue(), ratingFilter.getValue());
        grid.setItems(
                query -> {
                    List<Sort.Order> orders = query.getSortOrders().stream()
                            .map(o -> o.getDirection() == com.vaadin.flow.data.provider.SortDirection.ASCENDING
                                    ? Sort.Order.asc(o.getSorted())
                                    : Sort.Order.desc(o.getSorted()))
                            .toList();
                    Sort sort =
                            orders.isEmpty() ? Sort.unsorted() : Sort.by(orders).and(Sort.by(Sort.Order.desc("id")));
                    return reviews.queue(filter, PageRequest.of(query.getPage(), query.getPageSize(), sort)).stream();
                },
                query -> (int) reviews.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.moderation.title");
    }
}
