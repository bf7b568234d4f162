package app.ambassade.infra;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.support.MariaDb;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.RestoreSecurityContextStrategy;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production's dialect, MySQL 8 (the default of the mysql profile), validates the schema the
 * migrations create. There is no MySQL server here, so this runs against MariaDB, whose JDBC
 * metadata reports the same column types, with the server version stated as MySQL 8.4.
 * Only the schema is checked, not the SQL Hibernate writes for MySQL 8.
 */
@MariaDbTest
@DirtiesContext
@ExtendWith(RestoreSecurityContextStrategy.class)
class MysqlDialectSchemaIT {

    private static final String DATABASE = MariaDb.createDatabase("mysqldialect");

    @DynamicPropertySource
    static void mysqlDialectOnAFreshDatabase(DynamicPropertyRegistry registry) {
        registry.add("AMBASSADE_DB_URL", () -> MariaDb.urlFor(DATABASE));
        registry.add("AMBASSADE_DB_DIALECT", () -> "mysql");
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-version", () -> "8.4.0");
    }

    @AfterAll
    static void dropDatabase() {
        MariaDb.dropDatabase(DATABASE);
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theMySql8DialectValidatesTheMigratedSchema() {
        var dialect = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();

        assertThat(dialect.getClass()).isEqualTo(MySQLDialect.class);
        assertThat(dialect.getVersion().isSameOrAfter(8, 4)).isTrue();
    }
}
