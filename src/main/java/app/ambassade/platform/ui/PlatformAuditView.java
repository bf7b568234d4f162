package app.ambassade.platform.ui;

import app.ambassade.audit.AuditRecord;
import app.ambassade.audit.AuditService;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * What the platform operators did (tenants created, changed, suspended, managers invited), newest
 * first, read page by page from the database.
 */
@Route("platform-audit")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Menu(title = "platform.nav.audit", order = 20, icon = "vaadin:clipboard-text")
public class PlatformAuditView extends VerticalLayout implements HasDynamicTitle {

    private static final String ACTION_PREFIX = "platform.audit.action.";

    private final AuditService audit;
    private final Map<String, String> labels;
    private final Grid<AuditRecord> grid = new Grid<>();

    PlatformAuditView(AuditService audit, TranslationProvider i18n) {
        this.audit = audit;
        this.labels = i18n.keys(getLocale());
        addClassName("platform-audit-view");
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("platform.audit.intro"));
        intro.addClassName("view-intro");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), getLocale(), ViewerZone.current()))
                .setKey("time")
                .setHeader(getTranslation("platform.audit.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRecord::actor)
                .setKey("actor")
                .setHeader(getTranslation("platform.audit.actor"))
                .setFlexGrow(1);
        grid.addColumn(r -> actionLabel(r.action()))
                .setKey("action")
                .setHeader(getTranslation("platform.audit.action"))
                .setFlexGrow(1)
                .setTooltipGenerator(AuditRecord::action);
        grid.addColumn(AuditRecord::target)
                .setKey("target")
                .setHeader(getTranslation("platform.audit.target"))
                .setFlexGrow(1);
        grid.addColumn(AuditRecord::details)
                .setKey("details")
                .setHeader(getTranslation("platform.audit.details"))
                .setFlexGrow(2)
                .setTooltipGenerator(AuditRecord::details);
        // The log has one order (newest first); its columns do not sort.
        grid.setItemsPageable(
                pageable -> audit.platformLog(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                        .getContent(),
                pageable -> audit.platformLog(PageRequest.of(0, 1)).getTotalElements());
        grid.setEmptyStateText(getTranslation("platform.audit.empty"));
        add(intro, grid);
        expand(grid);
    }

    /** A readable name for known actions; the raw code for any other, so that nothing is hidden. */
    private String actionLabel(String action) {
        String label = labels.get(ACTION_PREFIX + action);
        return label == null ? action : label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("platform.audit.title");
    }
}
