package app.ambassade.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import app.ambassade.audit.internal.AuditEntryRepository;
import app.ambassade.identity.internal.UserAccountRepository;
import app.ambassade.identity.internal.UserTokenRepository;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.TenantRows;
import app.ambassade.support.TestData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.data.repository.support.Repositories;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenant isolation on MariaDB, for every Spring Data repository over a {@link TenantScopedEntity}
 * (found in the application context, so a new repository is covered without touching this test).
 * With two tenants seeded, tenant A reads, updates and deletes tenant B's ids through the inherited
 * CRUD methods, JPQL bulk statements and entity saves; every query method the repository declares
 * is called with B's values from a third, empty tenant and with no tenant at all. Nothing of B may
 * be seen, and B's rows in every tenant table must be exactly as before (checked by SQL).
 *
 * <p>Rows are made by {@link TenantRows}; an entity it cannot build generically (one with an
 * association, for instance) needs a fixture there.
 */
@MariaDbTest
class TenantIsolationIT {

    private static final int ROWS_PER_TENANT = 2;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestData data;

    @Autowired
    TenantRows rows;

    @Test
    void everyKnownTenantScopedRepositoryIsDiscovered() {
        assertThat(subjects())
                .extracting(Subject::repositoryInterface)
                .contains(UserAccountRepository.class, UserTokenRepository.class, AuditEntryRepository.class);
        assertThat(subjects())
                .allSatisfy(subject -> assertThat(TenantScopedEntity.class).isAssignableFrom(subject.entity()));
    }

    @TestFactory
    Stream<DynamicContainer> everyTenantScopedRepositoryKeepsTenantsApart() {
        return subjects().stream()
                .map(subject -> dynamicContainer(
                        subject.repositoryInterface().getSimpleName(),
                        Stream.concat(
                                Stream.of(
                                        dynamicTest(
                                                "reads from another tenant find none of its rows",
                                                () -> reads(subject)),
                                        dynamicTest(
                                                "bulk updates and deletes from another tenant change nothing",
                                                () -> bulk(subject)),
                                        dynamicTest(
                                                "saving another tenant's entities changes nothing",
                                                () -> saves(subject)),
                                        dynamicTest(
                                                "deleting another tenant's ids changes nothing",
                                                () -> deletes(subject)),
                                        dynamicTest(
                                                "with no tenant nothing is read or written", () -> noTenant(subject))),
                                queryMethodTests(subject))));
    }

    // --- inherited CRUD methods -----------------------------------------------------------------

    private void reads(Subject subject) {
        Seeded seeded = seed(subject);
        CrudRepository<Object, Object> repository = subject.crud();
        as(seeded.a(), () -> {
            for (Long id : seeded.bIds()) {
                assertThat(repository.findById(id)).as("findById(%s)", id).isEmpty();
                assertThat(repository.existsById(id)).as("existsById(%s)", id).isFalse();
            }
            assertThat(repository.findAllById(List.copyOf(seeded.bIds())))
                    .as("findAllById")
                    .isEmpty();
            assertThat(ids(repository.findAll()))
                    .as("findAll")
                    .containsExactlyInAnyOrderElementsOf(rows.ids(subject.entity(), seeded.a()));
            assertThat(repository.count()).as("count").isEqualTo(rows.count(subject.entity(), seeded.a()));
            if (subject.repository() instanceof PagingAndSortingRepository<?, ?> paging) {
                List<Long> own = rows.ids(subject.entity(), seeded.a());
                var page = paging.findAll(PageRequest.of(0, 50, Sort.by("id")));
                assertThat(page.getTotalElements())
                        .as("findAll(Pageable).total")
                        .isEqualTo(own.size());
                assertThat(ids(page.getContent())).as("findAll(Pageable)").containsExactlyElementsOf(own);
                assertThat(ids(paging.findAll(Sort.by(Sort.Direction.DESC, "id"))))
                        .as("findAll(Sort)")
                        .containsExactlyElementsOf(own.reversed());
            }
            if (subject.repository() instanceof JpaRepository<?, ?> jpa) {
                @SuppressWarnings("unchecked")
                JpaRepository<Object, Object> typed = (JpaRepository<Object, Object>) jpa;
                for (Long id : seeded.bIds()) {
                    assertThatThrownBy(() -> transactions.executeWithoutResult(
                                    status -> Hibernate.initialize(typed.getReferenceById(id))))
                            .as("getReferenceById(%s)", id)
                            .isInstanceOf(RuntimeException.class);
                }
            }
            return null;
        });
        assertThat(as(seeded.b(), () -> ids(repository.findAllById(List.copyOf(seeded.bIds())))))
                .as("B still sees its own rows")
                .containsExactlyInAnyOrderElementsOf(seeded.bIds());
    }

    private void bulk(Subject subject) {
        Seeded seeded = seed(subject);
        String entity = entityName(subject.entity());
        var before = rows.snapshot(seeded.b());

        int updated = as(
                seeded.a(),
                () -> transactions.execute(status -> entityManager
                        .createQuery("update " + entity + " e set e.version = e.version + 1 where e.id in :ids")
                        .setParameter("ids", seeded.bIds())
                        .executeUpdate()));
        int updatedAll = as(
                seeded.a(),
                () -> transactions.execute(status -> entityManager
                        .createQuery("update " + entity + " e set e.version = e.version + 1")
                        .executeUpdate()));
        int deleted = as(
                seeded.a(),
                () -> transactions.execute(status -> entityManager
                        .createQuery("delete from " + entity + " e where e.id in :ids")
                        .setParameter("ids", seeded.bIds())
                        .executeUpdate()));

        assertThat(updated).as("bulk update of B's ids from A").isZero();
        assertThat(updatedAll)
                .as("bulk update of every row from A")
                .isEqualTo(rows.count(subject.entity(), seeded.a()));
        assertThat(deleted).as("bulk delete of B's ids from A").isZero();
        assertThat(rows.snapshot(seeded.b())).as("B's rows").isEqualTo(before);
        assertThat(as(seeded.b(), () -> ids(subject.crud().findAll())))
                .containsExactlyInAnyOrderElementsOf(seeded.bIds());
    }

    private void saves(Subject subject) {
        Seeded seeded = seed(subject);
        List<Object> fromB = as(seeded.b(), () -> list(subject.crud().findAllById(List.copyOf(seeded.bIds()))));
        var before = rows.snapshot(seeded.b());

        for (Object entity : fromB) {
            rows.change(entity);
            inTenant(seeded.a(), () -> attempt(() -> subject.crud().save(entity)));
            if (subject.repository() instanceof JpaRepository<?, ?> jpa) {
                @SuppressWarnings("unchecked")
                JpaRepository<Object, Object> typed = (JpaRepository<Object, Object>) jpa;
                inTenant(seeded.a(), () -> attempt(() -> typed.saveAndFlush(entity)));
            }
        }
        inTenant(seeded.a(), () -> attempt(() -> subject.crud().saveAll(fromB)));

        assertThat(rows.snapshot(seeded.b())).as("B's rows").isEqualTo(before);
    }

    private void deletes(Subject subject) {
        Seeded seeded = seed(subject);
        CrudRepository<Object, Object> repository = subject.crud();
        List<Object> fromB = as(seeded.b(), () -> list(repository.findAllById(List.copyOf(seeded.bIds()))));
        var before = rows.snapshot(seeded.b());

        inTenant(seeded.a(), () -> {
            seeded.bIds().forEach(id -> attempt(() -> repository.deleteById(id)));
            attempt(() -> repository.deleteAllById(List.copyOf(seeded.bIds())));
            fromB.forEach(entity -> attempt(() -> repository.delete(entity)));
            attempt(() -> repository.deleteAll(fromB));
            if (subject.repository() instanceof JpaRepository<?, ?> jpa) {
                @SuppressWarnings("unchecked")
                JpaRepository<Object, Object> typed = (JpaRepository<Object, Object>) jpa;
                attempt(() -> typed.deleteAllByIdInBatch(List.copyOf(seeded.bIds())));
                attempt(() -> typed.deleteAllInBatch(fromB));
            }
        });
        assertThat(rows.snapshot(seeded.b()))
                .as("B's rows after deletes of its ids from A")
                .isEqualTo(before);

        inTenant(seeded.a(), () -> {
            if (subject.repository() instanceof JpaRepository<?, ?> jpa) {
                jpa.deleteAllInBatch();
            }
            repository.deleteAll();
        });
        assertThat(rows.count(subject.entity(), seeded.a()))
                .as("A deleted all of its own rows")
                .isZero();
        assertThat(rows.snapshot(seeded.b()))
                .as("B's rows after A deleted all of its own")
                .isEqualTo(before);
    }

    private void noTenant(Subject subject) {
        Seeded seeded = seed(subject);
        CrudRepository<Object, Object> repository = subject.crud();
        var beforeA = rows.snapshot(seeded.a());
        var beforeB = rows.snapshot(seeded.b());
        SecurityContextHolder.clearContext();
        assertThat(TenantContext.currentTenantId()).isEmpty();

        assertThat(repository.findAll()).as("findAll").isEmpty();
        assertThat(repository.count()).as("count").isZero();
        assertThat(repository.findById(seeded.bIds().getFirst())).as("findById").isEmpty();
        Integer updated = transactions.execute(status -> entityManager
                .createQuery("update " + entityName(subject.entity()) + " e set e.version = e.version + 1")
                .executeUpdate());
        assertThat(updated).as("bulk update").isZero();
        if (subject.repository() instanceof JpaRepository<?, ?> jpa) {
            jpa.deleteAllInBatch();
        }
        repository.deleteAll();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> rows.insert(subject.entity())))
                .as("inserting without a tenant")
                .isInstanceOf(RuntimeException.class);

        assertThat(rows.snapshot(seeded.a())).isEqualTo(beforeA);
        assertThat(rows.snapshot(seeded.b())).isEqualTo(beforeB);
    }

    // --- the repository's own query methods -----------------------------------------------------

    private Stream<DynamicTest> queryMethodTests(Subject subject) {
        return queryMethods(subject).stream()
                .map(method -> dynamicTest(signature(method), () -> queryMethod(subject, method)));
    }

    private void queryMethod(Subject subject, Method method) {
        Seeded seeded = seed(subject);
        long empty = data.tenant("iso-empty").id();
        Object bRow = as(
                seeded.b(),
                () -> subject.crud().findById(seeded.bIds().getFirst()).orElseThrow());
        Object[] arguments = rows.argumentsFor(method, subject.entity(), bRow);
        boolean modifying = QueryMethods.isModifying(method, subject.entity());
        var before = rows.snapshot(seeded.b());

        if (!modifying) {
            Object own = as(seeded.b(), () -> invoke(subject, method, arguments));
            assertThat(QueryMethods.isEmpty(own))
                    .as(
                            "%s called in B with B's values finds nothing, so the isolation check below would prove "
                                    + "nothing: give TenantRows arguments or fixtures that match",
                            signature(method))
                    .isFalse();
        }
        Object fromEmptyTenant = as(empty, () -> invoke(subject, method, arguments));
        SecurityContextHolder.clearContext();
        Object withoutTenant = invoke(subject, method, arguments);

        assertThat(QueryMethods.isEmpty(fromEmptyTenant))
                .as("%s from another tenant returned %s", signature(method), fromEmptyTenant)
                .isTrue();
        assertThat(QueryMethods.isEmpty(withoutTenant))
                .as("%s without a tenant returned %s", signature(method), withoutTenant)
                .isTrue();
        assertThat(rows.snapshot(seeded.b()))
                .as("B's rows after %s", signature(method))
                .isEqualTo(before);
    }

    private Object invoke(Subject subject, Method method, Object[] arguments) {
        return transactions.execute(
                status -> QueryMethods.materialize(QueryMethods.call(subject.repository(), method, arguments)));
    }

    private static List<Method> queryMethods(Subject subject) {
        return Arrays.stream(subject.repositoryInterface().getMethods())
                .filter(m -> !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !m.getDeclaringClass().getName().startsWith("org.springframework.data."))
                .sorted(Comparator.comparing(TenantIsolationIT::signature))
                .toList();
    }

    // --- plumbing -------------------------------------------------------------------------------

    record Subject(Class<?> entity, Class<?> repositoryInterface, Object repository) {

        @SuppressWarnings("unchecked")
        CrudRepository<Object, Object> crud() {
            return (CrudRepository<Object, Object>) repository;
        }
    }

    record Seeded(long a, long b, List<Long> aIds, List<Long> bIds) {}

    private List<Subject> subjects() {
        Repositories repositories = new Repositories(context);
        List<Subject> subjects = new ArrayList<>();
        for (Class<?> domainType : repositories) {
            if (!TenantScopedEntity.class.isAssignableFrom(domainType)) {
                continue;
            }
            Object repository = repositories.getRepositoryFor(domainType).orElseThrow();
            Class<?> repositoryInterface =
                    repositories.getRequiredRepositoryInformation(domainType).getRepositoryInterface();
            assertThat(repository)
                    .as("%s must be a CrudRepository to be checked here", repositoryInterface)
                    .isInstanceOf(CrudRepository.class);
            subjects.add(new Subject(domainType, repositoryInterface, repository));
        }
        subjects.sort(Comparator.comparing(s -> s.repositoryInterface().getName()));
        return subjects;
    }

    private Seeded seed(Subject subject) {
        long a = data.tenant("iso-a").id();
        long b = data.tenant("iso-b").id();
        List<Long> aIds = as(a, () -> rows.insertRows(subject.entity(), ROWS_PER_TENANT));
        List<Long> bIds = as(b, () -> rows.insertRows(subject.entity(), ROWS_PER_TENANT));
        return new Seeded(a, b, aIds, bIds);
    }

    private String entityName(Class<?> entity) {
        return entityManagerFactory.getMetamodel().entity(entity).getName();
    }

    private static <T> T as(long tenantId, Supplier<T> work) {
        return TenantContext.callAs(tenantId, work);
    }

    private static void inTenant(long tenantId, Runnable work) {
        TenantContext.runAs(tenantId, work);
    }

    /** An attack that may be refused with an exception; what counts is that B's rows did not change. */
    private static void attempt(Runnable attack) {
        try {
            attack.run();
        } catch (RuntimeException refused) {
            // refused: fine
        }
    }

    private static List<Object> list(Iterable<?> items) {
        List<Object> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    private static List<Long> ids(Iterable<?> entities) {
        return list(entities).stream()
                .map(e -> ((TenantScopedEntity) e).getId())
                .toList();
    }

    private static String signature(Method method) {
        return method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .toList()
                        .toString()
                        .replace('[', '(')
                        .replace(']', ')');
    }

    static final class QueryMethods {

        private QueryMethods() {}

        static boolean isModifying(Method method, Class<?> entity) {
            if (method.isAnnotationPresent(org.springframework.data.jpa.repository.Modifying.class)) {
                return true;
            }
            if (method.isAnnotationPresent(org.springframework.data.jpa.repository.Query.class)) {
                return false;
            }
            return new org.springframework.data.repository.query.parser.PartTree(method.getName(), entity).isDelete();
        }

        static Object call(Object repository, Method method, Object[] arguments) {
            try {
                return method.invoke(repository, arguments);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
        }

        /** Streams must be read inside the transaction. */
        static Object materialize(Object result) {
            return result instanceof Stream<?> stream ? stream.toList() : result;
        }

        static boolean isEmpty(Object result) {
            return switch (result) {
                case null -> true;
                case Optional<?> optional -> optional.isEmpty();
                case org.springframework.data.domain.Page<?> page -> page.getTotalElements() == 0 && !page.hasContent();
                case Slice<?> slice -> !slice.hasContent();
                case Iterable<?> iterable -> !iterable.iterator().hasNext();
                case Map<?, ?> map -> map.isEmpty();
                case Number number -> number.longValue() == 0;
                case Boolean bool -> !bool;
                case Object[] array -> array.length == 0;
                default -> false;
            };
        }
    }
}
