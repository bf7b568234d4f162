package app.ambassade.perks.ui;

import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.perks.PerkRow;
import app.ambassade.perks.PerkStatus;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The brand's perk catalogue: a lazy grid filtered by status and kind, with the actions on each perk. */
@Route("manage/perks")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "perks.menu.admin", order = 30, icon = "vaadin:gift")
class PerksAdminView extends VerticalLayout implements HasDynamicTitle {

    private final PerkCatalogue catalogue;
    final Grid<PerkRow> grid = new Grid<>();
    final Select<PerkStatus> status = new Select<>();
    final Select<PerkKind> kind = new Select<>();
    final Button create = new Button();

    PerksAdminView(PerkCatalogue catalogue) {
        this.catalogue = catalogue;
        addClassName("perks-admin-view");
        setSizeFull();
        create.setText(getTranslation("perks.admin.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> PerkNavigation.navigateToNewPerk());
        status.setLabel(getTranslation("perks.admin.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("perks.admin.all"));
        status.setItems(PerkStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("perks.admin.all") : PerkTexts.status(this, s));
        kind.setLabel(getTranslation("perks.admin.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("perks.admin.all"));
        kind.setItems(PerkKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("perks.admin.all") : PerkTexts.kind(this, k));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("perks.admin.title")), status, kind, create);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        configureGrid();
        add(top, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PerkRow::title)
                .setKey("title")
                .setHeader(getTranslation("perks.field.title"))
                .setSortProperty("title")
                .setFlexGrow(1);
        grid.addColumn(r -> PerkTexts.kind(this, r.kind()))
                .setKey("kind")
                .setHeader(getTranslation("perks.admin.kind"))
                .setSortProperty("kind")
                .setAutoWidth(true);
        grid.addColumn(r -> PerkTexts.status(this, r.status()))
                .setKey("status")
                .setHeader(getTranslation("perks.admin.status"))
                .setSortProperty("status")
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.startsAt(), getLocale(), ViewerZone.current()))
                .setKey("startsAt")
                .setHeader(getTranslation("perks.admin.starts"))
                .setSortProperty("startsAt")
                .setAutoWidth(true);
        grid.addColumn(r -> r.capacity() == null
                        ? getTranslation("perks.admin.unlimited")
                        : getTranslation("perks.admin.places", r.taken(), r.capacity()))
                .setKey("places")
                .setHeader(getTranslation("perks.admin.places-header"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(
                query -> catalogue
                        .page(
                                statuses(),
                                kind.getValue(),
                                PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders())))
                        .stream(),
                query -> (int) catalogue.count(statuses(), kind.getValue()));
    }

    private Set<PerkStatus> statuses() {
        return status.getValue() == null ? Set.of() : Set.of(status.getValue());
    }

    private static Sort sort(List<QuerySortOrder> orders) {
        Sort sort = Sort.unsorted();
        for (QuerySortOrder o : orders) {
            sort = sort.and(Sort.by(
                    o.getDirection() == SortDirection.ASCENDING ? Sort.Direction.ASC : Sort.Direction.DESC,
                    o.getSorted()));
        }
        return sort.and(Sort.by(Sort.Direction.DESC, "updatedAt")).and(Sort.by(Sort.Direction.DESC, "id"));
    }

    private Component actions(PerkRow row) {
        Button edit = small("perks.admin.edit", () -> PerkNavigation.navigateToEditor(row.id()));
        edit.addClassName("edit-perk");
        Button duplicate = small("perks.admin.duplicate", () -> {
            long copy = catalogue.duplicate(row.id(), getTranslation("perks.admin.copy-title", row.title()));
            Notifications.success(this, "perks.admin.duplicated");
            PerkNavigation.navigateToEditor(copy);
        });
        duplicate.addClassName("duplicate-perk");
        Button publish = small(
                row.status() == PerkStatus.PUBLISHED ? "perks.admin.unpublish" : "perks.admin.publish",
                () -> changeStatus(
                        row, row.status() == PerkStatus.PUBLISHED ? PerkStatus.DRAFT : PerkStatus.PUBLISHED));
        publish.addClassName("publish-perk");
        Button archive = small("perks.admin.archive", () -> changeStatus(row, PerkStatus.ARCHIVED));
        archive.setVisible(row.status() != PerkStatus.ARCHIVED);
        Button claims = small("perks.admin.claims", () -> PerkNavigation.navigateToClaims(row.id()));
        HorizontalLayout actions = new HorizontalLayout(edit, duplicate, publish, archive, claims);
        if (row.kind() == PerkKind.EVENT) {
            actions.add(small("perks.admin.check-in", () -> PerkNavigation.navigateToCheckIn(row.id())));
        }
        actions.setSpacing(false);
        return actions;
    }

    private void changeStatus(PerkRow row, PerkStatus target) {
        try {
            catalogue.setStatus(row.id(), target);
            Notifications.success(this, "perks.admin.status-changed", PerkTexts.status(this, target));
        } catch (InvalidInputException e) {
            e.fieldErrors().values().stream().findFirst().ifPresent(key -> Notifications.error(this, key));
        } catch (PerkNotFoundException e) {
            Notifications.error(this, "perks.error.gone");
        }
        grid.getDataProvider().refreshAll();
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("perks.admin.title");
    }
}
