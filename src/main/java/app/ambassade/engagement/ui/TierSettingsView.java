package app.ambassade.engagement.ui;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.Tier;
import app.ambassade.engagement.TierInput;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The brand manager's settings of the engagement program: the tiers (rank, name, threshold, what
 * the tier gives) and the points each kind of action earns. Errors show at the field; what was
 * typed stays.
 */
@Route("engagement/settings")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "engagement.settings.title", order = 62, icon = "vaadin:trophy")
class TierSettingsView extends VerticalLayout implements HasDynamicTitle {

    /** The fields of one tier row. */
    static final class TierRow extends FlexLayout {
        final IntegerField rank = new IntegerField();
        final TextField name = new TextField();
        final IntegerField threshold = new IntegerField();
        final TextField benefits = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        TierRow(Tier tier) {
            addClassName("tier-row");
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            addClassName(LumoUtility.Gap.SMALL);
            rank.setLabel(getTranslation("engagement.tiers.rank"));
            rank.setWidth("6rem");
            name.setLabel(getTranslation("engagement.tiers.name"));
            name.setMaxLength(60);
            threshold.setLabel(getTranslation("engagement.tiers.threshold"));
            threshold.setWidth("9rem");
            benefits.setLabel(getTranslation("engagement.tiers.benefits"));
            benefits.setMaxLength(500);
            benefits.setMinWidth("16rem");
            remove.setAriaLabel(getTranslation("engagement.tiers.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            if (tier != null) {
                rank.setValue(tier.rank());
                name.setValue(tier.name());
                threshold.setValue(tier.threshold());
                benefits.setValue(tier.benefits());
            }
            add(rank, name, threshold, benefits, remove);
            setFlexGrow(1, benefits);
        }

        TierInput input() {
            return new TierInput(rank.getValue(), name.getValue(), threshold.getValue(), benefits.getValue());
        }
    }

    private final EngagementService engagement;
    final VerticalLayout tierRows = new VerticalLayout();
    final List<TierRow> rows = new ArrayList<>();
    final Button addTier = new Button();
    final Button saveTiers = new Button();
    final Map<EngagementAction, IntegerField> pointFields = new EnumMap<>(EngagementAction.class);
    final Button savePoints = new Button();

    TierSettingsView(EngagementService engagement) {
        this.engagement = engagement;
        addClassName("tier-settings-view");
        setMaxWidth("64rem");

        Paragraph intro = new Paragraph(getTranslation("engagement.settings.intro"));
        intro.addClassName(LumoUtility.TextColor.SECONDARY);
        tierRows.setPadding(false);
        engagement.tiers().forEach(this::addRow);

        addTier.setText(getTranslation("engagement.tiers.add"));
        addTier.setIcon(VaadinIcon.PLUS.create());
        addTier.addClickListener(e -> addRow(null));
        saveTiers.setText(getTranslation("engagement.tiers.save"));
        saveTiers.setId("tiers-save");
        saveTiers.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveTiers.addClickListener(e -> saveTiers());

        FormLayout points = new FormLayout();
        points.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32rem", 2),
                new FormLayout.ResponsiveStep("48rem", 3));
        Map<EngagementAction, Integer> table = engagement.pointsPerAction();
        for (EngagementAction action : EngagementAction.values()) {
            IntegerField field = new IntegerField(getTranslation(EngagementTexts.actionKey(action)));
            field.setId("points-" + action.name());
            field.setMin(0);
            field.setMax(1000);
            field.setValue(table.get(action));
            pointFields.put(action, field);
            points.add(field);
        }
        savePoints.setText(getTranslation("engagement.points.save"));
        savePoints.setId("points-save");
        savePoints.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePoints.addClickListener(e -> savePoints());

        add(
                intro,
                new H3(getTranslation("engagement.tiers.title")),
                tierRows,
                new Div(addTier, saveTiers),
                new H3(getTranslation("engagement.points.title")),
                new Paragraph(getTranslation("engagement.points.intro")),
                points,
                savePoints);
    }

    private void addRow(Tier tier) {
        TierRow row = new TierRow(tier);
        if (tier == null) {
            row.rank.setValue(rows.stream()
                            .map(r -> r.rank.getValue())
                            .filter(v -> v != null)
                            .max(Integer::compare)
                            .orElse(0)
                    + 1);
        }
        row.remove.addClickListener(e -> {
            rows.remove(row);
            tierRows.remove(row);
        });
        rows.add(row);
        tierRows.add(row);
    }

    void saveTiers() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            TierRow row = rows.get(i);
            fields.put("rank." + i, row.rank);
            fields.put("name." + i, row.name);
            fields.put("threshold." + i, row.threshold);
            fields.put("benefits." + i, row.benefits);
        }
        try {
            engagement.saveTiers(rows.stream().map(TierRow::input).toList());
            FieldErrors.clear(fields);
            Notifications.success(this, "engagement.tiers.saved");
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    void savePoints() {
        Map<EngagementAction, Integer> table = new EnumMap<>(EngagementAction.class);
        Map<String, HasValidation> fields = new HashMap<>();
        pointFields.forEach((action, field) -> {
            table.put(action, field.getValue());
            fields.put(action.name(), field);
        });
        try {
            engagement.savePointsPerAction(table);
            FieldErrors.clear(fields);
            Notifications.success(this, "engagement.points.saved");
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.settings.title");
    }
}
