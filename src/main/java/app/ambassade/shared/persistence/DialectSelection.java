package app.ambassade.shared.persistence;

import java.util.Locale;
import java.util.Map;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.dialect.MySQLDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Chooses Hibernate's dialect from {@code ambassade.db.dialect} (the mysql profile reads it from
 * {@code AMBASSADE_DB_DIALECT}): {@code mysql} for MySQL 8, {@code mariadb} for MariaDB through
 * Connector/J, or a dialect class name. Unset (the embedded H2 default), Hibernate detects it.
 * See docs/decisions/0003-mysql-profile-and-dialect.md.
 */
@Component
class DialectSelection implements HibernatePropertiesCustomizer {

    private final String dialect;

    DialectSelection(@Value("${ambassade.db.dialect:}") String dialect) {
        this.dialect = dialect.strip();
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        String className = className(dialect);
        if (className != null) {
            hibernateProperties.put(AvailableSettings.DIALECT, className);
        }
    }

    static String className(String dialect) {
        return switch (dialect.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "mysql" -> MySQLDialect.class.getName();
            case "mariadb" -> ConnectorJMariaDbDialect.class.getName();
            default -> dialect;
        };
    }
}
