package app.ambassade.community.ui;

import app.ambassade.community.CommunityNotFoundException;
import app.ambassade.community.ModerationService;
import app.ambassade.community.ReportRow;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/** The moderation queue: reported posts and comments, newest first, with hide, restore, dismiss and mute. */
@Route("manage/moderation")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "community.menu.moderation", order = 22, icon = "vaadin:flag")
class ModerationView extends VerticalLayout implements HasDynamicTitle {

    private final ModerationService moderation;
    final Grid<ReportRow> grid = new Grid<>();
    final Checkbox openOnly = new Checkbox();

    ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("moderation-view");
        setSizeFull();
        openOnly.setLabel(getTranslation("community.moderation.open-only"));
        openOnly.setValue(true);
        openOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> Formats.dateTime(r.createdAt(), getLocale(), ViewerZone.current()))
                .setKey("when")
                .setHeader(getTranslation("community.moderation.when"))
                .setAutoWidth(true);
        grid.addColumn(ReportRow::communityName)
                .setKey("community")
                .setHeader(getTranslation("community.moderation.community"))
                .setAutoWidth(true);
        grid.addColumn(ReportRow::authorName)
                .setKey("author")
                .setHeader(getTranslation("community.moderation.author"))
                .setAutoWidth(true);
        grid.addColumn(ReportRow::excerpt)
                .setKey("content")
                .setHeader(getTranslation("community.moderation.content"))
                .setFlexGrow(2);
        grid.addColumn(ReportRow::reason)
                .setKey("reason")
                .setHeader(getTranslation("community.moderation.reason"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.hidden() ? "community.moderation.hidden" : "community.moderation.visible"))
                .setKey("state")
                .setHeader(getTranslation("community.moderation.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(
                query ->
                        moderation
                                .queue(openOnly.getValue(), PageRequest.of(query.getPage(), query.getPageSize()))
                                .stream(),
                query -> (int) moderation.countQueue(openOnly.getValue()));
        add(new H2(getTranslation("community.moderation.title")), openOnly, grid);
        expand(grid);
    }

    private Component actions(ReportRow r) {
        Button decide = new Button(
                getTranslation(r.hidden() ? "community.restore" : "community.hide"),
                e -> new ReasonDialog(
                                r.hidden() ? "community.restore" : "community.hide",
                                "community.moderation.confirm",
                                reason -> {
                                    if (r.hidden()) {
                                        moderation.restore(r.contentType(), r.contentId(), reason);
                                    } else {
                                        moderation.hide(r.contentType(), r.contentId(), reason);
                                    }
                                    Notifications.success(this, "community.moderation.done");
                                    grid.getDataProvider().refreshAll();
                                })
                        .open());
        decide.addClassName("moderate");
        Button dismiss = new Button(getTranslation("community.moderation.dismiss"), e -> {
            moderation.dismiss(r.id());
            grid.getDataProvider().refreshAll();
        });
        dismiss.addClassName("dismiss");
        Button mute = new Button(getTranslation("community.moderation.mute"), e -> new MuteDialog(r).open());
        mute.addClassName("mute");
        for (Button b : new Button[] {decide, dismiss, mute}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        dismiss.setVisible(!r.resolved());
        HorizontalLayout row = new HorizontalLayout(decide, dismiss, mute);
        row.setSpacing(false);
        return row;
    }

    /** Mutes the author of the reported content in its community for a number of days. */
    class MuteDialog extends Dialog {

        final IntegerField days = new IntegerField();
        final Button confirm = new Button();

        MuteDialog(ReportRow r) {
            setHeaderTitle(getTranslation("community.moderation.mute-title", r.authorName()));
            days.setLabel(getTranslation("community.moderation.mute-days"));
            days.setValue(7);
            days.setMin(0);
            days.setMax(ModerationService.MAX_MUTE_DAYS);
            days.setStepButtonsVisible(true);
            confirm.setText(getTranslation("community.moderation.mute"));
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(e -> {
                try {
                    moderation.mute(r.communityId(), r.authorId(), days.getValue() == null ? -1 : days.getValue());
                    Notifications.success(ModerationView.this, "community.moderation.muted");
                    close();
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ModerationView.this, ex, Map.of("days", days));
                } catch (CommunityNotFoundException ex) {
                    Notifications.error(ModerationView.this, "community.error.not-a-member");
                    close();
                }
            });
            add(days);
            getFooter().add(new Button(getTranslation("community.cancel"), e -> close()), confirm);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("community.moderation.title");
    }
}
