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

/** Edits the text of one's own post or comment; errors show at the field and the text stays. */
class TextDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button save = new Button();

    TextDialog(String field, String value, SerializableConsumer<String> action) {
        setHeaderTitle(getTranslation("community.edit.title"));
        text.setValue(value);
        text.setMaxLength("comment".equals(field) ? FeedService.COMMENT_MAX : FeedService.POST_MAX);
        text.setWidthFull();
        text.setMinRows(3);
        save.setText(getTranslation("community.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                action.accept(text.getValue());
                close();
            } catch (InvalidInputException ex) {
                FieldErrors.show(this, ex, Map.of(field, text));
            }
        });
        add(text);
        getFooter().add(new Button(getTranslation("community.cancel"), e -> close()), save);
        setWidth("min(40rem, 95vw)");
    }
}
