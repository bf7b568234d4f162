package app.ambassade.notification.ui;

import app.ambassade.notification.NotificationTarget;
import app.ambassade.notification.NotificationTargetResolver;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The features' resolvers by kind: a target of a kind nobody resolves leads nowhere. */
@Component
class NotificationTargets {

    private final Map<String, NotificationTargetResolver> byKind;

    NotificationTargets(ObjectProvider<NotificationTargetResolver> resolvers) {
        this.byKind = resolvers
                .orderedStream()
                .collect(Collectors.toUnmodifiableMap(NotificationTargetResolver::kind, Function.identity()));
    }

    /** Where the signed-in reader goes for this target, checked now by the feature that owns it. */
    Optional<String> location(NotificationTarget target) {
        return Optional.ofNullable(target)
                .flatMap(t -> Optional.ofNullable(byKind.get(t.kind())).flatMap(resolver -> resolver.location(t.id())));
    }
}
