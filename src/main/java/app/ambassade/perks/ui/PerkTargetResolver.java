package app.ambassade.perks.ui;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.notification.NotificationTargetResolver;
import app.ambassade.perks.MemberPerks;
import app.ambassade.perks.PerkTarget;
import app.ambassade.shared.security.Roles;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A perk notice opens the member's page of the perk, if the reader is a member who still sees it. */
@Component
class PerkTargetResolver implements NotificationTargetResolver {

    private static final Set<String> READERS = Set.of(Roles.MEMBER, Roles.AMBASSADOR);

    private final MemberPerks perks;

    PerkTargetResolver(MemberPerks perks) {
        this.perks = perks;
    }

    @Override
    public String kind() {
        return PerkTarget.KIND;
    }

    @Override
    public Optional<String> location(long id) {
        boolean member =
                AuthenticatedUser.current().map(u -> READERS.contains(u.role())).orElse(false);
        return member
                ? perks.find(id).map(card -> PerkNavigation.perk(card.perk().id()))
                : Optional.empty();
    }
}
