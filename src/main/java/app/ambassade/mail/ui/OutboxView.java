package app.ambassade.mail.ui;

import app.ambassade.mail.OutboxMessage;
import app.ambassade.mail.OutboxService;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;

/**
 * The development outbox: a copy of every e-mail the portal sent, kept in the embedded default
 * ({@code ambassade.mail.outbox=true}), so that invitation and confirmation links can be followed
 * without a mail server. Platform admin only. Bodies are shown as text, with their addresses as
 * links, except the secret of an invitation, confirmation or reset link, which the copy never holds.
 */
@Route("outbox")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@Menu(title = "outbox.nav", order = 30, icon = "vaadin:envelopes-o")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<OutboxMessage> grid = new Grid<>();
    private final Div details = new Div();

    OutboxView(OutboxService outbox, @Value("${ambassade.mail.outbox:false}") boolean enabled) {
        addClassName("outbox-view");
        setSizeFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> Formats.dateTime(m.createdAt(), getLocale(), ViewerZone.current()))
                .setKey("time")
                .setHeader(getTranslation("outbox.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxMessage::to)
                .setKey("to")
                .setHeader(getTranslation("outbox.to"))
                .setFlexGrow(1);
        grid.addColumn(OutboxMessage::subject)
                .setKey("subject")
                .setHeader(getTranslation("outbox.subject"))
                .setFlexGrow(2)
                .setTooltipGenerator(OutboxMessage::subject);
        // Newest first, one page at a time; the columns do not sort.
        grid.setItemsPageable(
                pageable -> outbox.latest(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                        .getContent(),
                pageable -> outbox.latest(PageRequest.of(0, 1)).getTotalElements());
        grid.setEmptyStateText(getTranslation(enabled ? "outbox.empty" : "outbox.disabled"));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        grid.setHeight("50%");
        grid.setMinHeight("12rem");

        details.addClassName("outbox-details");
        details.addClassNames(
                LumoUtility.Width.FULL,
                LumoUtility.BoxSizing.BORDER,
                LumoUtility.Padding.MEDIUM,
                LumoUtility.BorderRadius.LARGE,
                LumoUtility.Overflow.AUTO,
                "outbox-details");
        show(null);
        add(grid, details);
        setFlexGrow(1, details);
    }

    private void show(OutboxMessage message) {
        details.removeAll();
        if (message == null) {
            Paragraph hint = new Paragraph(getTranslation("outbox.select"));
            hint.addClassName("empty-state");
            details.add(hint);
            return;
        }
        Paragraph meta = new Paragraph(getTranslation(
                "outbox.meta", message.to(), Formats.dateTime(message.createdAt(), getLocale(), ViewerZone.current())));
        meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Top.NONE);
        Div body = new Div();
        body.addClassName("mail-body");
        body.addClassNames(LumoUtility.Whitespace.PRE_WRAP, "wrap-anywhere", "outbox-body");
        MailBody.render(message.body()).forEach(body::add);
        details.add(new H3(message.subject()), meta);
        if (message.hidesSecrets()) {
            Paragraph hidden = new Paragraph(getTranslation("outbox.secrets-hidden"));
            hidden.addClassName("outbox-secrets-hidden");
            hidden.addClassName(LumoUtility.TextColor.SECONDARY);
            details.add(hidden);
        }
        details.add(body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
