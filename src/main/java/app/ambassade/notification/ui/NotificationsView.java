package app.ambassade.notification.ui;

import app.ambassade.identity.PeopleDirectory;
import app.ambassade.identity.PersonName;
import app.ambassade.notification.NotificationItem;
import app.ambassade.notification.NotificationService;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;

/** The signed-in person's notifications, newest first, paged; open one or mark one or all read. */
@Route("notifications")
@Menu(title = "notification.title", order = 15, icon = "vaadin:bell")
@RolesAllowed({Roles.MEMBER, Roles.AMBASSADOR, Roles.BRAND_MANAGER})
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    /** A notification with its actor's name, looked up for the whole page at once. */
    record Row(NotificationItem item, String actorName) {}

    private final NotificationService notifications;
    private final PeopleDirectory people;
    private final NotificationTargets targets;
    final Grid<Row> grid = new Grid<>();
    final Button markAll = new Button();

    NotificationsView(NotificationService notifications, PeopleDirectory people, NotificationTargets targets) {
        this.notifications = notifications;
        this.people = people;
        this.targets = targets;
        addClassName("notifications-view");
        setSizeFull();
        setMaxWidth("48rem");

        markAll.setText(getTranslation("notification.mark-all"));
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            changed();
        });
        HorizontalLayout bar = new HorizontalLayout(markAll);
        bar.setWidthFull();
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);

        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(20);
        grid.addComponentColumn(this::card).setKey("notification");
        grid.setItems(query -> page(query.getPage(), query.getPageSize()).stream(), query ->
                (int) notifications.mine(PageRequest.of(0, 1)).getTotalElements());
        Div empty = new Div(new Paragraph(getTranslation("notification.empty")));
        empty.addClassName("empty-state");
        grid.setEmptyStateComponent(empty);
        add(bar, grid);
        expand(grid);
    }

    List<Row> page(int page, int size) {
        List<NotificationItem> items =
                notifications.mine(PageRequest.of(page, size)).getContent();
        List<Long> actors = items.stream()
                .map(NotificationItem::actorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, PersonName> names = people.names(actors);
        return items.stream()
                .map(i -> new Row(
                        i,
                        i.actorId() == null || !names.containsKey(i.actorId())
                                ? null
                                : names.get(i.actorId()).displayName()))
                .toList();
    }

    private Component card(Row row) {
        NotificationItem item = row.item();
        Span text = new Span(NotificationTexts.text(this, item, row.actorName()));
        text.addClassName("notification-text");
        text.addClassNames(
                item.read() ? LumoUtility.FontWeight.NORMAL : LumoUtility.FontWeight.SEMIBOLD, "wrap-anywhere");
        Span when = new Span(Formats.dateTime(item.createdAt(), getLocale(), ViewerZone.current()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        VerticalLayout body = new VerticalLayout(text, when);
        body.setPadding(false);
        body.setSpacing(false);
        HorizontalLayout line = new HorizontalLayout(body);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.expand(body);
        if (item.target() != null) {
            Button open = new Button(getTranslation("notification.open"), e -> open(item));
            open.addClassName("notification-open");
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(open);
        }
        if (!item.read()) {
            Button read = new Button(getTranslation("notification.mark-read"), e -> {
                notifications.markRead(item.id());
                changed();
            });
            read.addClassName("notification-mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            line.add(read);
        }
        return line;
    }

    /** The target is resolved now, for the reader as they are now: gone or not theirs, it does not open. */
    private void open(NotificationItem item) {
        notifications.markRead(item.id());
        changed();
        targets.location(item.target())
                .ifPresentOrElse(
                        location -> UI.getCurrent().navigate(location),
                        () -> Notifications.error(this, "notification.gone"));
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        ComponentUtil.fireEvent(UI.getCurrent(), new UnreadChanged(UI.getCurrent()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
