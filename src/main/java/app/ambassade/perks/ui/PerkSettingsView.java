package app.ambassade.perks.ui;

import app.ambassade.perks.PerkOperations;
import app.ambassade.shared.security.Roles;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.ui.Notifications;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The brand's perk settings: how many days at least between two satisfaction pulses to the same person. */
@Route("manage/perks/settings")
@RolesAllowed(Roles.BRAND_MANAGER)
@Menu(title = "perk-ops.settings.title", order = 31, icon = "vaadin:cog")
class PerkSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final PerkOperations operations;

    final IntegerField pulseInterval = new IntegerField();
    final Button save = new Button();

    PerkSettingsView(PerkOperations operations) {
        this.operations = operations;
        addClassName("perk-settings-view");
        setMaxWidth("40rem");
        pulseInterval.setLabel(getTranslation("perk-ops.settings.pulse-interval"));
        pulseInterval.setHelperText(getTranslation("perk-ops.settings.pulse-help"));
        pulseInterval.setMin(PerkOperations.PULSE_INTERVAL_MIN);
        pulseInterval.setMax(PerkOperations.PULSE_INTERVAL_MAX);
        pulseInterval.setStepButtonsVisible(true);
        pulseInterval.setWidth("14rem");
        pulseInterval.setValue(operations.pulseIntervalDays());
        save.setText(getTranslation("perk-ops.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(
                new H2(getTranslation("perk-ops.settings.title")),
                new Paragraph(getTranslation("perk-ops.settings.intro")),
                pulseInterval,
                save);
    }

    void save() {
        Integer days = pulseInterval.getValue();
        try {
            operations.setPulseIntervalDays(days == null ? 0 : days);
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, Map.of("pulseInterval", pulseInterval));
            return;
        }
        FieldErrors.clear(Map.of("pulseInterval", pulseInterval));
        Notifications.success(this, "perk-ops.settings.saved");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("perk-ops.settings.title");
    }
}
