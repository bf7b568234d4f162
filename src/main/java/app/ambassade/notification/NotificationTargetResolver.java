package app.ambassade.notification;

import java.util.Optional;

/**
 * Turns the targets of one kind into the address the signed-in reader opens. Each feature implements
 * it for its own kinds (a bean in its {@code ui} package), so that this module imports no feature.
 */
public interface NotificationTargetResolver {

    /** The kind of target resolved here, as the feature stores it ({@code community}, {@code perk}). */
    String kind();

    /**
     * The address of the target for the signed-in reader; empty when it is gone or not theirs to see
     * (an id of another brand, or a screen their role does not open).
     */
    Optional<String> location(long id);
}
