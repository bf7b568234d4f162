package app.ambassade.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Boot test on the real MariaDB server through Connector/J, started exactly like
 * production: the {@code mysql} profile configured by its environment variables (here given as
 * test properties), Flyway migrations, Hibernate {@code validate}, no demo data, no SMTP server.
 * Only the dialect differs: MariaDB instead of the MySQL default.
 *
 * <p>All classes with this annotation share one Spring context and one database
 * ({@link MariaDb#url()}): tests create their own tenants ({@code TestData.tenant(prefix)}, unique
 * slugs) and never assume an empty table. A class that needs a database of its own creates one
 * ({@link MariaDb#createDatabase}), points {@code AMBASSADE_DB_URL} at it with
 * {@code @DynamicPropertySource}, and adds {@code @DirtiesContext} and
 * {@code @ExtendWith(RestoreSecurityContextStrategy.class)}. Run with
 * {@code ./mvnw -Pmariadb verify}; class names end in {@code IT}.
 *
 * <p>On MariaDB, Connector/J stores timestamps with whole seconds (it sends fractional seconds
 * only to servers it believes are 5.6.4 or newer, and MariaDB says 5.5.5): do not depend on
 * sub-second order here. See docs/decisions/0003-mysql-profile-and-dialect.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(InlineEffects.class)
@ActiveProfiles("mysql")
@TestPropertySource(
        properties = {
            "AMBASSADE_DB_URL=${it.db.url:" + MariaDb.DEFAULT_URL + "}",
            "AMBASSADE_DB_USER=${it.db.user:root}",
            "AMBASSADE_DB_PASSWORD=${it.db.password:}",
            "AMBASSADE_DB_DIALECT=mariadb",
            "AMBASSADE_PUBLIC_URL=http://localhost:8080",
            "AMBASSADE_ADMIN_EMAIL=" + MariaDbTest.ADMIN_EMAIL,
            "AMBASSADE_ADMIN_PASSWORD=" + TestData.PASSWORD,
            "SMTP_HOST=",
            // Race tests run 50 threads at once, and here (InlineEffects) each runs its effects right after its
            // commit, before its first connection is returned: so one connection more than racers, opened
            // only when needed. Production runs effects on the executor and needs no such room.
            "AMBASSADE_DB_POOL_SIZE=64",
            "spring.datasource.hikari.minimum-idle=2",
            // and they may wait longer for a connection than people would on a busy 2-core machine; the outage
            // test keeps the production value (3 s)
            "spring.datasource.hikari.connection-timeout=30000",
            "ambassade.perks.lifecycle-enabled=false",
            "logging.level.app.ambassade=WARN"
        })
public @interface MariaDbTest {

    /** The platform admin the mysql profile bootstraps from AMBASSADE_ADMIN_EMAIL/PASSWORD. */
    String ADMIN_EMAIL = "it-admin@ambassade.test";
}
