package app.ambassade.engagement.ui;

import app.ambassade.engagement.EngagementEntryRow;
import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.EngagementStatus;
import app.ambassade.engagement.Tier;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * "Why am I here, what's next": the person's tier and what it gives, the progress to the next
 * one, the ladder of tiers, and the ledger of points behind it, newest first. Phone first.
 */
@Route("my-engagement")
@RolesAllowed({Roles.MEMBER, Roles.AMBASSADOR})
@Menu(title = "engagement.mine.title", order = 20, icon = "vaadin:trophy")
class MyEngagementView extends VerticalLayout implements HasDynamicTitle {

    final Grid<EngagementEntryRow> ledger = new Grid<>();

    MyEngagementView(EngagementService engagement) {
        addClassName("my-engagement-view");
        setMaxWidth("48rem");
        setPadding(true);
        EngagementStatus status = engagement.myStatus();

        Div card = new Div();
        card.addClassName("card");
        card.setWidthFull();
        H2 tier = new H2(EngagementTexts.tierName(this, status));
        tier.setId("engagement-tier");
        tier.addClassName(LumoUtility.Margin.NONE);
        Span points = new Span(getTranslation("engagement.points", status.points()));
        points.setId("engagement-points");
        points.addClassName("figure");
        card.add(tier, points);
        status.current().filter(t -> !t.benefits().isBlank()).ifPresent(t -> {
            Paragraph benefits = new Paragraph(getTranslation("engagement.gives", t.benefits()));
            benefits.setId("engagement-benefits");
            benefits.addClassName("wrap-anywhere");
            card.add(benefits);
        });
        card.add(EngagementTexts.progress(this, status));
        status.next().filter(t -> !t.benefits().isBlank()).ifPresent(t -> {
            Paragraph next = new Paragraph(getTranslation("engagement.next-gives", t.name(), t.benefits()));
            next.setId("engagement-next-benefits");
            next.addClassNames("wrap-anywhere", LumoUtility.TextColor.SECONDARY);
            card.add(next);
        });

        UnorderedList ladder = new UnorderedList();
        ladder.setId("engagement-ladder");
        for (Tier t : engagement.tiers()) {
            ListItem item = new ListItem(getTranslation("engagement.ladder.item", t.name(), t.threshold()));
            if (status.current().map(c -> c.rank() == t.rank()).orElse(false)) {
                item.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            }
            ladder.add(item);
        }

        ledger.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ledger.setPageSize(20);
        ledger.setAllRowsVisible(false);
        ledger.setHeight("28rem");
        ledger.addComponentColumn(this::line).setKey("entry");
        ledger.setItems(
                query ->
                        engagement.myLedger(PageRequest.of(query.getPage(), query.getPageSize())).getContent().stream(),
                query -> (int) engagement.myLedger(PageRequest.of(0, 1)).getTotalElements());
        Div empty = new Div(new Paragraph(getTranslation("engagement.ledger.empty")));
        empty.addClassName("empty-state");
        ledger.setEmptyStateComponent(empty);

        add(
                card,
                new H3(getTranslation("engagement.ladder.title")),
                ladder,
                new H3(getTranslation("engagement.ledger.title")),
                ledger);
    }

    private Component line(EngagementEntryRow row) {
        Span what = new Span(getTranslation(EngagementTexts.actionKey(row.action())));
        what.addClassName("ledger-what");
        what.addClassName(LumoUtility.FontWeight.MEDIUM);
        VerticalLayout text = new VerticalLayout(what);
        if (!row.reason().isBlank()) {
            Span why = new Span(row.reason());
            why.addClassName("wrap-anywhere");
            text.add(why);
        }
        Span when = new Span(Formats.dateTime(row.occurredAt(), getLocale(), ViewerZone.current()));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        text.add(when);
        text.setPadding(false);
        text.setSpacing(false);
        Span points = new Span(getTranslation("engagement.ledger.points", row.points()));
        points.addClassName("ledger-points");
        points.getElement().getThemeList().add("badge success");
        HorizontalLayout line = new HorizontalLayout(text, points);
        line.setWidthFull();
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.expand(text);
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.mine.title");
    }
}
