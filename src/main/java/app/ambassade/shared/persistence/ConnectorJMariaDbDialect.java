package app.ambassade.shared.persistence;

import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Hibernate's MariaDB dialect, told the server's real version when the connection goes through
 * MySQL Connector/J. MariaDB announces itself to MySQL clients as {@code 5.5.5-10.11.19-MariaDB};
 * Hibernate would read 5.5.5, warn that the version is unsupported and turn off what MariaDB
 * 10.6+ can do. Selected with {@code ambassade.db.dialect=mariadb}.
 */
public class ConnectorJMariaDbDialect extends MariaDBDialect {

    private static final Pattern ANNOUNCED = Pattern.compile("^5\\.5\\.5-((\\d+)\\.(\\d+)\\.(\\d+).*)$");

    public ConnectorJMariaDbDialect(DialectResolutionInfo info) {
        super(realVersion(info));
    }

    static DialectResolutionInfo realVersion(DialectResolutionInfo info) {
        String announced = info.getDatabaseVersion();
        Matcher matcher = announced == null ? null : ANNOUNCED.matcher(announced);
        if (matcher == null || !matcher.matches()) {
            return info;
        }
        return new RealVersion(
                info,
                matcher.group(1),
                Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)),
                Integer.parseInt(matcher.group(4)));
    }

    private record RealVersion(DialectResolutionInfo announced, String version, int major, int minor, int micro)
            implements DialectResolutionInfo {

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
        public int getDatabaseMicroVersion() {
            return micro;
        }

        @Override
        public String getDatabaseName() {
            return announced.getDatabaseName();
        }

        @Override
        public String getDriverName() {
            return announced.getDriverName();
        }

        @Override
        public int getDriverMajorVersion() {
            return announced.getDriverMajorVersion();
        }

        @Override
        public int getDriverMinorVersion() {
            return announced.getDriverMinorVersion();
        }

        @Override
        public String getSQLKeywords() {
            return announced.getSQLKeywords();
        }

        @Override
        public DatabaseMetaData getDatabaseMetadata() {
            return announced.getDatabaseMetadata();
        }

        @Override
        public Map<String, Object> getConfigurationValues() {
            return announced.getConfigurationValues();
        }
    }
}
