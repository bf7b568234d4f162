package app.ambassade.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A block of real content on the home page, contributed by a module. The home page shows the
 * cards that have something for the signed-in person, ordered by {@link #order()}.
 */
public interface HomeCard {

    Optional<Component> create();

    default int order() {
        return 100;
    }
}
