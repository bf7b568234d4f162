package app.ambassade.community.ui;

import app.ambassade.community.CommunityForm;
import app.ambassade.community.CommunityImages;
import app.ambassade.community.CommunityNotFoundException;
import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunitySummary;
import app.ambassade.community.Visibility;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Managers create, edit and archive communities; a lazy grid that pages in the database. */
@Route("manage/communities")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "community.menu.admin", order = 21, icon = "vaadin:cogs")
class CommunityAdminView extends VerticalLayout implements HasDynamicTitle {

    private final CommunityImages pictures;
    private final CommunityService communities;
    final Grid<CommunitySummary> grid = new Grid<>();
    final Button create = new Button();

    CommunityAdminView(CommunityService communities, CommunityImages pictures) {
        this.pictures = pictures;
        this.communities = communities;
        addClassName("community-admin-view");
        setSizeFull();
        create.setText(getTranslation("community.admin.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new Editor(null).open());
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("community.admin.title")), create);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CommunitySummary::name)
                .setKey("name")
                .setHeader(getTranslation("community.admin.name"))
                .setSortProperty("name")
                .setFlexGrow(1);
        grid.addColumn(c ->
                        getTranslation("community.visibility." + c.visibility().name()))
                .setKey("visibility")
                .setHeader(getTranslation("community.admin.visibility"))
                .setSortProperty("visibility")
                .setAutoWidth(true);
        grid.addColumn(c -> c.archived() ? getTranslation("community.archived") : "")
                .setKey("archived")
                .setHeader(getTranslation("community.admin.status"))
                .setSortProperty("archived")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(
                query ->
                        communities
                                .all(PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders())))
                                .stream(),
                query -> (int) communities.countAll());
        add(top, grid);
        expand(grid);
    }

    private static Sort sort(java.util.List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        Sort sort = Sort.unsorted();
        for (var o : orders) {
            sort = sort.and(Sort.by(
                    o.getDirection() == com.vaadin.flow.data.provider.SortDirection.ASCENDING
                            ? Sort.Direction.ASC
                            : Sort.Direction.DESC,
                    o.getSorted()));
        }
        return sort.and(Sort.by("name", "id"));
    }

    private Component actions(CommunitySummary c) {
        Button edit = new Button(getTranslation("community.edit"), e -> new Editor(c).open());
        edit.addClassName("edit-community");
        Button archive = new Button(
                getTranslation(c.archived() ? "community.admin.unarchive" : "community.admin.archive"), e -> {
                    try {
                        communities.archive(c.id(), !c.archived());
                    } catch (CommunityNotFoundException ex) {
                        Notifications.error(this, "community.error.gone");
                    }
                    grid.getDataProvider().refreshAll();
                });
        archive.addClassName("archive-community");
        Button open = new Button(
                getTranslation("community.admin.open"), e -> CommunityNavigation.navigateToCommunity(c.id()));
        Button engagement = new Button(
                getTranslation("community.activity.open"), e -> CommunityNavigation.navigateToActivity(c.id()));
        for (Button b : new Button[] {edit, archive, open, engagement}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout row = new HorizontalLayout(edit, archive, open, engagement);
        row.setSpacing(false);
        return row;
    }

    /** Create or edit a community; errors show at the fields and what was typed stays. */
    class Editor extends Dialog {

        final TextField name = new TextField();
        final TextArea description = new TextArea();
        final Select<Visibility> visibility = new Select<>();
        final ImageField cover = new ImageField("community.admin.cover", pictures.maxBytes());
        final Button save = new Button();

        Editor(CommunitySummary existing) {
            setHeaderTitle(getTranslation(existing == null ? "community.admin.create" : "community.admin.edit"));
            name.setLabel(getTranslation("community.admin.name"));
            name.setMaxLength(CommunityService.NAME_MAX);
            name.setWidthFull();
            description.setLabel(getTranslation("community.admin.description"));
            description.setMaxLength(CommunityService.DESCRIPTION_MAX);
            description.setWidthFull();
            visibility.setLabel(getTranslation("community.admin.visibility"));
            visibility.setItems(Visibility.values());
            visibility.setItemLabelGenerator(v -> getTranslation("community.visibility." + v.name()));
            visibility.setValue(Visibility.OPEN);
            if (existing != null) {
                name.setValue(existing.name());
                description.setValue(existing.description());
                visibility.setValue(existing.visibility());
            }
            save.setText(getTranslation("community.edit.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                CommunityForm form = new CommunityForm(
                        name.getValue(), description.getValue(), visibility.getValue(), cover.getValue());
                try {
                    if (existing == null) {
                        communities.create(form);
                    } else {
                        communities.edit(existing.id(), form);
                    }
                    Notifications.success(CommunityAdminView.this, "community.admin.saved");
                    grid.getDataProvider().refreshAll();
                    close();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(
                            CommunityAdminView.this,
                            ex,
                            Map.of("name", name, "description", description, "visibility", visibility, "cover", cover));
                } catch (CommunityNotFoundException ex) {
                    Notifications.error(CommunityAdminView.this, "community.error.gone");
                    close();
                }
            });
            VerticalLayout form = new VerticalLayout(name, description, visibility, cover);
            form.setPadding(false);
            add(form);
            getFooter().add(new Button(getTranslation("community.cancel"), e -> close()), save);
            setWidth("min(36rem, 95vw)");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.admin.title");
    }
}
