package app.ambassade.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A small component a module puts in the top bar for the signed-in person (for example the
 * notification bell), so that the shell shows it without importing the module.
 */
public interface NavbarWidget {

    Optional<Component> create();

    default int order() {
        return 100;
    }
}
