package app.ambassade.identity.ui;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.InvitationService;
import app.ambassade.identity.PeopleFilter;
import app.ambassade.identity.PersonRow;
import app.ambassade.identity.Role;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ResponsiveColumns;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The brand's people: a dense grid that pages, sorts and filters in the database, with the
 * manager's actions on each row (role, deactivation, invitations). A manager's own row has no
 * actions: the service refuses them anyway, so they are not offered.
 */
@Route("people")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "people.title", order = 10, icon = "vaadin:users")
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final InvitationService invitations;
    private final long myId;

    final Grid<PersonRow> grid = new Grid<>();
    final Select<Role> roleFilter = new Select<>();
    final Select<AccountStatus> statusFilter = new Select<>();
    final TextField search = new TextField();
    final Button inviteButton = new Button();
    private final Paragraph emptyText = new Paragraph();

    PeopleView(AccountService accounts, InvitationService invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.myId = AuthenticatedUser.require().accountId();
        addClassName("people-view");
        setSizeFull();
        configureFilters();
        configureGrid();
        add(toolbar(), grid);
        expand(grid);
        updateEmptyState();
    }

    private Component toolbar() {
        inviteButton.setText(getTranslation("people.invite"));
        inviteButton.setIcon(VaadinIcon.ENVELOPE_O.create());
        inviteButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteButton.addClickListener(e -> openInviteDialog());
        HorizontalLayout toolbar = new HorizontalLayout(search, roleFilter, statusFilter, inviteButton);
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("people-toolbar");
        inviteButton.addClassName(LumoUtility.Margin.Left.AUTO);
        // Fields share the row and wrap on phones: search on its own line, the two selects side by side.
        search.addClassName("people-search");
        roleFilter.addClassName("people-role-filter");
        statusFilter.addClassName("people-status-filter");
        return toolbar;
    }

    private void configureFilters() {
        search.setLabel(getTranslation("people.filter.search"));
        search.setPlaceholder(getTranslation("people.filter.search-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(254);
        search.addValueChangeListener(e -> refresh());

        roleFilter.setLabel(getTranslation("people.filter.role"));
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("people.filter.all-roles"));
        roleFilter.setItemLabelGenerator(
                r -> r == null ? getTranslation("people.filter.all-roles") : getTranslation("role." + r.name()));
        roleFilter.addValueChangeListener(e -> refresh());

        statusFilter.setLabel(getTranslation("people.filter.status"));
        statusFilter.setItems(AccountStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("people.filter.all-statuses"));
        statusFilter.setItemLabelGenerator(s ->
                s == null ? getTranslation("people.filter.all-statuses") : getTranslation("people.status." + s.name()));
        statusFilter.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        Grid.Column<PersonRow> name = grid.addColumn(this::nameOf)
                .setKey("name")
                .setHeader(getTranslation("people.column.name"))
                .setSortProperty("displayName")
                .setAutoWidth(true)
                .setFlexGrow(1);
        Grid.Column<PersonRow> email = grid.addColumn(PersonRow::email)
                .setKey("email")
                .setHeader(getTranslation("people.column.email"))
                .setSortProperty("email")
                .setAutoWidth(true)
                .setFlexGrow(1);
        Grid.Column<PersonRow> role = grid.addColumn(
                        p -> getTranslation("role." + p.role().name()))
                .setKey("role")
                .setHeader(getTranslation("people.column.role"))
                .setSortProperty("role")
                .setAutoWidth(true);
        Grid.Column<PersonRow> status = grid.addComponentColumn(this::statusBadge)
                .setKey("status")
                .setHeader(getTranslation("people.column.status"))
                .setSortProperty("status")
                .setAutoWidth(true);
        Grid.Column<PersonRow> joined = grid.addColumn(
                        p -> Formats.date(p.createdAt(), getLocale(), ViewerZone.current()))
                .setKey("joined")
                .setHeader(getTranslation("people.column.joined"))
                .setSortProperty("createdAt")
                .setAutoWidth(true);
        Grid.Column<PersonRow> lastLogin = grid.addColumn(this::lastLoginOf)
                .setKey("lastLogin")
                .setHeader(getTranslation("people.column.last-login"))
                .setSortProperty("lastLoginAt")
                .setAutoWidth(true);
        Grid.Column<PersonRow> summary = grid.addComponentColumn(this::summary)
                .setKey("summary")
                .setHeader(getTranslation("people.column.person"))
                .setSortProperty("displayName")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("people.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ResponsiveColumns.install(this, summary, List.of(name, email, role, status, joined, lastLogin));
        grid.setItemsPageable(
                pageable -> accounts.people(filter(), withStableOrder(pageable)),
                pageable -> accounts.countPeople(filter()));

        Button inviteFromEmpty = new Button(getTranslation("people.invite"), e -> openInviteDialog());
        inviteFromEmpty.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div empty = new Div(emptyText, inviteFromEmpty);
        empty.addClassName("empty-state");
        grid.setEmptyStateComponent(empty);
    }

    /**
     * Newest first unless the manager sorts; the id breaks ties so that pages never overlap. The id goes
     * the way of the first order, so that the default order is one index read backwards (tenant, creation,
     * id) rather than a sort of every person of the brand.
     */
    static Pageable withStableOrder(Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by(Sort.Direction.DESC, "createdAt");
        Sort.Direction direction = sort.iterator().next().getDirection();
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by(direction, "id")));
    }

    PeopleFilter filter() {
        return new PeopleFilter(roleFilter.getValue(), statusFilter.getValue(), search.getValue());
    }

    private void refresh() {
        updateEmptyState();
        grid.getDataProvider().refreshAll();
    }

    private void updateEmptyState() {
        boolean filtered = roleFilter.getValue() != null
                || statusFilter.getValue() != null
                || !search.getValue().isBlank();
        emptyText.setText(getTranslation(filtered ? "people.empty.filtered" : "people.empty.none"));
    }

    private String nameOf(PersonRow p) {
        String name = p.displayName() == null || p.displayName().isBlank()
                ? getTranslation("people.name-not-chosen")
                : p.displayName();
        return p.id() == myId ? getTranslation("people.name-you", name) : name;
    }

    private String labelOf(PersonRow p) {
        return p.displayName() == null || p.displayName().isBlank() ? p.email() : p.displayName();
    }

    private String lastLoginOf(PersonRow p) {
        return p.lastLoginAt() == null
                ? getTranslation("people.never")
                : Formats.dateTime(p.lastLoginAt(), getLocale(), ViewerZone.current());
    }

    Span statusBadge(PersonRow p) {
        Span badge = new Span(getTranslation("people.status." + p.status().name()));
        badge.getElement().getThemeList().add("badge");
        badge.getElement()
                .getThemeList()
                .add(
                        switch (p.status()) {
                            case ACTIVE -> "success";
                            case DEACTIVATED -> "error";
                            case INVITED -> "contrast";
                            case PENDING_VERIFICATION -> "warning";
                        });
        badge.getElement().getThemeList().add("small");
        return badge;
    }

    /** The one column shown on phones: name, e-mail, role and status stacked. */
    private Component summary(PersonRow p) {
        Span name = new Span(nameOf(p));
        name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Span email = new Span(p.email());
        email.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span role = new Span(getTranslation("role." + p.role().name()));
        HorizontalLayout line = new HorizontalLayout(role, statusBadge(p));
        line.setSpacing(true);
        line.setWrap(true);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout cell = new VerticalLayout(name, email, line);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    Component actions(PersonRow p) {
        if (p.id() == myId) {
            // Nothing to do on one's own row: the service refuses it, so it is not offered.
            Span you = new Span(VaadinIcon.USER.create());
            you.getElement().setAttribute("title", getTranslation("people.you"));
            you.getElement().setAttribute("aria-label", getTranslation("people.you"));
            you.getElement().setAttribute("role", "img");
            you.addClassNames(LumoUtility.TextColor.SECONDARY, "people-you");
            return you;
        }
        // One compact menu per row, the same on desktop and on phones.
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON, MenuBarVariant.LUMO_SMALL);
        bar.addClassName("people-bar");
        MenuItem menu = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        menu.getElement().setAttribute("aria-label", getTranslation("people.actions-for", labelOf(p)));
        menu.getElement().setAttribute("title", getTranslation("people.actions-for", labelOf(p)));
        SubMenu items = menu.getSubMenu();
        switch (p.status()) {
            case INVITED -> {
                items.addItem(getTranslation("people.action.resend"), e -> resend(p));
                items.addItem(getTranslation("people.action.revoke"), e -> confirmRevoke(p));
            }
            case ACTIVE -> {
                items.addItem(getTranslation("people.action.change-role"), e -> openChangeRole(p));
                items.addItem(getTranslation("people.action.deactivate"), e -> confirmDeactivate(p));
            }
            case DEACTIVATED -> {
                items.addItem(getTranslation("people.action.change-role"), e -> openChangeRole(p));
                items.addItem(getTranslation("people.action.reactivate"), e -> confirmReactivate(p));
            }
            case PENDING_VERIFICATION ->
                items.addItem(getTranslation("people.action.change-role"), e -> openChangeRole(p));
        }
        return bar;
    }

    private void openInviteDialog() {
        new InviteDialog(invitations, invited -> {
                    Notifications.success(this, "people.invited", invited.email());
                    refresh();
                })
                .open();
    }

    private void openChangeRole(PersonRow p) {
        new ChangeRoleDialog(
                        p,
                        labelOf(p),
                        role -> perform(
                                () -> accounts.changeRole(p.id(), role),
                                "people.role-changed",
                                labelOf(p),
                                getTranslation("role." + role.name())))
                .open();
    }

    private void confirmDeactivate(PersonRow p) {
        confirm(
                getTranslation("people.confirm.deactivate.title", labelOf(p)),
                getTranslation("people.confirm.deactivate.text"),
                getTranslation("people.action.deactivate"),
                true,
                () -> perform(() -> accounts.deactivate(p.id()), "people.deactivated", labelOf(p)));
    }

    private void confirmReactivate(PersonRow p) {
        confirm(
                getTranslation("people.confirm.reactivate.title", labelOf(p)),
                getTranslation("people.confirm.reactivate.text"),
                getTranslation("people.action.reactivate"),
                false,
                () -> perform(() -> accounts.reactivate(p.id()), "people.reactivated", labelOf(p)));
    }

    private void confirmRevoke(PersonRow p) {
        confirm(
                getTranslation("people.confirm.revoke.title", p.email()),
                getTranslation("people.confirm.revoke.text"),
                getTranslation("people.action.revoke"),
                true,
                () -> perform(() -> invitations.revoke(p.id()), "people.revoked", p.email()));
    }

    private void resend(PersonRow p) {
        perform(() -> invitations.resend(p.id()), "people.resent", p.email());
    }

    private void confirm(String title, String text, String action, boolean destructive, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("people.cancel"));
        dialog.setConfirmText(action);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }

    /** Runs a manager action; a refusal of the service is said in words and the grid shows the truth again. */
    private void perform(Runnable action, String successKey, Object... params) {
        try {
            action.run();
            Notifications.success(this, successKey, params);
        } catch (InvalidInputException e) {
            e.fieldErrors().values().stream().findFirst().ifPresent(key -> Notifications.error(this, key));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
