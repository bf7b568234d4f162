package app.ambassade.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.audit.internal.PlatformAuditEntry;
import app.ambassade.identity.ActingAs;
import app.ambassade.identity.internal.LoginClient;
import app.ambassade.identity.internal.PlatformAdmin;
import app.ambassade.identity.internal.UnknownLoginAddress;
import app.ambassade.mail.internal.OutboxEntry;
import app.ambassade.tenancy.TenantScopedEntity;
import app.ambassade.tenancy.internal.Tenant;
import app.ambassade.tenancy.internal.TenantLogo;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.NamedNativeQueries;
import jakarta.persistence.NamedNativeQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.SharedSessionContract;
import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;

/**
 * The design rules that keep tenants apart and views safe, checked on the compiled main code.
 * Allow-lists live here, each entry with the reason it is allowed.
 */
class ArchitectureRulesTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.ambassade");

    static final Path MAIN_SOURCES = Path.of("src/main/java");

    /**
     * The ONE list of entities that do not belong to a tenant. Each also says why in its Javadoc,
     * with a {@code platform-wide:} mention.
     */
    static final Set<Class<?>> PLATFORM_WIDE_ENTITIES = Set.of(
            Tenant.class, // the root of every tenant's data
            TenantLogo.class, // keyed by the tenant itself (tenant_id is its primary key)
            PlatformAdmin.class, // the platform operator belongs to no tenant
            PlatformAuditEntry.class, // actions of the platform operator on tenants
            OutboxEntry.class, // development outbox read by the platform admin only
            UnknownLoginAddress.class, // failed logins to addresses without an account, keyed by a hash
            LoginClient.class); // failed logins per client address across brands, keyed by a hash

    /**
     * Classes allowed to run SQL that Hibernate does not filter by tenant (native queries, JDBC).
     * A report that needs SQL takes the tenant id as an explicit parameter, has an isolation test,
     * and is added here with the reason.
     */
    static final Set<String> NATIVE_SQL_ALLOWED = Set.of(
            // hands the DataSource to bucket4j's rate-limit table, which holds no tenant data: a bucket's
            // key (hashed) already names the resolved brand it limits (decision 0015)
            "app.ambassade.shared.limits.RateLimits");

    /**
     * Classes allowed to build {@link Html} (raw HTML): only the Markdown view, whose HTML always
     * comes from SafeMarkdown (commonmark with HTML escaped, then jsoup's Safelist).
     */
    static final Set<String> HTML_ALLOWED = Set.of("app.ambassade.shared.text.MarkdownView");

    static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    /**
     * Effects run after the commit with no transaction of their own: each receiver opens its transactions
     * inside the event's tenant, since Hibernate fixes a session's tenant when the session opens (a
     * listener transaction opened before would read and write as no tenant). Decision record 0009.
     */
    @Test
    void effectListenersOpenNoTransactionBeforeEnteringTheTenant() {
        methods()
                .that()
                .areAnnotatedWith(ApplicationModuleListener.class)
                .should(new ArchCondition<>("run with propagation NOT_SUPPORTED") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Propagation propagation = method.getAnnotationOfType(ApplicationModuleListener.class)
                                .propagation();
                        events.add(new SimpleConditionEvent(
                                method,
                                propagation == Propagation.NOT_SUPPORTED,
                                method.getFullName() + " runs with " + propagation));
                    }
                })
                .check(MAIN);
    }

    /**
     * Acting as someone else (the demo seed running as a manager or member) is for start-up work only:
     * a request path that did it would act with rights the person does not have.
     */
    @Test
    void actingAsSomeoneElseIsConfinedToTheDemoSeed() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(ActingAs.class)
                .and()
                .haveSimpleNameNotEndingWith("DemoContent")
                .and()
                .resideOutsideOfPackage("app.ambassade.demo..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(ActingAs.class)
                .because("only the demo seed may act as another person")
                .check(MAIN);
    }

    @Test
    void everyEntityIsTenantScopedOrAllowListedAsPlatformWide() {
        classes()
                .that()
                .areAnnotatedWith(Entity.class)
                .and(notAmong(
                        PLATFORM_WIDE_ENTITIES.stream().map(Class::getName).collect(Collectors.toSet())))
                .should()
                .beAssignableTo(TenantScopedEntity.class)
                .because("tenant-owned rows must get Hibernate's tenant filter; platform-wide entities are listed "
                        + "in ArchitectureRulesTest.PLATFORM_WIDE_ENTITIES")
                .check(MAIN);
    }

    @Test
    void platformWideEntitiesAreEntitiesThatSayWhyInTheirJavadoc() {
        for (Class<?> entity : PLATFORM_WIDE_ENTITIES) {
            assertThat(entity.isAnnotationPresent(Entity.class))
                    .as("%s is an entity", entity.getName())
                    .isTrue();
            assertThat(TenantScopedEntity.class.isAssignableFrom(entity))
                    .as("%s is tenant-scoped, so it does not belong in the platform-wide list", entity.getName())
                    .isFalse();
            assertThat(classJavadoc(entity))
                    .as("Javadoc of %s explains with 'platform-wide:' why it belongs to no tenant", entity.getName())
                    .contains("platform-wide:");
        }
    }

    @Test
    void tenantIdAppearsOnlyOnTenantScopedEntity() {
        fields().that()
                .areAnnotatedWith(TenantId.class)
                .should()
                .beDeclaredIn(TenantScopedEntity.class)
                .check(MAIN);
        noMethods().should().beAnnotatedWith(TenantId.class).check(MAIN);
        assertThat(MAIN.get(TenantScopedEntity.class).getFields()).anyMatch(f -> f.isAnnotatedWith(TenantId.class));
        assertThat(TenantScopedEntity.class.isAnnotationPresent(MappedSuperclass.class))
                .isTrue();
    }

    @Test
    void everyViewAndLayoutDeclaresExactlyOneAccessAnnotation() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(RouteAlias.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .or()
                .implement(HasErrorParameter.class)
                .should(haveExactlyOneAccessAnnotation())
                .check(MAIN);
    }

    @Test
    void routesDoNotNameALayout() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should(new ArchCondition<>("not name a layout (MainLayout is the automatic @Layout)") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        Object layout = view.getAnnotationOfType(Route.class).layout();
                        if (!UI.class.equals(layout)) {
                            events.add(SimpleConditionEvent.violated(
                                    view, view.getName() + " declares @Route(layout = ...)"));
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void noNativeQueriesOutsideTheAllowList() {
        methods()
                .that()
                .areAnnotatedWith(Query.class)
                .and()
                .areDeclaredInClassesThat(notAmong(NATIVE_SQL_ALLOWED))
                .should(new ArchCondition<>("not be native queries") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean nativeQuery = method.getAnnotationOfType(Query.class.getName())
                                .get("nativeQuery")
                                .map(Boolean.TRUE::equals)
                                .orElse(false);
                        if (nativeQuery) {
                            events.add(SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName()
                                            + " is a native query, which Hibernate does not filter by tenant"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(MAIN);
        noMethods()
                .that()
                .areDeclaredInClassesThat(notAmong(NATIVE_SQL_ALLOWED))
                .should()
                .beAnnotatedWith("org.springframework.data.jpa.repository.NativeQuery")
                .check(MAIN);
        noClasses()
                .that(notAmong(NATIVE_SQL_ALLOWED))
                .should()
                .beAnnotatedWith(NamedNativeQuery.class)
                .orShould()
                .beAnnotatedWith(NamedNativeQueries.class)
                .check(MAIN);
    }

    @Test
    void noJdbcOrNativeSqlOutsideTheAllowList() {
        noClasses()
                .that(notAmong(NATIVE_SQL_ALLOWED))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc.core..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("javax.sql.DataSource")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Connection")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.Statement")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould()
                .callMethodWhere(nativeQueryCall())
                .because("native SQL and JDBC bypass Hibernate's tenant filter")
                .check(MAIN);
    }

    @Test
    void noRawHtmlIsBuiltOutsideTheAllowList() {
        noClasses()
                .that(notAmong(HTML_ALLOWED))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Html.class)
                .because("user text is shown as text, never as HTML")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "app.ambassade.shell..")
                .should()
                .callConstructorWhere(constructorOf(Html.class))
                .check(MAIN);
        assertThat(mainSourcesContaining(Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML")))
                .as("main sources setting HTML through element properties or JavaScript")
                .isEmpty();
    }

    @Test
    void viewsDoNotReachIntoAnotherModulesInternals() {
        classes()
                .that()
                .resideInAPackage("..ui..")
                .should(new ArchCondition<>("not access internal packages of another module") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        String own = module(view.getPackageName());
                        view.getDirectDependenciesFromSelf().stream()
                                .map(d -> d.getTargetClass())
                                .filter(t -> t.getPackageName().startsWith("app.ambassade.")
                                        && (t.getPackageName().contains(".internal.")
                                                || t.getPackageName().endsWith(".internal"))
                                        && !module(t.getPackageName()).equals(own))
                                .map(JavaClass::getName)
                                .distinct()
                                .forEach(t ->
                                        events.add(SimpleConditionEvent.violated(view, view.getName() + " uses " + t)));
                    }
                })
                .check(MAIN);
    }

    @Test
    void viewsGoThroughServicesNotRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "app.ambassade.shell..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .because("services check @PreAuthorize; repositories check nothing")
                .check(MAIN);
    }

    @Test
    void mainCodeUsesConstructorInjectionOnly() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
        noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(MAIN);
    }

    @Test
    void lombokIsNotUsed() throws IOException {
        // Most Lombok annotations never reach the bytecode, so look at the sources and the build.
        assertThat(mainSourcesContaining(Pattern.compile("\\blombok\\b"))).isEmpty();
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> !p.getFileName().toString().equals("ArchitectureRulesTest.java"))
                            .filter(p -> read(p).contains("lombok")))
                    .isEmpty();
        }
        assertThat(Files.readString(Path.of("pom.xml"))).doesNotContain("lombok");
    }

    // --- helpers ---------------------------------------------------------------------------

    private static DescribedPredicate<JavaClass> notAmong(Set<String> classNames) {
        return DescribedPredicate.describe("are not in " + classNames, c -> !classNames.contains(c.getName()));
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> nativeQueryCall() {
        return DescribedPredicate.describe(
                "target is createNativeQuery/createNativeMutationQuery of JPA or Hibernate",
                call -> call.getTarget().getName().startsWith("createNative")
                        && (call.getTargetOwner().isAssignableTo(EntityManager.class)
                                || call.getTargetOwner().isAssignableTo(SharedSessionContract.class)));
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall> constructorOf(
            Class<?> type) {
        return DescribedPredicate.describe(
                "target is a constructor of " + type.getSimpleName(),
                call -> call.getTargetOwner().isAssignableTo(type));
    }

    private static ArchCondition<JavaClass> haveExactlyOneAccessAnnotation() {
        return new ArchCondition<>("have exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed, @DenyAll") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                long count = ACCESS_ANNOTATIONS.stream()
                        .filter(view::isAnnotatedWith)
                        .count();
                if (count != 1) {
                    events.add(SimpleConditionEvent.violated(
                            view, view.getName() + " has " + count + " access annotations; it needs exactly one"));
                }
            }
        };
    }

    /** {@code app.ambassade.identity.ui.x} -> {@code identity}. */
    static String module(String packageName) {
        String rest = packageName.substring("app.ambassade.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The Javadoc comment directly above the declaration of a top-level class. */
    static String classJavadoc(Class<?> type) {
        String source = read(MAIN_SOURCES.resolve(type.getName().replace('.', '/') + ".java"));
        Matcher declaration = Pattern.compile("\\b(class|record|interface|enum)\\s+" + type.getSimpleName() + "\\b")
                .matcher(source);
        assertThat(declaration.find()).as("declaration of %s", type.getName()).isTrue();
        String before = source.substring(0, declaration.start());
        int end = before.lastIndexOf("*/");
        int start = before.lastIndexOf("/**");
        if (start < 0 || end < start) {
            return "";
        }
        String between = before.substring(end + 2);
        // Only annotations and modifiers may stand between the comment and the declaration.
        String stripped = between;
        for (String previous = null; !stripped.equals(previous); ) {
            previous = stripped;
            stripped = stripped.replaceAll("\\([^()]*\\)", "");
        }
        boolean attached = stripped.replaceAll("@[\\w.]+", "")
                .replaceAll("\\b(public|protected|private|abstract|final|static|sealed|non-sealed)\\b", "")
                .isBlank();
        return attached ? before.substring(start, end + 2) : "";
    }

    static List<Path> mainSourcesContaining(Pattern pattern) {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> pattern.matcher(read(p)).find())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
