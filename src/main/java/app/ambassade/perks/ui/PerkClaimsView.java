package app.ambassade.perks.ui;

import app.ambassade.perks.ClaimRow;
import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkFigures;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkNotFoundException;
import app.ambassade.perks.PerkOperations;
import app.ambassade.perks.PerkView;
import app.ambassade.shared.i18n.Formats;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.ui.RouteIds;
import app.ambassade.shared.ui.ViewerZone;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Optional;

/**
 * The claims of one perk for the brand team: its figures on top, then every claim (lazy grid, sorted
 * and filtered in the database by status and name) with a CSV export; co-creation applications are
 * decided here, and events link to their check-in screen.
 */
@Route("manage/perks/:id/claims")
@RolesAllowed(Roles.BRAND_MANAGER)
class PerkClaimsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PerkCatalogue catalogue;
    private final PerkOperations operations;
    private PerkView perk;

    final Div figures = new Div();
    final MultiSelectComboBox<ClaimStatus> statuses = new MultiSelectComboBox<>();
    final TextField search = new TextField();
    final Grid<ClaimRow> grid = new Grid<>();
    Anchor export;

    PerkClaimsView(PerkCatalogue catalogue, PerkOperations operations) {
        this.catalogue = catalogue;
        this.operations = operations;
        addClassName("perk-claims-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PerkView> found = perkId(event).flatMap(catalogue::view);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        perk = found.get();
        build();
    }

    /** The perk id of the address; empty when it is not a number (then the page is not found). */
    static Optional<Long> perkId(BeforeEnterEvent event) {
        return RouteIds.of(event, PerkNavigation.ID);
    }

    private void build() {
        removeAll();
        HorizontalLayout links =
                new HorizontalLayout(new Anchor(PerkNavigation.admin(), getTranslation("perk-ops.claims.back")));
        if (perk.kind() == PerkKind.EVENT) {
            Anchor checkIn = new Anchor(PerkNavigation.checkIn(perk.id()), getTranslation("perk-ops.claims.check-in"));
            checkIn.setId("open-check-in");
            links.add(checkIn);
        }
        add(new H2(getTranslation("perk-ops.claims.title", perk.title())), links, figures, toolbar(), grid());
        showFigures();
    }

    void showFigures() {
        PerkFigures f = operations.figures(perk.id());
        figures.removeAll();
        figures.setId("perk-figures");
        figures.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        figure("confirmed", "perk-ops.figures.confirmed", numbers.format(f.confirmed()));
        switch (perk.kind()) {
            case EVENT -> {
                figure("waitlisted", "perk-ops.figures.waitlisted", numbers.format(f.waitlisted()));
                figure("attended", "perk-ops.figures.attended", numbers.format(f.attended()));
                figure("no-shows", "perk-ops.figures.no-shows", numbers.format(f.noShows()));
                figure(
                        "attendance-rate",
                        "perk-ops.figures.attendance-rate",
                        f.attendanceRate() == null
                                ? getTranslation("perk-ops.figures.none")
                                : NumberFormat.getPercentInstance(getLocale()).format(f.attendanceRate()));
                figure(
                        "pulses",
                        "perk-ops.figures.pulses",
                        getTranslation(
                                "perk-ops.figures.of",
                                numbers.format(f.pulsesAnswered()),
                                numbers.format(f.pulsesSent())));
                figure(
                        "score",
                        "perk-ops.figures.score",
                        f.averageScore() == null
                                ? getTranslation("perk-ops.figures.none")
                                : getTranslation("perk-ops.figures.score-value", oneDecimal(f.averageScore())));
            }
            case CO_CREATION -> {
                figure("applied", "perk-ops.figures.applied", numbers.format(f.applied()));
                figure("selected", "perk-ops.figures.selected", numbers.format(f.selected()));
                figure("not-selected", "perk-ops.figures.not-selected", numbers.format(f.notSelected()));
            }
            case EARLY_ACCESS -> {
                if (f.codesTotal() > 0) {
                    figure(
                            "codes",
                            "perk-ops.figures.codes",
                            getTranslation(
                                    "perk-ops.figures.of",
                                    numbers.format(f.codesFree()),
                                    numbers.format(f.codesTotal())));
                }
            }
            case CONTENT -> {}
        }
        figure("cancelled", "perk-ops.figures.cancelled", numbers.format(f.cancelled()));
        figure(
                "places",
                "perk-ops.figures.places",
                f.capacity() == null
                        ? getTranslation("perk-ops.figures.unlimited")
                        : getTranslation(
                                "perk-ops.figures.of", numbers.format(f.placesLeft()), numbers.format(f.capacity())));
    }

    private void figure(String id, String labelKey, String value) {
        Span number = new Span(value);
        number.setId("figure-" + id);
        number.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        Span label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div box = new Div(number, label);
        box.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.BorderRadius.MEDIUM,
                "perk-claims-box");
        figures.add(box);
    }

    private String oneDecimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }

    private Component toolbar() {
        statuses.setLabel(getTranslation("perk-ops.claims.statuses"));
        statuses.setPlaceholder(getTranslation("perk-ops.claims.all-statuses"));
        statuses.setItems(statusesOf(perk.kind()));
        statuses.setItemLabelGenerator(s -> PerkTexts.claimStatus(this, s));
        statuses.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setLabel(getTranslation("perk-ops.claims.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(120);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        long id = perk.id();
        DownloadHandler csv = event -> {
            event.setFileName("claims-" + id + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                operations.exportCsv(id, statuses.getValue(), out);
            }
        };
        export = new Anchor(csv, getTranslation("perk-ops.claims.export"));
        export.setId("export-claims");
        FlexLayout bar = new FlexLayout(statuses, search, export);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName(LumoUtility.Gap.MEDIUM);
        return bar;
    }

    private static ClaimStatus[] statusesOf(PerkKind kind) {
        return switch (kind) {
            case EVENT -> new ClaimStatus[] {ClaimStatus.CONFIRMED, ClaimStatus.WAITLISTED, ClaimStatus.CANCELLED};
            case CO_CREATION ->
                new ClaimStatus[] {
                    ClaimStatus.APPLIED, ClaimStatus.SELECTED, ClaimStatus.NOT_SELECTED, ClaimStatus.CANCELLED
                };
            case EARLY_ACCESS, CONTENT -> new ClaimStatus[] {ClaimStatus.CONFIRMED, ClaimStatus.CANCELLED};
        };
    }

    private Component grid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.addColumn(ClaimRow::name)
                .setKey("name")
                .setHeader(getTranslation("perk-ops.column.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(ClaimRow::email)
                .setKey("email")
                .setHeader(getTranslation("perk-ops.column.email"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(r -> PerkTexts.claimStatus(this, r.status()))
                .setKey("status")
                .setHeader(getTranslation("perk-ops.column.status"))
                .setSortProperty("status")
                .setAutoWidth(true);
        if (perk.kind() == PerkKind.EVENT) {
            grid.addColumn(r -> r.attendance() == null ? "" : PerkTexts.attendance(this, r.attendance()))
                    .setKey("attendance")
                    .setHeader(getTranslation("perk-ops.column.attendance"))
                    .setSortProperty("attendance")
                    .setAutoWidth(true);
            grid.addColumn(r -> when(r.checkedInAt()))
                    .setKey("checkedIn")
                    .setHeader(getTranslation("perk-ops.column.checked-in"))
                    .setSortProperty("checkedInAt")
                    .setAutoWidth(true);
        }
        if (perk.kind() == PerkKind.EARLY_ACCESS) {
            grid.addColumn(ClaimRow::code)
                    .setKey("code")
                    .setHeader(getTranslation("perk-ops.column.code"))
                    .setAutoWidth(true);
        }
        if (perk.kind() == PerkKind.CO_CREATION) {
            grid.addColumn(ClaimRow::motivation)
                    .setKey("motivation")
                    .setHeader(getTranslation("perk-ops.column.motivation"))
                    .setFlexGrow(2)
                    .setTooltipGenerator(ClaimRow::motivation);
            grid.addComponentColumn(this::decision)
                    .setKey("decision")
                    .setHeader(getTranslation("perk-ops.column.decision"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addColumn(r -> when(r.claimedAt()))
                .setKey("claimed")
                .setHeader(getTranslation("perk-ops.column.claimed"))
                .setSortProperty("claimedAt")
                .setAutoWidth(true);
        grid.addColumn(r -> when(r.decidedAt()))
                .setKey("decided")
                .setHeader(getTranslation("perk-ops.column.decided"))
                .setSortProperty("decidedAt")
                .setAutoWidth(true);
        long id = perk.id();
        grid.setItemsPageable(
                pageable -> operations.claimRows(id, statuses.getValue(), search.getValue(), pageable),
                pageable -> operations.countClaims(id, statuses.getValue(), search.getValue()));
        grid.setEmptyStateText(getTranslation("perk-ops.claims.empty"));
        grid.setMinHeight("20rem");
        return grid;
    }

    Component decision(ClaimRow row) {
        if (row.status() != ClaimStatus.APPLIED) {
            return new Span();
        }
        Button select = new Button(getTranslation("perk-ops.claims.select"), e -> decide(row, true));
        select.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        select.addClassName("select-applicant");
        Button reject = new Button(getTranslation("perk-ops.claims.reject"), e -> decide(row, false));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        reject.addClassName("reject-applicant");
        HorizontalLayout buttons = new HorizontalLayout(select, reject);
        buttons.setSpacing(true);
        return buttons;
    }

    void decide(ClaimRow row, boolean selected) {
        try {
            operations.select(row.claimId(), selected);
            Notifications.success(this, selected ? "perk-ops.claims.selected" : "perk-ops.claims.rejected", row.name());
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> Notifications.error(this, key));
        } catch (PerkNotFoundException e) {
            Notifications.error(this, "perk-ops.error.not-found");
        }
        grid.getDataProvider().refreshAll();
        showFigures();
    }

    private String when(Instant instant) {
        return instant == null ? "" : Formats.dateTime(instant, getLocale(), ViewerZone.current());
    }

    @Override
    public String getPageTitle() {
        return perk == null
                ? getTranslation("perk-ops.claims.page-title")
                : getTranslation("perk-ops.claims.title", perk.title());
    }
}
