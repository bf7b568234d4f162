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
import app.ambassade.perks.internal.PerkRepository;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Perks, people and claims for the brand team's tests. Perks are made by the catalogue as a manager;
 * claims are written straight through the repositories (the member side is tested elsewhere), a
 * confirmed or selected claim taking its seat with the same conditional update the claim engine uses.
 */
@Component
public class OpsFixtures {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final PerkCatalogue catalogue;
    private final PerkRepository perks;
    private final PerkClaimRepository claims;
    private final PerkCodeRepository codes;
    private final AccountProvisioning provisioning;
    private final NotificationService notifications;
    private final TransactionTemplate tx;
    private final EntityManager entityManager;
    private final Clock clock;

    OpsFixtures(PerkCatalogue catalogue, PerkRepository perks, PerkClaimRepository claims, PerkCodeRepository codes,
                AccountProvisioning provisioning, NotificationService notifications, TransactionTemplate tx,
                EntityManager entityManager, Clock clock) {
        this.catalogue = catalogue;
        this.perks = perks;
        this.claims = claims;
        this.codes = codes;
        this.provisioning = provisioning;
        this.notifications = notifications;
        this.tx = tx;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A brand with its manager and three people of the tests: Hélène (member, French), Marc (ambassador, French), Zoé (member, English). */
    public record Brand(TenantSummary tenant, AuthenticatedUser manager, AuthenticatedUser helene, AuthenticatedUser marc,
                        AuthenticatedUser zoe) {
    }

    public Brand brand(TestData data) {
        TenantSummary tenant = data.tenant("alpha");
        return new Brand(tenant, data.person(tenant, Role.BRAND_MANAGER, "boss@alpha.example"),
                person(tenant, Role.MEMBER, "helene@alpha.example", "Hélène Dupont", Locale.FRENCH),
                person(tenant, Role.AMBASSADOR, "marc@alpha.example", "Marc Lévy", Locale.FRENCH),
                person(tenant, Role.MEMBER, "zoe@alpha.example", "Zoé Martin", Locale.ENGLISH));
    }

    /** A person with a chosen display name and language. */
    public AuthenticatedUser person(TenantSummary tenant, Role role, String email, String name, Locale language) {
        long id = TestData.asPlatformAdmin(() -> provisioning.createActiveAccount(tenant.id(), email, name, role,
                TestData.PASSWORD, language));
        return new AuthenticatedUser(id, tenant.id(), tenant.slug(), email, name, role.name(), 1);
    }

    /** A published event in Paris, starting at the given local time and lasting two hours (signs the manager in). */
    public long event(AuthenticatedUser manager, String title, int capacity, LocalDateTime start, boolean pulse,
                      String thankYou) {
        return publish(manager, new PerkForm(PerkKind.EVENT, title, "An evening with the team", null, null,
                PerkRules.open(), capacity, true, null,
                new EventDetails(start, start.plusHours(2), PARIS.getId(), "12 rue des Arts, Paris", null, 0, thankYou,
                        pulse), null));
    }

    /** An event starting {@code hours} from now, in Paris. */
    public long eventIn(AuthenticatedUser manager, String title, int capacity, long hours, boolean pulse) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plusSeconds(hours * 3600), PARIS)
                .withSecond(0).withNano(0);
        return event(manager, title, capacity, start, pulse, "Thank you for coming, see you soon!");
    }

    public long coCreation(AuthenticatedUser manager, String title, int seats) {
        return publish(manager, new PerkForm(PerkKind.CO_CREATION, title, "Design the next collection with us", null,
                null, PerkRules.open(), seats, false, null, null, null));
    }

    /** A published early-access perk with these single-use codes. */
    public long earlyAccess(AuthenticatedUser manager, String title, String... singleUseCodes) {
        TestData.signIn(manager);
        long id = catalogue.create(new PerkForm(PerkKind.EARLY_ACCESS, title, "Preview before everyone", null, null,
                PerkRules.open(), null, false, new EarlyAccessDetails(null, null, true), null, null));
        inTenant(manager.tenantId(), () -> {
            for (String code : singleUseCodes) {
                codes.save(new PerkCode(id, code));
            }
        });
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        return id;
    }

    /** A claim in the given status; a confirmed or selected one takes its seat first. */
    public long claim(long tenantId, long perkId, long memberId, ClaimStatus status, String motivation) {
        return claimAt(tenantId, perkId, memberId, status, motivation, clock.instant());
    }

    public long claimAt(long tenantId, long perkId, long memberId, ClaimStatus status, String motivation,
                        Instant claimedAt) {
        return callInTenant(tenantId, () -> {
            if ((status == ClaimStatus.CONFIRMED || status == ClaimStatus.SELECTED) && perks.takePlace(perkId) != 1) {
                throw new IllegalStateException("no seat left");
            }
            return claims.save(new PerkClaim(perkId, memberId, status, motivation, claimedAt)).getId();
        });
    }

    /** Hands the next free code of the perk to the claim. */
    public void assignCode(long tenantId, long perkId, long claimId) {
        inTenant(tenantId, () -> codes.assign(codes.freeCodes(perkId, PageRequest.of(0, 1)).getFirst(), claimId,
                clock.instant()));
    }

    /** What the event closing does to unchecked seats, for tests of figures without running the lifecycle. */
    public void recordNoShows(long tenantId, long perkId) {
        inTenant(tenantId, () -> claims.markNoShows(perkId));
    }

    /** Moves an event so that it ended a while ago (past events cannot be typed in the editor's future checks). */
    public void moveEventToPast(long tenantId, long perkId) {
        Instant start = clock.instant().minusSeconds(4 * 3600);
        inTenant(tenantId, () -> entityManager.createQuery(
                        "update Perk p set p.startsAt = :start, p.endsAt = :end where p.id = :id")
                .setParameter("start", start).setParameter("end", start.plusSeconds(2 * 3600))
                .setParameter("id", perkId).executeUpdate());
    }

    public Perk perk(long tenantId, long perkId) {
        return callInTenant(tenantId, () -> perks.findById(perkId).orElseThrow());
    }

    public PerkClaim claimRow(long tenantId, long claimId) {
        return callInTenant(tenantId, () -> claims.findById(claimId).orElseThrow());
    }

    /** The person's notifications of one type, newest first (signs them in, then restores who was signed in). */
    public List<NotificationItem> notificationsOf(AuthenticatedUser person, NotificationType type) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        TestData.signIn(person);
        try {
            return notifications.mine(PageRequest.of(0, 200)).stream().filter(n -> n.type() == type).toList();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private long publish(AuthenticatedUser manager, PerkForm form) {
        TestData.signIn(manager);
        long id = catalogue.create(form);
        catalogue.setStatus(id, PerkStatus.PUBLISHED);
        return id;
    }

    private void inTenant(long tenantId, Runnable work) {
        TenantContext.runAs(tenantId, () -> tx.executeWithoutResult(s -> work.run()));
    }

    private <T> T callInTenant(long tenantId, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenantId, () -> tx.execute(s -> work.get()));
    }
}
