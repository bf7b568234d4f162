package app.ambassade.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Events of one brand set up and read back in plain SQL, beside the running nodes: published events
 * with a thank-you and a pulse, not ended yet, with confirmed seats, and what closing them left behind.
 */
final class ClosingEvents {

    /** A claim after closing: its attendance, whether it was thanked, and how many updates it went through. */
    record ClaimState(String attendance, boolean thanked, long version) {}

    private final Connection db;
    private final long tenant;
    private final List<Long> members;
    private final List<Long> events = new ArrayList<>();

    private ClosingEvents(Connection db, long tenant, List<Long> members) {
        this.db = db;
        this.tenant = tenant;
        this.members = members;
    }

    static ClosingEvents of(Connection db, String slug) throws SQLException {
        long tenant;
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM tenant WHERE slug = ?")) {
            find.setString(1, slug);
            try (ResultSet row = find.executeQuery()) {
                assertThat(row.next()).as("the demo brand " + slug).isTrue();
                tenant = row.getLong(1);
            }
        }
        List<Long> members = new ArrayList<>();
        try (PreparedStatement people = db.prepareStatement(
                "SELECT id FROM app_user WHERE tenant_id = ? AND role <> 'BRAND_MANAGER' ORDER BY id LIMIT 3")) {
            people.setLong(1, tenant);
            try (ResultSet rows = people.executeQuery()) {
                while (rows.next()) {
                    members.add(rows.getLong(1));
                }
            }
        }
        assertThat(members).as("three demo members of " + slug).hasSize(3);
        return new ClosingEvents(db, tenant, members);
    }

    long member(int index) {
        return members.get(index);
    }

    /** A published event under way (its reminder already sent), with a thank-you message and a pulse. */
    long event(String title) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO perk (tenant_id, kind, status, title, description, starts_at, ends_at, zone_id,"
                        + " place, thank_you_message, pulse_enabled, reminder_sent_at, created_by, created_at,"
                        + " updated_at) VALUES (?, 'EVENT', 'PUBLISHED', ?, 'Deux nœuds, une fermeture.',"
                        + " UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, 'Europe/Paris',"
                        + " 'Grasse', 'Merci d''être venu·e !', TRUE, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, ?,"
                        + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, tenant);
            insert.setString(2, title);
            insert.setLong(3, members.getFirst());
            insert.executeUpdate();
            long id = generatedKey(insert);
            events.add(id);
            return id;
        }
    }

    /** A confirmed seat, checked in or not; returns the claim's id. */
    long claim(long event, long member, boolean checkedIn) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO perk_claim (tenant_id, perk_id, member_id, status, attendance, claimed_at, queued_at,"
                        + " decided_at, checked_in_at) VALUES (?, ?, ?, 'CONFIRMED', ?, UTC_TIMESTAMP(6),"
                        + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, tenant);
            insert.setLong(2, event);
            insert.setLong(3, member);
            insert.setString(4, checkedIn ? "ATTENDED" : null);
            insert.setObject(5, checkedIn ? Timestamp.from(Instant.now()) : null);
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    /** Ends every event at once, in one statement. */
    void endNow(long... ids) throws SQLException {
        try (PreparedStatement end =
                db.prepareStatement("UPDATE perk SET ends_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
                        + " WHERE tenant_id = ? AND id IN (" + placeholders(ids.length) + ")")) {
            end.setLong(1, tenant);
            for (int i = 0; i < ids.length; i++) {
                end.setLong(i + 2, ids[i]);
            }
            assertThat(end.executeUpdate()).isEqualTo(ids.length);
        }
    }

    long closed() throws SQLException {
        return count("SELECT COUNT(*) FROM perk WHERE tenant_id = ? AND closed_at IS NOT NULL AND id IN (%s)");
    }

    Map<Long, ClaimState> claims() throws SQLException {
        Map<Long, ClaimState> states = new HashMap<>();
        try (PreparedStatement query = query(
                        "SELECT id, attendance, thanked_at IS NOT NULL, version FROM perk_claim WHERE tenant_id = ? AND perk_id IN (%s)");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                states.put(rows.getLong(1), new ClaimState(rows.getString(2), rows.getBoolean(3), rows.getLong(4)));
            }
        }
        return states;
    }

    /** The notices that lead to these events, counted by "TYPE recipient event". */
    Map<String, Integer> notices() throws SQLException {
        Map<String, Integer> notices = new HashMap<>();
        try (PreparedStatement query =
                        query("SELECT type, recipient_id, target_id FROM notification WHERE tenant_id = ?"
                                + " AND target_kind = 'perk' AND target_id IN (%s)");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                notices.merge(rows.getString(1) + " " + rows.getLong(2) + " " + rows.getLong(3), 1, Integer::sum);
            }
        }
        return notices;
    }

    long noticeCount() throws SQLException {
        return count(
                "SELECT COUNT(*) FROM notification WHERE tenant_id = ? AND target_kind = 'perk' AND target_id IN (%s)");
    }

    Map<Long, Integer> pulsesPerMember() throws SQLException {
        Map<Long, Integer> pulses = new HashMap<>();
        try (PreparedStatement query =
                        query("SELECT member_id FROM perk_pulse WHERE tenant_id = ? AND perk_id IN (%s)");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                pulses.merge(rows.getLong(1), 1, Integer::sum);
            }
        }
        return pulses;
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement query = query(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The statement with the brand as first parameter and these events for {@code %s}. */
    private PreparedStatement query(String sql) throws SQLException {
        PreparedStatement query = db.prepareStatement(sql.formatted(placeholders(events.size())));
        query.setLong(1, tenant);
        for (int i = 0; i < events.size(); i++) {
            query.setLong(i + 2, events.get(i));
        }
        return query;
    }

    private static String placeholders(int count) {
        return Stream.generate(() -> "?").limit(count).collect(Collectors.joining(", "));
    }

    private static long generatedKey(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            assertThat(keys.next()).isTrue();
            return keys.getLong(1);
        }
    }
}
