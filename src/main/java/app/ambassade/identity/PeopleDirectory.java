package app.ambassade.identity;

import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.security.SignedInOnly;
import app.ambassade.tenancy.TenantContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names of people of the signed-in person's tenant, looked up in one query for a whole page of
 * posts, comments or rows (no query per row). Ids of another tenant are simply not found.
 */
@Service
public class PeopleDirectory {

    /** Ids per lookup statement: keeps IN lists a size every database takes. */
    static final int CHUNK = 1000;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final UserAccountRepository users;
    private final TransactionTemplate transactions;

    PeopleDirectory(UserAccountRepository users, TransactionTemplate transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @SignedInOnly
    @Transactional(readOnly = true)
    public Map<Long, PersonName> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids.stream().distinct().toList()).stream()
                .map(PeopleDirectory::name)
                .collect(Collectors.toMap(PersonName::id, Function.identity()));
    }

    /** Names and e-mails of the given people, for the brand team's grids and exports (one query per thousand ids). */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Map<Long, PersonContact> contacts(Collection<Long> ids) {
        Map<Long, PersonContact> found = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            for (Object[] row : users.contacts(chunk)) {
                found.put((Long) row[0], contact(row));
            }
        }
        return found;
    }

    /**
     * Those of the given people whose name or e-mail contains the text, ignoring case and accents
     * ("helene" finds Hélène); all of them when the text is blank.
     */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Map<Long, PersonContact> search(Collection<Long> among, String text) {
        String wanted = fold(text);
        Map<Long, PersonContact> all = contacts(among);
        if (wanted.isEmpty()) {
            return all;
        }
        Map<Long, PersonContact> found = new LinkedHashMap<>();
        all.forEach((id, c) -> {
            if (fold(c.displayName()).contains(wanted) || fold(c.email()).contains(wanted)) {
                found.put(id, c);
            }
        });
        return found;
    }

    /**
     * E-mail addresses and languages of people of the tenant, for e-mails written by background work (no
     * one signed in); unknown ids and other tenants' are left out. Must be called outside any transaction.
     */
    public Map<Long, MailRecipient> recipients(long tenantId, Collection<Long> ids) {
        return TenantContext.callAs(
                tenantId,
                () -> transactions.execute(status -> {
                    Map<Long, MailRecipient> found = new HashMap<>();
                    for (List<Long> chunk : chunks(ids)) {
                        users.contacts(chunk)
                                .forEach(row -> found.put(
                                        (Long) row[0], new MailRecipient((String) row[2], Locale.of((String) row[3]))));
                    }
                    return found;
                }));
    }

    /** Lower case without accents, for searches people type quickly. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static PersonContact contact(Object[] row) {
        String name = (String) row[1];
        String email = (String) row[2];
        return new PersonContact((Long) row[0], name == null || name.isBlank() ? email : name, email);
    }

    private static PersonName name(UserAccount u) {
        String shown = u.getDisplayName() == null || u.getDisplayName().isBlank() ? u.getEmail() : u.getDisplayName();
        return new PersonName(u.getId(), shown, u.getRole());
    }
}
