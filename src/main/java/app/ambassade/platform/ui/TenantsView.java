package app.ambassade.platform.ui;

import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The platform admin's list of tenants (brands), paged, sorted and searched in the database.
 * It shows tenants only, never the people inside them.
 */
@Route("tenants")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Menu(title = "platform.nav.tenants", order = 10, icon = "vaadin:building")
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final TenantService tenants;
    private final TenantHosts hosts;
    private final TextField search = new TextField();
    private final Grid<TenantSummary> grid = new Grid<>();

    TenantsView(TenantService tenants, TenantHosts hosts) {
        this.tenants = tenants;
        this.hosts = hosts;
        addClassName("tenants-view");
        setSizeFull();

        search.setPlaceholder(getTranslation("platform.tenants.search"));
        search.setAriaLabel(getTranslation("platform.tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(120);
        search.addValueChangeListener(e -> refresh());

        Button create = new Button(
                getTranslation("platform.tenants.new"),
                VaadinIcon.PLUS.create(),
                e -> PlatformNavigation.navigateToNewTenant());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        toolbar.setWrap(true);

        configureGrid();
        add(toolbar, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(
                        t -> new RouterLink(t.name(), TenantEditorView.class, PlatformNavigation.tenant(t.id())))
                .setKey("name")
                .setHeader(getTranslation("platform.tenant.name"))
                .setSortProperty("name")
                .setFlexGrow(2)
                .setWidth("10rem");
        grid.addComponentColumn(this::slugLink)
                .setKey("slug")
                .setHeader(getTranslation("platform.tenant.slug"))
                .setSortProperty("slug")
                .setFlexGrow(2)
                .setWidth("10rem");
        grid.addColumn(t -> getTranslation("language." + t.defaultLocale().getLanguage()))
                .setKey("language")
                .setHeader(getTranslation("platform.tenant.language"))
                .setSortProperty("defaultLocale")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> {
                    HorizontalLayout color =
                            new HorizontalLayout(TenantDisplay.swatch(t.brandColor()), new Span(t.brandColor()));
                    color.setSpacing(false);
                    color.addClassName(LumoUtility.Gap.SMALL);
                    color.setAlignItems(FlexComponent.Alignment.CENTER);
                    return color;
                })
                .setKey("color")
                .setHeader(getTranslation("platform.tenant.color"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(t -> TenantDisplay.statusBadge(this, t.status()))
                .setKey("status")
                .setHeader(getTranslation("platform.tenant.status"))
                .setSortProperty("status")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(t -> Formats.date(t.createdAt(), getLocale(), ViewerZone.current()))
                .setKey("created")
                .setHeader(getTranslation("platform.tenant.created"))
                .setSortProperty("createdAt")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setItemsPageable(this::fetch, this::count);
        grid.addItemClickListener(
                e -> PlatformNavigation.navigateToTenant(e.getItem().id()));
        grid.setEmptyStateText(getTranslation("platform.tenants.empty"));
    }

    private java.util.List<TenantSummary> fetch(Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("name");
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort.and(Sort.by("id")));
        return tenants.search(search.getValue(), page).getContent();
    }

    private long count(Pageable pageable) {
        return tenants.search(search.getValue(), PageRequest.of(0, 1)).getTotalElements();
    }

    private void refresh() {
        grid.setEmptyStateText(
                getTranslation(search.getValue().isBlank() ? "platform.tenants.empty" : "platform.tenants.no-match"));
        grid.getDataProvider().refreshAll();
    }

    private Anchor slugLink(TenantSummary tenant) {
        Anchor link = new Anchor(hosts.tenantUrl(tenant.slug()), tenant.slug(), AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("title", hosts.tenantUrl(tenant.slug()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.tenants.title");
    }
}
