package app.ambassade.support;

import app.ambassade.audit.internal.AuditEntry;
import app.ambassade.community.ContentType;
import app.ambassade.community.MembershipStatus;
import app.ambassade.community.Visibility;
import app.ambassade.community.internal.Comment;
import app.ambassade.community.internal.Community;
import app.ambassade.community.internal.CommunityImage;
import app.ambassade.community.internal.CommunityMember;
import app.ambassade.community.internal.Post;
import app.ambassade.community.internal.PostReaction;
import app.ambassade.community.internal.Report;
import app.ambassade.engagement.EngagementAction;
import app.ambassade.engagement.internal.EngagementEntry;
import app.ambassade.engagement.internal.EngagementPoints;
import app.ambassade.engagement.internal.EngagementTier;
import app.ambassade.identity.AccountStatus;
import app.ambassade.identity.Role;
import app.ambassade.identity.internal.UserAccount;
import app.ambassade.identity.internal.UserToken;
import app.ambassade.mail.internal.MailDelivery;
import app.ambassade.notification.NotificationTarget;
import app.ambassade.notification.NotificationType;
import app.ambassade.notification.internal.NotificationEntry;
import app.ambassade.perks.ClaimStatus;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkStatus;
import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkArticle;
import app.ambassade.perks.internal.PerkClaim;
import app.ambassade.perks.internal.PerkCode;
import app.ambassade.perks.internal.PerkCommunity;
import app.ambassade.perks.internal.PerkEarlyWindow;
import app.ambassade.perks.internal.PerkFile;
import app.ambassade.perks.internal.PerkPulse;
import app.ambassade.perks.internal.PerkSettings;
import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewSource;
import app.ambassade.reassurance.TransparencyFactKind;
import app.ambassade.reassurance.TrustLabelKind;
import app.ambassade.reassurance.internal.FaqEntry;
import app.ambassade.reassurance.internal.PolicyVersion;
import app.ambassade.reassurance.internal.Review;
import app.ambassade.reassurance.internal.TransparencyFact;
import app.ambassade.reassurance.internal.TrustLabel;
import app.ambassade.reassurance.internal.TrustWidgetSettings;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.annotations.TenantId;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ReflectionUtils;

/**
 * Rows of tenant-scoped entities for the isolation tests: made through JPA inside the current
 * tenant scope, read back by plain SQL with the tenant id as an explicit parameter (what the
 * database really holds, with no Hibernate tenant filter in between).
 *
 * <p>Entities with a fixture below get realistic rows; any other tenant-scoped entity is built
 * from its JPA metamodel (required basic attributes filled with sample values), so a new entity is
 * covered as soon as it has a repository. An entity that cannot be built that way (an association,
 * a foreign key to a row that must exist) needs a fixture here.
 */
@Component
public class TenantRows {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger();

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<Class<?>, Supplier<Object>> fixtures = new LinkedHashMap<>();
    private List<String> tenantTables;

    public TenantRows(
            EntityManager entityManager,
            EntityManagerFactory entityManagerFactory,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        fixtures.put(
                UserAccount.class,
                () -> new UserAccount(
                        unique("person") + "@example.test", Role.MEMBER, AccountStatus.ACTIVE, "fr", now()));
        fixtures.put(UserToken.class, () -> {
            UserAccount person = (UserAccount) insert(UserAccount.class);
            return new UserToken(
                    person.getId(), UserToken.Purpose.INVITATION, randomHex(32), now().plus(Duration.ofDays(7)), now());
        });
        // A refused review by a known author, so that every review query (by author, status, criterion) finds it.
        fixtures.put(Review.class, () -> {
            Review review = new Review(
                    RANDOM.nextLong(1, Long.MAX_VALUE),
                    "Test R.",
                    "author@example.test",
                    "fr",
                    ReviewSource.MEMBER,
                    3,
                    unique("title"),
                    "made by the isolation test",
                    LocalDate.now(clock),
                    now());
            review.refuse(1L, ReviewRefusalCriterion.OFF_TOPIC, "isolation", now());
            return review;
        });
        // Trust content: enums and texts are required; policy numbers are unique per type; one widget per tenant.
        fixtures.put(
                TrustLabel.class,
                () -> new TrustLabel(
                        unique("label"),
                        TrustLabelKind.OTHER,
                        "https://example.test",
                        "made by the isolation test",
                        SEQUENCE.getAndIncrement() % 9000));
        fixtures.put(
                TransparencyFact.class,
                () -> new TransparencyFact(
                        TransparencyFactKind.OTHER, "truck", unique("fact"), SEQUENCE.getAndIncrement() % 9000));
        fixtures.put(
                FaqEntry.class,
                () -> new FaqEntry(
                        "Isolation",
                        unique("question"),
                        "made by the isolation test",
                        SEQUENCE.getAndIncrement() % 9000));
        // Drafts; insertRows publishes a tenant's first one, so that both kinds of policy query find rows.
        fixtures.put(
                PolicyVersion.class,
                () -> new PolicyVersion(
                        PolicyType.RETURN, SEQUENCE.getAndIncrement() + 1, "made by the isolation test", now()));
        fixtures.put(TrustWidgetSettings.class, () -> new TrustWidgetSettings(unique("widget")));
        fixtures.put(
                AuditEntry.class,
                () -> new AuditEntry(
                        unique("event"),
                        now(),
                        "actor@example.test",
                        "test.isolation",
                        unique("target"),
                        "made by the isolation test"));
        fixtures.put(MailDelivery.class, () -> new MailDelivery(unique("mail"), now()));
        // engagement: unique (tenant, action) and (tenant, rank), and the ledger's member must exist
        fixtures.put(
                EngagementPoints.class,
                () -> new EngagementPoints(
                        EngagementAction.values()[SEQUENCE.getAndIncrement() % EngagementAction.values().length], 7));
        fixtures.put(
                EngagementTier.class,
                () -> new EngagementTier(
                        SEQUENCE.getAndIncrement() % 99 + 1,
                        unique("tier"),
                        SEQUENCE.get(),
                        "made by the isolation test"));
        fixtures.put(EngagementEntry.class, () -> {
            UserAccount person = (UserAccount) insert(UserAccount.class);
            return new EngagementEntry(person.getId(), EngagementAction.POSTED, unique("post"), 10, "", now());
        });
        fixtures.put(NotificationEntry.class, () -> {
            UserAccount person = (UserAccount) insert(UserAccount.class);
            return new NotificationEntry(
                    person.getId(),
                    NotificationType.COMMENT_ON_POST,
                    null,
                    "",
                    new NotificationTarget("community", 1),
                    unique("origin"),
                    now());
        });
        // Communities: rows that point at a community, a person or a post need those rows to exist.
        fixtures.put(
                Community.class,
                () -> new Community(unique("community"), "made by the isolation test", Visibility.OPEN, 1L, now()));
        fixtures.put(
                CommunityImage.class,
                () -> new CommunityImage(
                        ((Community) insert(Community.class)).getId(), "image/png", new byte[] {1, 2, 3}, now()));
        fixtures.put(
                CommunityMember.class,
                () -> new CommunityMember(
                        ((Community) insert(Community.class)).getId(),
                        ((UserAccount) insert(UserAccount.class)).getId(),
                        MembershipStatus.ACTIVE,
                        now()));
        fixtures.put(
                Post.class,
                () -> new Post(
                        ((Community) insert(Community.class)).getId(),
                        ((UserAccount) insert(UserAccount.class)).getId(),
                        unique("post"),
                        null,
                        now()));
        fixtures.put(Comment.class, () -> {
            Post post = (Post) insert(Post.class);
            return new Comment(post.getCommunityId(), post.getId(), post.getAuthorId(), unique("comment"), now());
        });
        fixtures.put(PostReaction.class, () -> {
            Post post = (Post) insert(Post.class);
            return new PostReaction(post.getId(), post.getAuthorId(), "LIKE", now());
        });
        fixtures.put(Report.class, () -> {
            Post post = (Post) insert(Post.class);
            return new Report(
                    post.getCommunityId(), ContentType.POST, post.getId(), post.getAuthorId(), unique("reason"), now());
        });
        // Perks: a published event (so that the lifecycle queries find it); rows of a perk are unique per perk.
        fixtures.put(Perk.class, () -> {
            Perk perk = new Perk(PerkKind.EVENT, unique("perk"), 10, 1L, now());
            perk.setStatus(PerkStatus.PUBLISHED, now());
            perk.event(
                    now().plus(Duration.ofDays(1)),
                    now().plus(Duration.ofDays(1)).plus(Duration.ofHours(2)),
                    "Europe/Paris",
                    "made by the isolation test",
                    null,
                    0,
                    null,
                    false);
            return perk;
        });
        fixtures.put(PerkArticle.class, () -> new PerkArticle(perkId(), "made by the isolation test"));
        fixtures.put(
                PerkCommunity.class, () -> new PerkCommunity(perkId(), ((Community) insert(Community.class)).getId()));
        fixtures.put(PerkEarlyWindow.class, () -> new PerkEarlyWindow(perkId(), 3, 48));
        fixtures.put(
                PerkFile.class,
                () -> new PerkFile(
                        perkId(), PerkFile.Purpose.IMAGE, "isolation.png", "image/png", new byte[] {1, 2, 3}));
        // waitlisted, so that the waitlist queries find it as well as the member's and the perk's
        fixtures.put(
                PerkClaim.class,
                () -> new PerkClaim(
                        perkId(),
                        ((UserAccount) insert(UserAccount.class)).getId(),
                        ClaimStatus.WAITLISTED,
                        "made by the isolation test",
                        now(),
                        1L));
        fixtures.put(
                PerkPulse.class,
                () -> new PerkPulse(perkId(), ((UserAccount) insert(UserAccount.class)).getId(), now()));
        fixtures.put(PerkSettings.class, () -> new PerkSettings(30));
    }

    private long perkId() {
        return ((Perk) insert(Perk.class)).getId();
    }

    /**
     * Query methods whose comparisons no row satisfies with its own values (strictly after, a window
     * around it): their arguments, made from the row they must find.
     */
    private static final Map<String, java.util.function.Function<Object, Object[]>> ARGUMENTS = Map.of(
            "PerkRepository#eventsToRemind",
                    row -> new Object[] {
                        ((Perk) row).getStartsAt().minus(Duration.ofHours(1)),
                        ((Perk) row).getStartsAt().plus(Duration.ofHours(1))
                    },
            "PerkRepository#upcomingEvents",
                    row -> new Object[] {((Perk) row).getStartsAt().minus(Duration.ofHours(1)), PageRequest.of(0, 20)},
            "PerkPulseRepository#existsByMemberIdAndSentAtAfter",
                    row -> new Object[] {
                        ((PerkPulse) row).getMemberId(),
                        ((PerkPulse) row).getSentAt().minus(Duration.ofSeconds(1))
                    });

    /**
     * Single-use codes of one perk: the first handed to a claim (as only the conditional update can), the
     * others free, so that the queries for free codes and for a claim's code both find rows.
     */
    private List<Long> codeRows(int count) {
        Perk perk = (Perk) insert(Perk.class);
        PerkClaim claim = new PerkClaim(
                perk.getId(), ((UserAccount) insert(UserAccount.class)).getId(), ClaimStatus.CONFIRMED, null, now());
        entityManager.persist(claim);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PerkCode code = new PerkCode(perk.getId(), unique("code"));
            entityManager.persist(code);
            entityManager.flush();
            if (i == 0) {
                entityManager
                        .createQuery(
                                "update PerkCode c set c.claimId = :claimId, c.assignedAt = :now" + " where c.id = :id")
                        .setParameter("claimId", claim.getId())
                        .setParameter("now", now())
                        .setParameter("id", code.getId())
                        .executeUpdate();
            }
            ids.add(code.getId());
        }
        return ids;
    }

    /** Inserts rows in the current tenant scope, in a transaction of their own; returns their ids. */
    /** Entities a tenant has at most one of (a unique key on tenant_id alone). */
    private static final Set<Class<?>> ONE_PER_TENANT = Set.of(TrustWidgetSettings.class, PerkSettings.class);

    public List<Long> insertRows(Class<?> entity, int count) {
        return transactions.execute(status -> {
            if (entity == PerkCode.class) {
                return codeRows(count);
            }
            List<Long> ids = new ArrayList<>();
            int rows = ONE_PER_TENANT.contains(entity) ? 1 : count;
            for (int i = 0; i < rows; i++) {
                Object row = insert(entity);
                if (row instanceof PolicyVersion policy && i == 0) {
                    policy.publish("isolation@example.test", now());
                }
                ids.add(((TenantScopedEntity) row).getId());
            }
            return ids;
        });
    }

    /** Persists one new row in the current transaction and tenant. */
    public Object insert(Class<?> entity) {
        Object row = fixtures.containsKey(entity) ? fixtures.get(entity).get() : build(entity);
        entityManager.persist(row);
        entityManager.flush();
        return row;
    }

    public List<Long> ids(Class<?> entity, long tenantId) {
        return jdbc.queryForList(
                "select id from `" + table(entity) + "` where tenant_id = ? order by id", Long.class, tenantId);
    }

    public long count(Class<?> entity, long tenantId) {
        Long count = jdbc.queryForObject(
                "select count(*) from `" + table(entity) + "` where tenant_id = ?", Long.class, tenantId);
        return count == null ? 0 : count;
    }

    /** Every row of the tenant in every table that has a tenant_id column, as the database holds them. */
    public Map<String, List<Map<String, Object>>> snapshot(long tenantId) {
        Map<String, List<Map<String, Object>>> snapshot = new TreeMap<>();
        for (String table : tenantTables()) {
            List<Map<String, Object>> tableRows = new ArrayList<>();
            for (Map<String, Object> row :
                    jdbc.queryForList("select * from `" + table + "` where tenant_id = ?", tenantId)) {
                Map<String, Object> normalized = new TreeMap<>();
                row.forEach((column, value) -> normalized.put(
                        column.toLowerCase(Locale.ROOT),
                        value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value));
                tableRows.add(normalized);
            }
            tableRows.sort(Comparator.comparing(Object::toString));
            snapshot.put(table, tableRows);
        }
        return snapshot;
    }

    /** Changes one updatable text attribute of a (detached) entity, so that saving it would write. */
    public void change(Object entity) {
        basicAttributes(managedType(entity.getClass())).stream()
                .filter(a -> a.getJavaType() == String.class)
                .map(a -> (Field) a.getJavaMember())
                .filter(f -> !f.isAnnotationPresent(TenantId.class))
                .filter(f -> !f.isAnnotationPresent(Column.class)
                        || f.getAnnotation(Column.class).updatable())
                .findFirst()
                .ifPresent(field -> set(field, entity, sampleText(field)));
    }

    /**
     * Arguments for a repository query method that would find the given row: derived queries get
     * the row's values for the properties their name mentions; {@code @Query} methods get them by
     * parameter name (exact, or the attribute whose name ends with it: {@code hash} for
     * {@code tokenHash}); a text parameter that names no attribute gets "" (a search term that
     * matches everything); paging parameters get a first page.
     */
    public Object[] argumentsFor(Method method, Class<?> entity, Object row) {
        var given = ARGUMENTS.get(method.getDeclaringClass().getSimpleName() + "#" + method.getName());
        if (given != null) {
            return given.apply(row);
        }
        Map<String, Object> values = attributeValues(row, managedType(entity), "", new LinkedHashMap<>());
        Deque<Object> derived = null;
        if (!method.isAnnotationPresent(Query.class)) {
            derived = new ArrayDeque<>();
            for (Part part : new PartTree(method.getName(), entity).getParts()) {
                Object value = values.get(part.getProperty().toDotPath());
                boolean collection = part.getType() == Part.Type.IN || part.getType() == Part.Type.NOT_IN;
                for (int i = 0; i < part.getNumberOfArguments(); i++) {
                    derived.add(collection ? List.of(value) : value);
                }
            }
        }
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            if (Pageable.class.isAssignableFrom(type)) {
                arguments[i] = PageRequest.of(0, 20);
            } else if (Sort.class.isAssignableFrom(type)) {
                arguments[i] = Sort.unsorted();
            } else if (Limit.class.isAssignableFrom(type)) {
                arguments[i] = Limit.of(20);
            } else if (ScrollPosition.class.isAssignableFrom(type)) {
                arguments[i] = ScrollPosition.offset();
            } else if (type == Class.class) {
                arguments[i] = entity;
            } else if (derived != null) {
                arguments[i] = derived.poll();
            } else {
                arguments[i] = byName(parameters[i], values);
            }
        }
        return arguments;
    }

    // --- building rows from the metamodel ------------------------------------------------------

    private Object build(Class<?> entity) {
        Object row = instantiate(entity);
        fill(row, managedType(entity));
        return row;
    }

    private void fill(Object target, ManagedType<?> type) {
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (!(attribute.getJavaMember() instanceof Field field) || field.isAnnotationPresent(TenantId.class)) {
                continue;
            }
            if (attribute instanceof SingularAttribute<?, ?> singular && (singular.isId() || singular.isVersion())) {
                continue;
            }
            ReflectionUtils.makeAccessible(field);
            Object current = ReflectionUtils.getField(field, target);
            switch (attribute.getPersistentAttributeType()) {
                case BASIC -> {
                    if (required(field) && (current == null || field.getType().isPrimitive())) {
                        set(field, target, sample(field));
                    }
                }
                case EMBEDDED -> {
                    Object embedded = current != null ? current : instantiate(field.getType());
                    fill(embedded, entityManagerFactory.getMetamodel().embeddable(field.getType()));
                    set(field, target, embedded);
                }
                case ELEMENT_COLLECTION, ONE_TO_MANY, MANY_TO_MANY -> {
                    // left empty
                }
                default ->
                    throw new IllegalStateException("TenantRows cannot build "
                            + type.getJavaType().getName()
                            + " by itself (" + attribute.getName() + " is " + attribute.getPersistentAttributeType()
                            + "): add a fixture for it");
            }
        }
    }

    private static boolean required(Field field) {
        if (field.getType().isPrimitive()) {
            return true;
        }
        Column column = field.getAnnotation(Column.class);
        Basic basic = field.getAnnotation(Basic.class);
        return (column != null && !column.nullable()) || (basic != null && !basic.optional());
    }

    private Object sample(Field field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return sampleText(field);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Instant.class) {
            return now();
        }
        if (type == LocalDate.class) {
            return LocalDate.now(clock);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == short.class || type == Short.class) {
            return (short) 1;
        }
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == byte[].class) {
            return new byte[] {1, 2, 3};
        }
        throw new IllegalStateException("TenantRows has no sample value for " + field + ": add a fixture");
    }

    private static String sampleText(Field field) {
        Column column = field.getAnnotation(Column.class);
        int length = column == null ? 255 : column.length();
        String text = unique("x").replace("-", "");
        return text.substring(0, Math.min(text.length(), Math.max(1, length)));
    }

    private static Object instantiate(Class<?> type) {
        try {
            return ReflectionUtils.accessibleConstructor(type).newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate " + type + ": add a fixture", e);
        }
    }

    // --- reading an entity's values --------------------------------------------------------------

    private Map<String, Object> attributeValues(
            Object target, ManagedType<?> type, String prefix, Map<String, Object> values) {
        for (Attribute<?, ?> attribute : type.getAttributes()) {
            if (!(attribute.getJavaMember() instanceof Field field) || target == null) {
                continue;
            }
            ReflectionUtils.makeAccessible(field);
            Object value = ReflectionUtils.getField(field, target);
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.EMBEDDED) {
                attributeValues(
                        value,
                        entityManagerFactory.getMetamodel().embeddable(field.getType()),
                        prefix + attribute.getName() + ".",
                        values);
            } else {
                values.put(prefix + attribute.getName(), value);
            }
        }
        return values;
    }

    private static Object byName(Parameter parameter, Map<String, Object> values) {
        Param param = parameter.getAnnotation(Param.class);
        String name = (param != null ? param.value() : parameter.getName()).toLowerCase(Locale.ROOT);
        List<Object> exact = new ArrayList<>();
        List<Object> suffix = new ArrayList<>();
        values.forEach((attribute, value) -> {
            String leaf = attribute.substring(attribute.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (leaf.equals(name)) {
                exact.add(value);
            } else if (leaf.endsWith(name)) {
                suffix.add(value);
            }
        });
        Object value = exact.size() == 1 ? exact.getFirst() : suffix.size() == 1 ? suffix.getFirst() : null;
        if (value == null && parameter.getType() == String.class) {
            return "";
        }
        if (value != null && Collection.class.isAssignableFrom(parameter.getType())) {
            return List.of(value);
        }
        return value;
    }

    // --- plumbing --------------------------------------------------------------------------------

    private List<? extends Attribute<?, ?>> basicAttributes(ManagedType<?> type) {
        return type.getAttributes().stream()
                .filter(a -> a.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC)
                .filter(a -> a.getJavaMember() instanceof Field)
                .filter(a -> !(a instanceof SingularAttribute<?, ?> s) || !(s.isId() || s.isVersion()))
                .sorted(Comparator.comparing(Attribute::getName))
                .toList();
    }

    private ManagedType<?> managedType(Class<?> entity) {
        return entityManagerFactory.getMetamodel().managedType(entity);
    }

    private String table(Class<?> entity) {
        var persister = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .getEntityDescriptor(entity);
        return ((AbstractEntityPersister) persister).getIdentifierTableName();
    }

    private synchronized List<String> tenantTables() {
        if (tenantTables == null) {
            tenantTables = jdbc.queryForList("""
                    select table_name from information_schema.columns
                    where table_schema = database() and column_name = 'tenant_id'
                    order by table_name""", String.class);
        }
        return tenantTables;
    }

    private static void set(Field field, Object target, Object value) {
        ReflectionUtils.makeAccessible(field);
        ReflectionUtils.setField(field, target, value);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
