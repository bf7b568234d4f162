package app.ambassade.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the signed-in person's unread count may have changed, so that the bell refreshes. */
class UnreadChanged extends ComponentEvent<UI> {

    UnreadChanged(UI ui) {
        super(ui, false);
    }
}
