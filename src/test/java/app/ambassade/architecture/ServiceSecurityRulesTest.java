package app.ambassade.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.tenancy.TenantContext;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Services enforce what views only hide: every public method of a module's API service that is
 * transactional or reads/changes data carries {@code @PreAuthorize}. The few methods meant for
 * anonymous visitors or for startup work are listed in {@link #ANONYMOUS_SAFE} with the reason.
 *
 * <p>A "service" is a public top-level class in a module base package ({@code app.ambassade.x})
 * annotated {@code @Service} or named {@code *Service}. A method "touches data" when it, or code
 * it reaches in the application (not through another {@code @PreAuthorize} method), uses a Spring
 * Data repository, an {@code EntityManager}, a {@code TransactionTemplate}, or enters a tenant with
 * {@code TenantContext.callAs/runAs}.
 */
class ServiceSecurityRulesTest {

    /** {@code Class#method} (all overloads) -> why it may run without {@code @PreAuthorize}. */
    static final Map<String, String> ANONYMOUS_SAFE = Map.ofEntries(
            Map.entry(
                    "PeopleDirectory#recipients",
                    "background work (after-commit listeners) e-mails a person of an explicit tenant, entered with "
                            + "TenantContext; returns only those people's addresses and languages"),
            Map.entry(
                    "TenantService#findBySlug",
                    "public: the login, join and branding pages resolve the tenant of the host before anyone signs in; "
                            + "returns only the tenant's public summary (name, colour, status)"),
            Map.entry(
                    "TenantService#findById",
                    "the session filter checks on each request that the principal's tenant is still active, before "
                            + "method security applies; returns only the public summary of a platform-wide row"),
            Map.entry(
                    "TenantService#current",
                    "the signed-in person's own tenant (from the principal), empty for anonymous visitors"),
            Map.entry(
                    "TenantService#logo", "public: the logo endpoint serves brand logos to the login page and e-mails"),
            Map.entry(
                    "InvitationService#find",
                    "public: the invitation page shows what a still-valid single-use link is for; the tenant comes "
                            + "from the host and the link's secret is the authorization"),
            Map.entry(
                    "InvitationService#accept",
                    "public: accepting an invitation sets name and password; the single-use link is the authorization"),
            Map.entry(
                    "AccountProvisioning#ensurePlatformAdmin",
                    "startup only (PlatformAdminBootstrap from the environment, the demo seed): nobody is signed in yet"),
            Map.entry(
                    "AccountProvisioning#anyPlatformAdmin",
                    "startup only: PlatformAdminBootstrap warns when no platform admin exists; returns a boolean"),
            Map.entry(
                    "MailService#send",
                    "infrastructure: sends a mail its caller composed, also from anonymous flows (join, password reset); "
                            + "writes only the platform-wide outbox"),
            Map.entry(
                    "MailService#sendOnce",
                    "background work: durable listeners (after the commit, nobody signed in) send a mail their caller "
                            + "composed, in the mail's tenant; writes only the delivery key of that tenant"),
            Map.entry(
                    "SignUpService#signUp",
                    "public: the join page creates a pending member in the host's tenant; bounded by a per-tenant rate limit"),
            Map.entry("SignUpService#verify", "public: the single-use e-mail verification link is the authorization"),
            Map.entry(
                    "PasswordResetService#requestReset",
                    "public: forgot-password answers the same for every address; the link goes only to the account's mailbox"),
            Map.entry(
                    "PasswordResetService#find",
                    "public: the reset page checks a still-valid single-use link; the link's secret is the authorization"),
            Map.entry("PasswordResetService#reset", "public: the single-use reset link is the authorization"),
            Map.entry(
                    "ReviewService#summary",
                    "public: the trust page and widget show a tenant's APPROVED reviews and the counts of refusals by "
                            + "criterion, for the tenant resolved from the URL; pending and refused reviews never leave"),
            Map.entry(
                    "ReviewService#procedure",
                    "public: the trust page shows how the tenant (resolved from the URL) collects and moderates reviews"),
            Map.entry(
                    "EngagementService#record",
                    "event listeners and background work (no request, maybe nobody signed in) append to the ledger "
                            + "of the tenant carried by the event; not reachable from any view"),
            Map.entry(
                    "TenantService#activeTenantIds",
                    "scheduled background work (the perk lifecycle) visits each active brand; returns ids only, "
                            + "not reachable from any view"),
            Map.entry(
                    "NotificationService#send",
                    "event listeners (after commit, maybe outside any request) notify a person of the tenant carried "
                            + "by the event; not reachable from any view"));

    private static final Pattern MODULE_BASE_PACKAGE = Pattern.compile("app\\.ambassade\\.[a-z0-9]+");
    private static final Set<String> OPEN_EXPRESSIONS = Set.of("permitAll()", "true");

    private final Map<JavaCodeUnit, Boolean> touchesData = new HashMap<>();

    @Test
    void everyPublicServiceMethodThatTouchesDataIsAuthorized() {
        Set<String> unprotected = new TreeSet<>();
        for (JavaMethod method : publicServiceMethods()) {
            if ((transactional(method) || touchesData(method))
                    && !authorized(method)
                    && !ANONYMOUS_SAFE.containsKey(key(method))) {
                unprotected.add(method.getFullName());
            }
        }
        assertThat(unprotected)
                .as(
                        "public service methods without @PreAuthorize: add an access annotation (@ManagerOnly, @SignedInOnly, ...), or, "
                                + "if the method is meant for anonymous visitors or startup work, list it with the reason "
                                + "in ServiceSecurityRulesTest.ANONYMOUS_SAFE")
                .isEmpty();
    }

    @Test
    void accessExpressionsAreWrittenOnlyInSharedSecurity() {
        Set<String> literals = new TreeSet<>();
        for (JavaClass type : ArchitectureRulesTest.MAIN) {
            if (type.getPackageName().equals("app.ambassade.shared.security")) {
                continue;
            }
            if (type.isAnnotatedWith(PreAuthorize.class)) {
                literals.add(type.getName());
            }
            type.getMethods().stream()
                    .filter(m -> m.isAnnotatedWith(PreAuthorize.class))
                    .forEach(m -> literals.add(m.getFullName()));
        }
        assertThat(literals)
                .as("use @ManagerOnly, @MemberOnly, ... (shared.security) instead of @PreAuthorize")
                .isEmpty();
    }

    @Test
    void theAnonymousAllowListNamesExistingUnprotectedServiceMethods() {
        Map<String, Boolean> protectedByKey = new HashMap<>();
        Map<String, Boolean> guardedByKey = new HashMap<>();
        for (JavaMethod method : publicServiceMethods()) {
            protectedByKey.merge(key(method), authorized(method), Boolean::logicalAnd);
            guardedByKey.merge(key(method), transactional(method) || touchesData(method), Boolean::logicalOr);
        }
        assertThat(ANONYMOUS_SAFE.keySet()).allSatisfy(entry -> {
            assertThat(protectedByKey)
                    .as("%s is a public method of a module's service", entry)
                    .containsKey(entry);
            assertThat(protectedByKey.get(entry))
                    .as("%s already has @PreAuthorize: remove it from the list", entry)
                    .isFalse();
            assertThat(guardedByKey.get(entry))
                    .as("%s touches no data: the list does not need it", entry)
                    .isTrue();
        });
    }

    @Test
    void theRuleSeesTheServicesItGuards() {
        assertThat(publicServiceMethods())
                .extracting(ServiceSecurityRulesTest::key)
                .contains(
                        "AccountService#people",
                        "TenantService#create",
                        "InvitationService#invite",
                        "AuditService#tenantLog");
        JavaMethod create = publicServiceMethods().stream()
                .filter(m -> key(m).equals("AccountProvisioning#createActiveAccount"))
                .findFirst()
                .orElseThrow();
        assertThat(touchesData(create))
                .as("a method using TransactionTemplate inside a lambda touches data")
                .isTrue();
    }

    private static List<JavaMethod> publicServiceMethods() {
        return ArchitectureRulesTest.MAIN.stream()
                .filter(c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> MODULE_BASE_PACKAGE.matcher(c.getPackageName()).matches())
                .filter(c ->
                        c.isAnnotatedWith(Service.class) || c.getSimpleName().endsWith("Service"))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !m.getModifiers().contains(JavaModifier.BRIDGE))
                .toList();
    }

    private static boolean transactional(JavaMethod method) {
        return method.isAnnotatedWith(Transactional.class)
                || method.getOwner().isAnnotatedWith(Transactional.class)
                || method.isAnnotatedWith(jakarta.transaction.Transactional.class)
                || method.getOwner().isAnnotatedWith(jakarta.transaction.Transactional.class);
    }

    private static boolean authorized(JavaCodeUnit method) {
        Optional<PreAuthorize> annotation = preAuthorize(method.getAnnotations())
                .or(() -> preAuthorize(method.getOwner().getAnnotations()));
        return annotation
                .filter(a -> !OPEN_EXPRESSIONS.contains(a.value().replace(" ", "")))
                .isPresent();
    }

    /** {@code @PreAuthorize} itself, or the one an access annotation ({@code @ManagerOnly}, ...) carries. */
    private static Optional<PreAuthorize> preAuthorize(Set<? extends JavaAnnotation<?>> annotations) {
        for (JavaAnnotation<?> annotation : annotations) {
            JavaClass type = annotation.getRawType();
            if (type.isEquivalentTo(PreAuthorize.class)) {
                return Optional.of(annotation.as(PreAuthorize.class));
            }
            Optional<PreAuthorize> meta = type.tryGetAnnotationOfType(PreAuthorize.class);
            if (meta.isPresent()) {
                return meta;
            }
        }
        return Optional.empty();
    }

    /** Whether the code unit, or application code it reaches without passing a guard, touches data. */
    private boolean touchesData(JavaCodeUnit start) {
        Boolean known = touchesData.get(start);
        if (known != null) {
            return known;
        }
        Deque<JavaCodeUnit> queue = new ArrayDeque<>(List.of(start));
        Set<JavaCodeUnit> seen = new HashSet<>(queue);
        boolean result = false;
        while (!queue.isEmpty() && !result) {
            JavaCodeUnit unit = queue.pop();
            for (JavaAccess<?> access : unit.getAccessesFromSelf()) {
                if (isDataAccess(access)) {
                    result = true;
                    break;
                }
                if (access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target
                        && access.getTargetOwner().getPackageName().startsWith("app.ambassade")) {
                    target.resolveMember()
                            .filter(m -> !authorized(m))
                            .filter(seen::add)
                            .ifPresent(queue::add);
                }
            }
        }
        touchesData.put(start, result);
        return result;
    }

    private static boolean isDataAccess(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        return owner.isAssignableTo(Repository.class)
                || owner.isAssignableTo(EntityManager.class)
                || owner.isAssignableTo(TransactionOperations.class)
                || (owner.isEquivalentTo(TenantContext.class)
                        && Set.of("callAs", "runAs").contains(access.getTarget().getName()));
    }

    private static String key(JavaCodeUnit method) {
        return method.getOwner().getSimpleName() + "#" + method.getName();
    }
}
