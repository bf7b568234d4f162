package app.ambassade.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.MariaDb;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.RestoreSecurityContextStrategy;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A brand-new, empty database: the application starts on it with the mysql profile, Flyway applies
 * every migration, and Hibernate validates the mappings against the resulting schema
 * ({@code ddl-auto=validate}: the context would not start otherwise).
 */
@MariaDbTest
@DirtiesContext
@ExtendWith(RestoreSecurityContextStrategy.class)
class MigrationsFromEmptyIT {

    private static final String DATABASE = MariaDb.createDatabase("fresh");
    private static final Pattern VERSIONED = Pattern.compile("^V([0-9._]+)__.+\\.sql$");

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("AMBASSADE_DB_URL", () -> MariaDb.urlFor(DATABASE));
    }

    @AfterAll
    static void dropDatabase() {
        MariaDb.dropDatabase(DATABASE);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Flyway flyway;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Environment environment;

    @Test
    void flywayAppliesEveryMigrationToAnEmptyDatabase() throws IOException {
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(DATABASE);

        List<Map<String, Object>> history = jdbc.queryForList(
                "select version, success from flyway_schema_history where version is not null order by installed_rank");

        assertThat(history).extracting(row -> row.get("version")).containsExactlyElementsOf(migrationVersions());
        assertThat(history)
                .allSatisfy(row -> assertThat(((Number) toNumber(row.get("success"))).intValue())
                        .isOne());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
    }

    @Test
    void hibernateValidatedTheSchemaWithTheMariaDbDialect() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        var dialect = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        assertThat(dialect).isInstanceOf(MariaDBDialect.class);
        assertThat(dialect.getVersion().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(10);

        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = database()",
                        String.class))
                .contains(
                        "tenant",
                        "tenant_logo",
                        "platform_admin",
                        "app_user",
                        "user_token",
                        "audit_entry",
                        "platform_audit_entry",
                        "mail_outbox");
    }

    @Test
    void everyTableUsesUtf8mb4() {
        assertThat(jdbc.queryForList("""
                select distinct c.character_set_name
                from information_schema.tables t
                join information_schema.collation_character_set_applicability c on c.collation_name = t.table_collation
                where t.table_schema = database()""", String.class)).containsExactly("utf8mb4");
    }

    private static List<String> migrationVersions() throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
        return Arrays.stream(scripts)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(VERSIONED::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1).replace('_', '.'))
                .sorted(MigrationsFromEmptyIT::compareVersions)
                .toList();
    }

    private static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    private static Object toNumber(Object value) {
        return value instanceof Boolean bool ? (bool ? 1 : 0) : value;
    }
}
