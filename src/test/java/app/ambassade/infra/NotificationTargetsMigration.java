package app.ambassade.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V86 on a database that already holds notifications with links: migrated up to V85, seeded with
 * every shape of link (and a few that were never written), then migrated to V86. Run on H2 in MySQL
 * mode and on MariaDB, since the same script must work on both.
 */
final class NotificationTargetsMigration {

    private static final List<String> LINKS = List.of(
            "communities/12",
            "perks/7",
            "communities/123456789012345678",
            "communities/abc",
            "perks/7/edit",
            "communities/0",
            "notifications",
            "");

    private NotificationTargetsMigration() {}

    static void check(String url, String user, String password) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password);
        flyway(dataSource, "85").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp now = Timestamp.from(Instant.parse("2026-12-01T10:00:00Z"));
        jdbc.update(
                "insert into tenant (slug, name, default_locale, brand_color, status, created_at) "
                        + "values ('v86', 'V86', 'fr', '#123456', 'ACTIVE', ?)",
                now);
        long tenant = jdbc.queryForObject("select id from tenant where slug = 'v86'", Long.class);
        jdbc.update(
                "insert into app_user (tenant_id, email, role, status, locale, created_at) "
                        + "values (?, 'ana@v86.example', 'MEMBER', 'ACTIVE', 'fr', ?)",
                tenant,
                now);
        long ana = jdbc.queryForObject("select id from app_user where tenant_id = ?", Long.class, tenant);
        for (int i = 0; i <= LINKS.size(); i++) {
            String link = i < LINKS.size() ? LINKS.get(i) : null;
            jdbc.update(
                    "insert into notification (tenant_id, recipient_id, type, params, link, read_flag, created_at, "
                            + "origin) values (?, ?, 'COMMENT_ON_POST', '', ?, false, ?, ?)",
                    tenant,
                    ana,
                    link,
                    now,
                    "v86:" + i);
        }

        assertThat(flyway(dataSource, "86").migrate().migrationsExecuted).isEqualTo(1);

        List<Object[]> rows = jdbc.query("select link, target_kind, target_id from notification order by id", (rs, n) ->
                new Object[] {rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class)});
        assertThat(rows)
                .extracting(r -> tuple(r[0], r[1], r[2]))
                .containsExactly(
                        tuple("communities/12", "community", 12L),
                        tuple("perks/7", "perk", 7L),
                        tuple("communities/123456789012345678", "community", 123456789012345678L),
                        tuple("communities/abc", null, null),
                        tuple("perks/7/edit", null, null),
                        tuple("communities/0", null, null),
                        tuple("notifications", null, null),
                        tuple("", null, null),
                        tuple(null, null, null));
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .cleanDisabled(true)
                .load();
    }
}
