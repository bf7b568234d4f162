package app.ambassade.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.junit.jupiter.api.Test;

class DialectSelectionTest {

    @Test
    void mysqlAndMariadbAreNamedByTheirShortNamesInAnyCase() {
        assertThat(dialectFor("mysql")).isEqualTo(MySQLDialect.class.getName());
        assertThat(dialectFor("MySQL")).isEqualTo(MySQLDialect.class.getName());
        assertThat(dialectFor("mariadb")).isEqualTo(ConnectorJMariaDbDialect.class.getName());
        assertThat(dialectFor(" MariaDB ")).isEqualTo(ConnectorJMariaDbDialect.class.getName());
    }

    @Test
    void anyOtherValueIsTakenAsADialectClassName() {
        assertThat(dialectFor("org.hibernate.dialect.H2Dialect")).isEqualTo("org.hibernate.dialect.H2Dialect");
    }

    @Test
    void withoutAChoiceHibernateDetectsTheDialectItself() {
        Map<String, Object> properties = new HashMap<>();
        new DialectSelection("").customize(properties);
        assertThat(properties).doesNotContainKey(AvailableSettings.DIALECT);
    }

    @Test
    void theMariaDbDialectReadsTheRealVersionBehindTheMySqlCompatibilityPrefix() {
        var dialect = new ConnectorJMariaDbDialect(info("5.5.5-10.11.19-MariaDB-0+deb12u1", 5, 5));

        assertThat(dialect.getVersion().getDatabaseMajorVersion()).isEqualTo(10);
        assertThat(dialect.getVersion().getDatabaseMinorVersion()).isEqualTo(11);
        assertThat(dialect.getVersion().getDatabaseMicroVersion()).isEqualTo(19);
    }

    @Test
    void aVersionWithoutThePrefixIsTakenAsItIs() {
        var dialect = new ConnectorJMariaDbDialect(info("11.4.2-MariaDB", 11, 4));

        assertThat(dialect.getVersion().isSame(11, 4, 2)).isTrue();
    }

    private static String dialectFor(String choice) {
        Map<String, Object> properties = new HashMap<>();
        new DialectSelection(choice).customize(properties);
        return (String) properties.get(AvailableSettings.DIALECT);
    }

    private static DialectResolutionInfo info(String version, int major, int minor) {
        return new DialectResolutionInfo() {
            @Override
            public String getDatabaseName() {
                return "MySQL";
            }

            @Override
            public String getDatabaseVersion() {
                return version;
            }

            @Override
            public int getDatabaseMajorVersion() {
                return major;
            }

            @Override
            public int getDatabaseMinorVersion() {
                return minor;
            }

            @Override
            public String getDriverName() {
                return "MySQL Connector/J";
            }

            @Override
            public int getDriverMajorVersion() {
                return 9;
            }

            @Override
            public int getDriverMinorVersion() {
                return 7;
            }

            @Override
            public String getSQLKeywords() {
                return "";
            }
        };
    }
}
