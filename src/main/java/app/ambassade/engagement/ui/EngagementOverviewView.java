package app.ambassade.engagement.ui;

import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.TierCount;
import app.ambassade.identity.AccountService;
import app.ambassade.identity.Role;
import app.ambassade.shared.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** How many members and ambassadors are in each tier, highest first, then those below the first tier. */
@Route("engagement/overview")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "engagement.overview.title", order = 61, icon = "vaadin:chart")
class EngagementOverviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<TierCount> grid = new Grid<>();

    EngagementOverviewView(EngagementService engagement, AccountService accounts) {
        addClassName("engagement-overview-view");
        setMaxWidth("48rem");
        Map<Role, Long> byRole = accounts.activeCountsByRole();
        long people = byRole.getOrDefault(Role.MEMBER, 0L) + byRole.getOrDefault(Role.AMBASSADOR, 0L);
        List<TierCount> counts = engagement.peopleByTier(people);

        Paragraph intro = new Paragraph(getTranslation("engagement.overview.intro"));
        intro.addClassName(LumoUtility.TextColor.SECONDARY);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.tier() == null
                        ? getTranslation("engagement.overview.below")
                        : c.tier().name())
                .setKey("tier")
                .setHeader(getTranslation("engagement.overview.tier"))
                .setFlexGrow(1);
        grid.addColumn(c -> c.tier() == null
                        ? ""
                        : getTranslation("engagement.overview.from", c.tier().threshold()))
                .setKey("threshold")
                .setHeader(getTranslation("engagement.overview.threshold"))
                .setAutoWidth(true);
        grid.addColumn(TierCount::people)
                .setKey("people")
                .setHeader(getTranslation("engagement.overview.people"))
                .setAutoWidth(true);
        grid.setItems(counts); // one row per tier: a handful, counted in the database
        grid.setAllRowsVisible(true);
        add(intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.overview.title");
    }
}
