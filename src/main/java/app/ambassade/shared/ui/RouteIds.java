package app.ambassade.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ids in portal addresses ({@code communities/:id}). Anything that is not a plain positive number
 * that fits a {@code long} (letters, 20 digits, a sign) is simply no id: the view then shows the
 * "not found" page, as for an id of another tenant. Every view with an id in its address reads it
 * here, never with {@code Long.parseLong} or {@code RouteParameters.getLong}, which throw.
 */
public final class RouteIds {

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private RouteIds() {}

    public static Optional<Long> parse(String text) {
        return text != null && ID.matcher(text).matches() ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }

    /** The id route parameter {@code name} of the address being entered. */
    public static Optional<Long> of(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).flatMap(RouteIds::parse);
    }
}
