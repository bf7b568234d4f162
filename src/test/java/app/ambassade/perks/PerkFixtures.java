package app.ambassade.perks;

import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.internal.PerkCode;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.perks.internal.PerkPulse;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Perks made the way the brand makes them (through the catalogue), plus the rows other parts write (codes, pulses). */
final class PerkFixtures {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PerkCatalogue catalogue;
    private final PerkCodeRepository codes;
    private final PerkPulseRepository pulses;
    private final TransactionTemplate transactions;

    PerkFixtures(PerkCatalogue catalogue, PerkCodeRepository codes, PerkPulseRepository pulses,
                 TransactionTemplate transactions) {
        this.catalogue = catalogue;
        this.codes = codes;
        this.pulses = pulses;
        this.transactions = transactions;
    }

    static PerkRules open() {
        return PerkRules.open();
    }

    static PerkRules minTier(int rank) {
        return new PerkRules(rank, false, Set.of(), Map.of());
    }

    static PerkForm event(String title, LocalDateTime start, ZoneId zone, int capacity, boolean waitlist, int cutoffHours) {
        return new PerkForm(PerkKind.EVENT, title, "An evening with the team", null, null, open(), capacity, waitlist,
                null, new EventDetails(start, start.plusHours(2), zone.getId(), "12 rue de la Paix, Paris", null,
                cutoffHours, "Thank you for coming", false), null);
    }

    static PerkForm earlyAccess(String title, String link, String sharedCode, boolean singleUse, PerkRules rules) {
        return new PerkForm(PerkKind.EARLY_ACCESS, title, "Before everyone else", null, null, rules, null, false,
                new EarlyAccessDetails(link, sharedCode, singleUse), null, null);
    }

    static PerkForm content(String title, String article, PerkRules rules) {
        return new PerkForm(PerkKind.CONTENT, title, "Made for you", null, null, rules, null, false, null, null,
                new ContentDetails(article, "https://video.example.test/watch"));
    }

    static PerkForm coCreation(String title, int seats) {
        return new PerkForm(PerkKind.CO_CREATION, title, "Design the next one with us", null, null, open(), seats, false,
                null, null, null);
    }

    static PerkForm withRules(PerkForm f, PerkRules rules) {
        return new PerkForm(f.kind(), f.title(), f.description(), f.availableFrom(), f.availableUntil(), rules, f.capacity(),
                f.waitlistEnabled(), f.access(), f.event(), f.content());
    }

    static PerkForm available(PerkForm f, Instant from, Instant until) {
        return new PerkForm(f.kind(), f.title(), f.description(), from, until, f.rules(), f.capacity(),
                f.waitlistEnabled(), f.access(), f.event(), f.content());
    }

    /** Creates the perk as the manager; publishes it unless {@code publish} is false. */
    long create(AuthenticatedUser manager, PerkForm form, boolean publish, String... singleUseCodes) {
        return as(manager, () -> {
            long id = catalogue.create(form);
            if (singleUseCodes.length > 0) {
                addCodes(manager.tenantId(), id, singleUseCodes);
            }
            if (publish) {
                catalogue.setStatus(id, PerkStatus.PUBLISHED);
            }
            return id;
        });
    }

    long publish(AuthenticatedUser manager, PerkForm form, String... singleUseCodes) {
        return create(manager, form, true, singleUseCodes);
    }

    void addCodes(long tenantId, long perkId, String... values) {
        TenantContext.runAs(tenantId, () -> transactions.executeWithoutResult(status ->
                Arrays.stream(values).forEach(code -> codes.save(new PerkCode(perkId, code)))));
    }

    long pulse(long tenantId, long perkId, long memberId, Instant sentAt) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status ->
                pulses.save(new PerkPulse(perkId, memberId, sentAt)).getId()));
    }

    Integer score(long tenantId, long pulseId) {
        return TenantContext.callAs(tenantId, () -> transactions.execute(status ->
                pulses.findById(pulseId).orElseThrow().getScore()));
    }

    PerkView view(AuthenticatedUser manager, long perkId) {
        return as(manager, () -> catalogue.view(perkId).orElseThrow());
    }

    static <T> T as(AuthenticatedUser user, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        TestData.signIn(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
