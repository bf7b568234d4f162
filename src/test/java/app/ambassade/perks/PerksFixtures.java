package app.ambassade.perks;

import app.ambassade.identity.AccountProvisioning;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.notification.NotificationItem;
import app.ambassade.notification.NotificationService;
import app.ambassade.notification.NotificationType;
import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkClaimRepository;
import app.ambassade.perks.internal.PerkCode;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.perks.internal.PerkPulse;
import app.ambassade.perks.internal.PerkPulseRepository;
import app.ambassade.perks.internal.PerkRepository;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The perks tests' one set of fixtures. Valid forms to change one field at a time ({@code *Form}); perks
 * made the way the brand makes them, through the catalogue as a manager; and the rows other parts write
 * (claims, codes, pulses) saved straight through the repositories, a confirmed or selected claim taking
 * its seat with the same conditional update the claim engine uses.
 */
@Component
public class PerksFixtures {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PerkCatalogue catalogue;
    private final PerkRepository perks;
    private final PerkClaimRepository claims;
    private final PerkCodeRepository codes;
    private final PerkPulseRepository pulses;
    private final AccountProvisioning provisioning;
    private final NotificationService notifications;
    private final TransactionTemplate tx;
    private final EntityManager entityManager;
    private final Clock clock;

    PerksFixtures(
            PerkCatalogue catalogue,
            PerkRepository perks,
            PerkClaimRepository claims,
            PerkCodeRepository codes,
            PerkPulseRepository pulses,
            AccountProvisioning provisioning,
            NotificationService notifications,
            TransactionTemplate tx,
            EntityManager entityManager,
            Clock clock) {
        this.catalogue = catalogue;
        this.perks = perks;
        this.claims = claims;
        this.codes = codes;
        this.pulses = pulses;
        this.provisioning = provisioning;
        this.notifications = notifications;
        this.tx = tx;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // Forms

    public static PerkRules open() {
        return PerkRules.open();
    }

    public static PerkRules minTier(int rank) {
        return new PerkRules(rank, false, Set.of(), Map.of());
    }

    /** A two-hour event without pulse, with or without a waitlist. */
    public static PerkForm eventForm(
            String title, LocalDateTime start, ZoneId zone, int capacity, boolean waitlist, int cutoffHours) {
        return new PerkForm(
                PerkKind.EVENT,
                title,
                "An evening with the team",
                null,
                null,
                open(),
                capacity,
                waitlist,
                null,
                new EventDetails(
                        start,
                        start.plusHours(2),
                        zone.getId(),
                        "12 rue de la Paix, Paris",
                        null,
                        cutoffHours,
                        "Thank you for coming",
                        false),
                null);
    }

    /** An event in Paris with a waitlist, cut-off 24 h before, thank-you message and pulse. */
    public static PerkForm eventForm(String title, LocalDateTime start, LocalDateTime end, Integer capacity) {
        return new PerkForm(
                PerkKind.EVENT,
                title,
                "An evening in the workshop",
                null,
                null,
                open(),
                capacity,
                true,
                null,
                new EventDetails(
                        start, end, PARIS.getId(), "12 rue des Fleurs, Paris", null, 24, "Thank you for coming!", true),
                null);
    }

    public static PerkForm earlyAccessForm(
            String title, String link, String sharedCode, boolean singleUse, PerkRules rules) {
        return new PerkForm(
                PerkKind.EARLY_ACCESS,
                title,
                "Before everyone else",
                null,
                null,
                rules,
                null,
                false,
                new EarlyAccessDetails(link, sharedCode, singleUse),
                null,
                null);
    }

    /** An early access revealing a link and one single-use code per member. */
    public static PerkForm codesForm(String title) {
        return earlyAccessForm(title, "https://shop.example/preview", null, true, open());
    }

    public static PerkForm contentForm(String title, String article, PerkRules rules) {
        return new PerkForm(
                PerkKind.CONTENT,
                title,
                "Made for you",
                null,
                null,
                rules,
                null,
                false,
                null,
                null,
                new ContentDetails(article, "https://video.example.test/watch"));
    }

    public static PerkForm coCreationForm(String title, int seats) {
        return new PerkForm(
                PerkKind.CO_CREATION,
                title,
                "Design the next one with us",
                null,
                null,
                open(),
                seats,
                false,
                null,
                null,
                null);
    }

    public static PerkForm withRules(PerkForm f, PerkRules rules) {
        return new PerkForm(
                f.kind(),
                f.title(),
                f.description(),
                f.availableFrom(),
                f.availableUntil(),
                rules,
                f.capacity(),
                f.waitlistEnabled(),
                f.access(),
                f.event(),
                f.content());
    }

    public static PerkForm available(PerkForm f, Instant from, Instant until) {
        return new PerkForm(
                f.kind(),
                f.title(),
                f.description(),
                from,
                until,
                f.rules(),
                f.capacity(),
                f.waitlistEnabled(),
                f.access(),
                f.event(),
                f.content());
    }

    // People

    /** A brand with its manager and three people: Hélène (member, French), Marc (ambassador, French), Zoé (member, English). */
    public record Brand(
            TenantSummary tenant,
            AuthenticatedUser manager,
            AuthenticatedUser helene,
            AuthenticatedUser marc,
            AuthenticatedUser zoe) {}

    public Brand brand(TestData data) {
        TenantSummary tenant = data.tenant("alpha");
        return new Brand(
                tenant,
                data.person(tenant, Role.BRAND_MANAGER, "boss@alpha.example"),
                person(tenant, Role.MEMBER, "helene@alpha.example", "Hélène Dupont", Locale.FRENCH),
                person(tenant, Role.AMBASSADOR, "marc@alpha.example", "Marc Lévy", Locale.FRENCH),
                person(tenant, Role.MEMBER, "zoe@alpha.example", "Zoé Martin", Locale.ENGLISH));
    }

    /** A person with a chosen display name and language. */
    public AuthenticatedUser person(TenantSummary tenant, Role role, String email, String name, Locale language) {
        long id = TestData.asPlatformAdmin(
                () -> provisioning.createActiveAccount(tenant.id(), email, name, role, TestData.PASSWORD, language));
        return new AuthenticatedUser(id, tenant.id(), tenant.slug(), email, name, role.name(), 1);
    }

    /** Runs the work signed in as the user, then restores who was signed in. */
    public static <T> T as(AuthenticatedUser user, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        TestData.signIn(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    // Perks made as the manager, who is signed out again afterwards

    /** Creates the perk with these single-use codes; publishes it unless {@code publish} is false. */
    public long create(AuthenticatedUser manager, PerkForm form, boolean publish, String... singleUseCodes) {
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

    public long publish(AuthenticatedUser manager, PerkForm form, String... singleUseCodes) {
        return create(manager, form, true, singleUseCodes);
    }

    /** An event in Paris with a waitlist, starting in {@code days} days at 19:00, for three hours. */
    public long eventInDays(AuthenticatedUser manager, String title, int capacity, int days) {
        LocalDateTime start =
                LocalDateTime.now(PARIS).plusDays(days).withHour(19).truncatedTo(ChronoUnit.HOURS);
        return publish(manager, eventForm(title, start, start.plusHours(3), capacity));
    }

    /** An early access revealing a link and a code shared by all, from the given time on. */
    public long sharedEarlyAccess(
            AuthenticatedUser manager, String title, String sharedCode, PerkRules rules, Instant from) {
        return publish(
                manager,
                available(
                        earlyAccessForm(title, "https://shop.example/preview", sharedCode, false, rules), from, null));
    }

    public PerkView view(AuthenticatedUser manager, long perkId) {
        return as(manager, () -> catalogue.view(perkId).orElseThrow());
    }

    // Perks made as the manager, who stays signed in (the brand team's tests go on as the manager)

    /** A published event in Paris, starting at the given local time and lasting two hours. */
    public long event(
            AuthenticatedUser manager,
            String title,
            int capacity,
            LocalDateTime start,
            boolean pulse,
            String thankYou) {
        TestData.signIn(manager);
        return publish(
                manager,
                new PerkForm(
                        PerkKind.EVENT,
                        title,
                        "An evening with the team",
                        null,
                        null,
                        open(),
                        capacity,
                        true,
                        null,
                        new EventDetails(
                                start,
                                start.plusHours(2),
                                PARIS.getId(),
                                "12 rue des Arts, Paris",
                                null,
                                0,
                                thankYou,
                                pulse),
                        null));
    }

    /** An event starting {@code hours} from now, in Paris. */
    public long eventIn(AuthenticatedUser manager, String title, int capacity, long hours, boolean pulse) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plusSeconds(hours * 3600), PARIS)
                .withSecond(0)
                .withNano(0);
        return event(manager, title, capacity, start, pulse, "Thank you for coming, see you soon!");
    }

    public long coCreation(AuthenticatedUser manager, String title, int seats) {
        TestData.signIn(manager);
        return publish(manager, coCreationForm(title, seats));
    }

    /** A published early-access perk with these single-use codes. */
    public long earlyAccess(AuthenticatedUser manager, String title, String... singleUseCodes) {
        TestData.signIn(manager);
        return publish(manager, earlyAccessForm(title, null, null, true, open()), singleUseCodes);
    }

    // Rows written by other parts

    /** A claim in the given status; a confirmed or selected one takes its seat first. */
    public long claim(long tenantId, long perkId, long memberId, ClaimStatus status, String motivation) {
        return claimAt(tenantId, perkId, memberId, status, motivation, clock.instant());
    }

    public long claimAt(
            long tenantId, long perkId, long memberId, ClaimStatus status, String motivation, Instant claimedAt) {
        return inTenant(tenantId, () -> {
            if ((status == ClaimStatus.CONFIRMED || status == ClaimStatus.SELECTED) && perks.takePlace(perkId) != 1) {
                throw new IllegalStateException("no seat left");
            }
            return claims.save(new PerkClaim(perkId, memberId, status, motivation, claimedAt))
                    .getId();
        });
    }

    public void addCodes(long tenantId, long perkId, String... values) {
        inTenant(
                tenantId,
                () -> Arrays.stream(values)
                        .map(code -> codes.save(new PerkCode(perkId, code)))
                        .toList());
    }

    /** Hands the next free code of the perk to the claim. */
    public void assignCode(long tenantId, long perkId, long claimId) {
        inTenant(
                tenantId,
                () -> codes.assign(codes.freeCodes(perkId, PageRequest.of(0, 1)).getFirst(), claimId, clock.instant()));
    }

    public long pulse(long tenantId, long perkId, long memberId, Instant sentAt) {
        return inTenant(
                tenantId,
                () -> pulses.save(new PerkPulse(perkId, memberId, sentAt)).getId());
    }

    public Integer score(long tenantId, long pulseId) {
        return inTenant(tenantId, () -> pulses.findById(pulseId).orElseThrow().getScore());
    }

    /** What the event closing does to unchecked seats, for tests of figures without running the lifecycle. */
    public void recordNoShows(long tenantId, long perkId) {
        inTenant(tenantId, () -> claims.markNoShows(perkId));
    }

    /** Moves an event so that it ended a while ago (past events cannot be typed in the editor's future checks). */
    public void moveEventToPast(long tenantId, long perkId) {
        Instant start = clock.instant().minusSeconds(4 * 3600);
        inTenant(
                tenantId,
                () -> entityManager
                        .createQuery("update Perk p set p.startsAt = :start, p.endsAt = :end where p.id = :id")
                        .setParameter("start", start)
                        .setParameter("end", start.plusSeconds(2 * 3600))
                        .setParameter("id", perkId)
                        .executeUpdate());
    }

    public Perk perk(long tenantId, long perkId) {
        return inTenant(tenantId, () -> perks.findById(perkId).orElseThrow());
    }

    public PerkClaim claimRow(long tenantId, long claimId) {
        return inTenant(tenantId, () -> claims.findById(claimId).orElseThrow());
    }

    /** The person's notifications of one type, newest first. */
    public List<NotificationItem> notificationsOf(AuthenticatedUser person, NotificationType type) {
        return as(
                person,
                () -> notifications.mine(PageRequest.of(0, 200)).stream()
                        .filter(n -> n.type() == type)
                        .toList());
    }

    private <T> T inTenant(long tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> work.get()));
    }
}
