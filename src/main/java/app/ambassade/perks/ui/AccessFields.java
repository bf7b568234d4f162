package app.ambassade.perks.ui;

import app.ambassade.perks.EarlyAccessDetails;
import app.ambassade.perks.PerkFormRules;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** What an early-access perk reveals after claiming: a link, a code shared by all, or single-use codes. */
class AccessFields extends VerticalLayout {

    final TextField link = new TextField();
    final TextField sharedCode = new TextField();
    final Checkbox singleUse = new Checkbox();

    AccessFields() {
        setPadding(false);
        setSpacing(false);
        link.setLabel(getTranslation("perks.field.access.link"));
        link.setPlaceholder(getTranslation("perks.field.link.placeholder"));
        link.setMaxLength(PerkFormRules.LINK_MAX);
        link.setWidthFull();
        sharedCode.setLabel(getTranslation("perks.field.access.shared-code"));
        sharedCode.setMaxLength(PerkFormRules.CODE_MAX);
        singleUse.setLabel(getTranslation("perks.field.access.single-use"));
        singleUse.addValueChangeListener(e -> sharedCode.setEnabled(!e.getValue()));
        add(new H3(getTranslation("perks.editor.access")), link, sharedCode, singleUse);
    }

    EarlyAccessDetails value() {
        return new EarlyAccessDetails(
                link.getValue(), singleUse.getValue() ? null : sharedCode.getValue(), singleUse.getValue());
    }

    void setValue(EarlyAccessDetails access) {
        if (access == null) {
            return;
        }
        link.setValue(access.link() == null ? "" : access.link());
        sharedCode.setValue(access.sharedCode() == null ? "" : access.sharedCode());
        singleUse.setValue(access.singleUseCodes());
    }

    void fields(Map<String, HasValidation> into) {
        into.put("access.link", link);
        into.put("access.sharedCode", sharedCode);
    }
}
