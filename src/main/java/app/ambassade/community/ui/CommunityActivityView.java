package app.ambassade.community.ui;

import app.ambassade.community.CommunityActivityStats;
import app.ambassade.community.CommunityNotFoundException;
import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunitySummary;
import app.ambassade.community.MemberRow;
import app.ambassade.community.MembershipStatus;
import app.ambassade.community.ModerationService;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.RouteIds;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * A community's engagement for managers: members, posts and comments per week over eight weeks (bars
 * drawn with plain elements), the most active members, and the member list (lazy, filtered, CSV export).
 */
@Route("manage/communities/:id/engagement")
@RolesAllowed(Roles.BRAND_MANAGER)
class CommunityActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunityService communities;
    private final ModerationService moderation;
    private CommunitySummary community;

    final Grid<MemberRow> members = new Grid<>();
    final Select<MembershipStatus> status = new Select<>();
    Anchor export;

    CommunityActivityView(CommunityService communities, ModerationService moderation) {
        this.communities = communities;
        this.moderation = moderation;
        addClassName("engagement-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CommunitySummary> found =
                RouteIds.of(event, CommunityNavigation.ID).flatMap(communities::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        community = found.get();
        build();
    }

    private void build() {
        removeAll();
        CommunityActivityStats stats;
        try {
            stats = moderation.engagement(community.id());
        } catch (CommunityNotFoundException e) {
            return;
        }
        add(new H2(getTranslation("community.activity.title", community.name())));
        Span count = new Span(getTranslation("community.activity.members", stats.members(), stats.pendingRequests()));
        count.setId("engagement-members");
        add(count, new H3(getTranslation("community.activity.weekly")), weeks(stats));
        add(new H3(getTranslation("community.activity.most-active")));
        if (stats.mostActive().isEmpty()) {
            add(new Span(getTranslation("community.activity.nobody")));
        }
        stats.mostActive()
                .forEach(a -> add(new Div(new Span(
                        getTranslation("community.activity.active-line", a.name(), a.posts(), a.comments())))));
        add(new H3(getTranslation("community.activity.member-list")), toolbar(), memberGrid());
    }

    private Component weeks(CommunityActivityStats stats) {
        long max = Math.max(
                1,
                stats.weeks().stream()
                        .mapToLong(w -> Math.max(w.posts(), w.comments()))
                        .max()
                        .orElse(1));
        Div table = new Div();
        table.addClassName("weekly-activity");
        table.setWidthFull();
        table.addClassName("narrow");
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        for (CommunityActivityStats.Week w : stats.weeks()) {
            Div row = new Div();
            row.addClassName("week");
            row.addClassNames(
                    LumoUtility.Display.GRID,
                    LumoUtility.Gap.XSMALL,
                    LumoUtility.AlignItems.CENTER,
                    LumoUtility.Margin.Bottom.XSMALL,
                    "community-activity-row");
            Div bars = new Div(
                    bar(
                            w.posts(),
                            max,
                            "var(--lumo-primary-color)",
                            getTranslation("community.activity.posts", w.posts())),
                    bar(
                            w.comments(),
                            max,
                            "var(--lumo-success-color)",
                            getTranslation("community.activity.comments", w.comments())));
            row.add(new Span(format.format(w.start())), bars);
            table.add(row);
        }
        return table;
    }

    private static Component bar(long value, long max, String color, String label) {
        Div fill = new Div();
        fill.addClassName("community-activity-bar");
        fill.getStyle()
                .set("background", color)
                .set("width", (value * 100 / max) + "%")
                .set("min-width", value > 0 ? "2px" : "0");
        Span text = new Span(label);
        text.addClassName(LumoUtility.FontSize.XSMALL);
        return new Div(fill, text);
    }

    private Component toolbar() {
        status.setLabel(getTranslation("community.activity.status"));
        status.setItems(MembershipStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("community.activity.all-statuses"));
        status.setItemLabelGenerator(s -> s == null
                ? getTranslation("community.activity.all-statuses")
                : getTranslation("community.status." + s.name()));
        status.addValueChangeListener(e -> members.getDataProvider().refreshAll());
        long id = community.id();
        DownloadHandler csv = event -> {
            event.setFileName("community-" + id + "-members.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                moderation.exportMembers(id, status.getValue(), out);
            }
        };
        export = new Anchor(csv, getTranslation("community.activity.export"));
        export.setId("export-members");
        HorizontalLayout bar = new HorizontalLayout(status, export);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private Component memberGrid() {
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.addColumn(MemberRow::name)
                .setKey("name")
                .setHeader(getTranslation("community.activity.name"))
                .setFlexGrow(1);
        members.addColumn(m -> getTranslation("community.status." + m.status().name()))
                .setKey("status")
                .setHeader(getTranslation("community.activity.status"))
                .setAutoWidth(true);
        members.addColumn(
                        m -> m.joinedAt() == null ? "" : Formats.date(m.joinedAt(), getLocale(), ViewerZone.current()))
                .setKey("joined")
                .setHeader(getTranslation("community.activity.joined"))
                .setAutoWidth(true);
        members.addColumn(MemberRow::posts)
                .setKey("posts")
                .setHeader(getTranslation("community.activity.posts-column"))
                .setAutoWidth(true);
        members.addColumn(MemberRow::comments)
                .setKey("comments")
                .setHeader(getTranslation("community.activity.comments-column"))
                .setAutoWidth(true);
        members.addColumn(m -> m.mutedUntil() == null
                        ? ""
                        : Formats.dateTime(m.mutedUntil(), getLocale(), ViewerZone.current()))
                .setKey("muted")
                .setHeader(getTranslation("community.activity.muted-until"))
                .setAutoWidth(true);
        long id = community.id();
        members.setItems(
                query ->
                        moderation
                                .members(id, status.getValue(), PageRequest.of(query.getPage(), query.getPageSize()))
                                .stream(),
                query -> (int) moderation.countMembers(id, status.getValue()));
        members.setMinHeight("20rem");
        return members;
    }

    @Override
    public String getPageTitle() {
        return community == null
                ? getTranslation("community.admin.title")
                : getTranslation("community.activity.title", community.name());
    }
}
