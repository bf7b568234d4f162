package app.ambassade.perks.ui;

import app.ambassade.perks.EventDetails;
import app.ambassade.perks.EventInfo;
import app.ambassade.perks.PerkFormRules;
import app.ambassade.shared.ui.ViewerZone;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/** An event's date, time zone, place or link, cancellation cut-off, thank-you message and pulse. */
class EventFields extends VerticalLayout {

    final DateTimePicker start = new DateTimePicker();
    final DateTimePicker end = new DateTimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final TextField place = new TextField();
    final TextField onlineLink = new TextField();
    final IntegerField cutoff = new IntegerField();
    final TextArea thankYou = new TextArea();
    final Checkbox pulse = new Checkbox();

    EventFields() {
        setPadding(false);
        setSpacing(false);
        start.setLabel(getTranslation("perks.field.event.start"));
        end.setLabel(getTranslation("perks.field.event.end"));
        zone.setLabel(getTranslation("perks.field.event.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/"))
                .sorted()
                .toList());
        zone.setValue(ViewerZone.current().getId());
        zone.setHelperText(getTranslation("perks.field.event.zone.help"));
        place.setLabel(getTranslation("perks.field.event.place"));
        place.setMaxLength(PerkFormRules.PLACE_MAX);
        onlineLink.setLabel(getTranslation("perks.field.event.online-link"));
        onlineLink.setPlaceholder(getTranslation("perks.field.link.placeholder"));
        onlineLink.setMaxLength(PerkFormRules.LINK_MAX);
        cutoff.setLabel(getTranslation("perks.field.event.cutoff"));
        cutoff.setHelperText(getTranslation("perks.field.event.cutoff.help"));
        cutoff.setMin(0);
        cutoff.setValue(24);
        thankYou.setLabel(getTranslation("perks.field.event.thank-you"));
        thankYou.setHelperText(getTranslation("perks.field.event.thank-you.help"));
        thankYou.setMaxLength(PerkFormRules.THANK_YOU_MAX);
        thankYou.setWidthFull();
        pulse.setLabel(getTranslation("perks.field.event.pulse"));
        for (var field : new com.vaadin.flow.component.HasSize[] {start, end, zone, place, onlineLink}) {
            field.setWidthFull();
        }
        add(new H3(getTranslation("perks.editor.event")), start, end, zone, place, onlineLink, cutoff, thankYou, pulse);
    }

    EventDetails value() {
        return new EventDetails(
                start.getValue(),
                end.getValue(),
                zone.getValue(),
                place.getValue(),
                onlineLink.getValue(),
                cutoff.getValue(),
                thankYou.getValue(),
                pulse.getValue());
    }

    void setValue(EventDetails event) {
        if (event == null) {
            return;
        }
        start.setValue(event.start());
        end.setValue(event.end());
        zone.setValue(event.zoneId());
        place.setValue(event.place() == null ? "" : event.place());
        onlineLink.setValue(event.onlineLink() == null ? "" : event.onlineLink());
        cutoff.setValue(event.cancelCutoffHours());
        thankYou.setValue(event.thankYouMessage() == null ? "" : event.thankYouMessage());
        pulse.setValue(event.pulseEnabled());
    }

    /** What the preview shows; null while the dates or zone are incomplete. */
    EventInfo preview() {
        try {
            if (start.getValue() == null || end.getValue() == null || zone.getValue() == null) {
                return null;
            }
            ZoneId z = ZoneId.of(zone.getValue());
            var startsAt = start.getValue().atZone(z).toInstant();
            int hours = cutoff.getValue() == null ? 0 : Math.max(0, cutoff.getValue());
            return new EventInfo(
                    startsAt,
                    end.getValue().atZone(z).toInstant(),
                    z,
                    place.getValue(),
                    onlineLink.getValue(),
                    startsAt.minus(Duration.ofHours(hours)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    void fields(Map<String, HasValidation> into) {
        into.put("event.start", start);
        into.put("event.end", end);
        into.put("event.zone", zone);
        into.put("event.place", place);
        into.put("event.onlineLink", onlineLink);
        into.put("event.cutoff", cutoff);
        into.put("event.thankYou", thankYou);
    }

    void onChange(Runnable listener) {
        start.addValueChangeListener(e -> listener.run());
        end.addValueChangeListener(e -> listener.run());
        zone.addValueChangeListener(e -> listener.run());
        place.addValueChangeListener(e -> listener.run());
        onlineLink.addValueChangeListener(e -> listener.run());
        cutoff.addValueChangeListener(e -> listener.run());
    }
}
