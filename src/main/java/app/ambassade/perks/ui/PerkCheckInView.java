package app.ambassade.perks.ui;

import app.ambassade.perks.Attendance;
import app.ambassade.perks.ClaimRow;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkFigures;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.perks.PerkOperations;
import app.ambassade.perks.PerkView;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * Check-in at the door, on a tablet: a big search field, large rows with one button each ("Mark
 * attended" or "Undo"), and how many of the confirmed attendees are in. Usable from 800 px wide.
 */
@Route("manage/perks/:id/check-in")
@RolesAllowed(Roles.BRAND_MANAGER)
class PerkCheckInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int RESULTS = 30;

    private final PerkCatalogue catalogue;
    private final PerkOperations operations;
    private PerkView perk;

    final TextField search = new TextField();
    final Span counter = new Span();
    final Div results = new Div();

    PerkCheckInView(PerkCatalogue catalogue, PerkOperations operations) {
        this.catalogue = catalogue;
        this.operations = operations;
        addClassName("perk-check-in-view");
        setMaxWidth("48rem");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PerkView> found =
                PerkClaimsView.perkId(event).flatMap(catalogue::view).filter(p -> p.kind() == PerkKind.EVENT);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        perk = found.get();
        build();
    }

    private void build() {
        removeAll();
        Anchor claims = new Anchor(PerkNavigation.claims(perk.id()), getTranslation("perk-ops.check-in.claims"));
        counter.setId("check-in-counter");
        counter.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        search.setLabel(getTranslation("perk-ops.check-in.search"));
        search.setHelperText(getTranslation("perk-ops.check-in.search-help"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.setMaxLength(120);
        search.setWidthFull();
        search.addClassName(LumoUtility.FontSize.XLARGE);
        search.addValueChangeListener(e -> refresh());
        results.setWidthFull();
        results.setId("check-in-results");
        add(new H2(getTranslation("perk-ops.check-in.title", perk.title())), claims, counter, search, results);
        refresh();
        search.focus();
    }

    void refresh() {
        PerkFigures f = operations.figures(perk.id());
        counter.setText(getTranslation("perk-ops.check-in.counter", f.attended(), f.confirmed()));
        results.removeAll();
        List<ClaimRow> found = operations.checkInSearch(perk.id(), search.getValue(), RESULTS);
        if (found.isEmpty()) {
            Span none = new Span(getTranslation("perk-ops.check-in.none"));
            none.addClassName("no-attendee");
            results.add(none);
        }
        found.forEach(r -> results.add(row(r)));
    }

    private Component row(ClaimRow r) {
        boolean in = r.attendance() == Attendance.ATTENDED;
        Span name = new Span(r.name());
        name.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        Span detail = new Span(
                in
                        ? getTranslation(
                                "perk-ops.check-in.at",
                                Formats.dateTime(r.checkedInAt(), getLocale(), ViewerZone.current()))
                        : r.email());
        detail.addClassNames(in ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.SECONDARY);
        Div who = new Div(name, detail);
        who.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.MinWidth.NONE,
                "perk-check-in-who");
        Button action = in
                ? new Button(getTranslation("perk-ops.check-in.undo"), e -> undo(r))
                : new Button(getTranslation("perk-ops.check-in.mark"), VaadinIcon.CHECK.create(), e -> checkIn(r));
        action.addThemeVariants(
                ButtonVariant.LUMO_LARGE, in ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        action.addClassName(in ? "undo-check-in" : "check-in");
        action.setMinWidth("12rem");
        Div line = new Div(who, action);
        line.addClassName("attendee");
        line.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.MEDIUM,
                "perk-check-in-line");
        return line;
    }

    void checkIn(ClaimRow r) {
        try {
            operations.checkIn(r.claimId());
            Notifications.success(this, "perk-ops.check-in.done", r.name());
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Notifications.error(this, key));
        } catch (PerkNotFoundException e) {
            Notifications.error(this, "perk-ops.error.not-found");
        }
        refresh();
    }

    void undo(ClaimRow r) {
        try {
            operations.undoCheckIn(r.claimId());
            Notifications.success(this, "perk-ops.check-in.undone", r.name());
        } catch (PerkNotFoundException e) {
            Notifications.error(this, "perk-ops.error.not-found");
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return perk == null
                ? getTranslation("perk-ops.check-in.page-title")
                : getTranslation("perk-ops.check-in.title", perk.title());
    }
}
