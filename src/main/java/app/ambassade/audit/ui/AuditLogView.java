package app.ambassade.audit.ui;

import app.ambassade.audit.AuditRecord;
import app.ambassade.audit.AuditService;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.ResponsiveColumns;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;

/**
 * The brand's audit log: who did what, when, on what, newest first. Action codes are shown in
 * words where a translation exists, otherwise as recorded.
 */
@Route("audit")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "audit.title", order = 90, icon = "vaadin:clipboard-text")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final Pattern ROLE_CHANGE = Pattern.compile("^([A-Z_]+) -> ([A-Z_]+)$");

    private final Map<String, String> translations;
    final Grid<AuditRecord> grid = new Grid<>();

    AuditLogView(AuditService audit, TranslationProvider i18n) {
        this.translations = i18n.keys(getLocale());
        addClassName("audit-view");
        setSizeFull();

        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        Grid.Column<AuditRecord> time = grid.addColumn(
                        r -> Formats.dateTime(r.occurredAt(), getLocale(), ViewerZone.current()))
                .setKey("time")
                .setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        Grid.Column<AuditRecord> actor = grid.addColumn(AuditRecord::actor)
                .setKey("actor")
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        Grid.Column<AuditRecord> action = grid.addColumn(this::actionOf)
                .setKey("action")
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        Grid.Column<AuditRecord> target = grid.addColumn(AuditRecord::target)
                .setKey("target")
                .setHeader(getTranslation("audit.column.target"))
                .setAutoWidth(true);
        Grid.Column<AuditRecord> details = grid.addColumn(this::detailsOf)
                .setKey("details")
                .setHeader(getTranslation("audit.column.details"))
                .setFlexGrow(1);
        Grid.Column<AuditRecord> summary = grid.addComponentColumn(this::summary)
                .setKey("summary")
                .setHeader(getTranslation("audit.column.event"));
        ResponsiveColumns.install(this, summary, List.of(time, actor, action, target, details));
        grid.setItemsPageable(
                pageable -> audit.tenantLog(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                        .getContent(),
                pageable -> audit.tenantLog(PageRequest.of(0, 1)).getTotalElements());
        Div empty = new Div(new Paragraph(getTranslation("audit.empty")));
        empty.addClassName("empty-state");
        grid.setEmptyStateComponent(empty);

        add(intro, grid);
        expand(grid);
    }

    String actionOf(AuditRecord record) {
        String key = "audit.action." + record.action();
        return translations.containsKey(key) ? getTranslation(key) : record.action();
    }

    /** Role names in details ("MEMBER -> AMBASSADOR") are said in the reader's language. */
    String detailsOf(AuditRecord record) {
        String details = record.details();
        Matcher change = ROLE_CHANGE.matcher(details);
        if (change.matches()) {
            return roleName(change.group(1)) + " → " + roleName(change.group(2));
        }
        return translations.containsKey("role." + details) ? getTranslation("role." + details) : details;
    }

    private String roleName(String code) {
        return translations.containsKey("role." + code) ? getTranslation("role." + code) : code;
    }

    private Component summary(AuditRecord record) {
        Span action = new Span(actionOf(record));
        action.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Span when = new Span(
                Formats.dateTime(record.occurredAt(), getLocale(), ViewerZone.current()) + " · " + record.actor());
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span what =
                new Span(record.details().isBlank() ? record.target() : record.target() + " — " + detailsOf(record));
        VerticalLayout cell = new VerticalLayout(action, when, what);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
