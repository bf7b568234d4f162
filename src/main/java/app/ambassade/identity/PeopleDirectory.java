package app.ambassade.identity;

import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of people of the signed-in person's tenant, looked up in one query for a whole page of
 * posts, comments or rows (no query per row). Ids of another tenant are simply not found.
 */
@Service
public class PeopleDirectory {

    private final UserAccountRepository users;

    PeopleDirectory(UserAccountRepository users) {
        this.users = users;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, PersonName> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids.stream().distinct().toList()).stream()
                .map(PeopleDirectory::name)
                .collect(Collectors.toMap(PersonName::id, Function.identity()));
    }

    private static PersonName name(UserAccount u) {
        String shown = u.getDisplayName() == null || u.getDisplayName().isBlank() ? u.getEmail() : u.getDisplayName();
        return new PersonName(u.getId(), shown, u.getRole());
    }
}
