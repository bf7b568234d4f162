package app.ambassade.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MariaDB (or MySQL) server the integration suite talks to, from the system properties
 * {@code it.db.url}, {@code it.db.user} and {@code it.db.password} that the {@code mariadb} Maven
 * profile passes to failsafe. Tests that need a database of their own create one beside it.
 */
public final class MariaDb {

    public static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/ambassade_it?createDatabaseIfNotExist=true";

    private static final Pattern URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/]+)/([^?]*)(\\?.*)?$");

    private MariaDb() {}

    public static String url() {
        return property("it.db.url", DEFAULT_URL);
    }

    public static String user() {
        return property("it.db.user", "root");
    }

    public static String password() {
        return System.getProperty("it.db.password", "");
    }

    /** The suite's database, named in {@link #url()}. */
    public static String databaseName() {
        return parts().group(2);
    }

    /** The same server and connection options as {@link #url()}, another database. */
    public static String urlFor(String database) {
        Matcher parts = parts();
        return parts.group(1) + "/" + database + (parts.group(3) == null ? "" : parts.group(3));
    }

    /** Creates an empty database beside the suite's one (same name prefix, so it is easy to spot). */
    public static String createDatabase(String purpose) {
        String name = databaseName() + "_" + purpose + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    public static void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(parts().group(1) + "/", user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run [" + sql + "] on " + parts().group(1), e);
        }
    }

    private static Matcher parts() {
        Matcher matcher = URL.matcher(url());
        if (!matcher.matches() || matcher.group(2).isEmpty()) {
            throw new IllegalStateException("it.db.url must name a database: " + url());
        }
        return matcher;
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
