package app.ambassade.community.ui;

import app.ambassade.community.FeedService;
import app.ambassade.shared.ui.FieldErrors;
import app.ambassade.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;

/** Asks for a reason (a report, a moderation decision); the service's errors show at the field. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(String titleKey, String confirmKey, SerializableConsumer<String> action) {
        setHeaderTitle(getTranslation(titleKey));
        reason.setLabel(getTranslation("community.reason"));
        reason.setMaxLength(FeedService.REASON_MAX);
        reason.setWidthFull();
        confirm.setText(getTranslation(confirmKey));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                action.accept(reason.getValue());
                close();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of("reason", reason));
            }
        });
        Button cancel = new Button(getTranslation("community.cancel"), e -> close());
        add(reason);
        getFooter().add(cancel, confirm);
        setWidth("min(32rem, 95vw)");
    }
}
