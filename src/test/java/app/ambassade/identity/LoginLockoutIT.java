package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.identity.security.LoginRefusal;
import app.ambassade.identity.security.LoginService;
import app.ambassade.support.MariaDb;
import app.ambassade.support.MariaDbTest;
import app.ambassade.support.Race;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * The failed-login counter lives in the app_user row on MariaDB: the lock survives the refused
 * request, and concurrent failures are serialised by a row lock, so none is lost. Four failures are
 * free; the fifth locks the account (LoginThrottle).
 */
@MariaDbTest
class LoginLockoutIT {

    private static final int FREE_ATTEMPTS = 4;
    private static final String WRONG = "wrong-password-1";

    @Autowired
    TestData data;

    @Autowired
    LoginService logins;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repeatedFailedLoginsLockTheAccountAndTheLockIsStoredInItsRow() {
        TenantSummary tenant = data.tenant("lockout");
        data.person(tenant, Role.MEMBER, "lock@example.test");

        for (int attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) {
            assertThat(login(tenant, "lock@example.test", WRONG)).isEqualTo("BAD_CREDENTIALS");
            assertThat(row(tenant, "lock@example.test").get("failed_logins")).isEqualTo(attempt);
            assertThat(row(tenant, "lock@example.test").get("locked_until")).isNull();
        }
        Instant beforeLock = Instant.now();
        assertThat(login(tenant, "lock@example.test", WRONG)).isEqualTo("LOCKED");

        Map<String, Object> locked = row(tenant, "lock@example.test");
        assertThat(locked.get("failed_logins")).isEqualTo(FREE_ATTEMPTS + 1);
        Instant lockedUntil = ((LocalDateTime) locked.get("locked_until")).toInstant(ZoneOffset.UTC);
        assertThat(lockedUntil)
                .as("stored in UTC, 30 s after the fifth failure")
                .isBetween(beforeLock.plusSeconds(29), Instant.now().plusSeconds(31));

        assertThat(login(tenant, "lock@example.test", TestData.PASSWORD))
                .as("the right password while locked")
                .isEqualTo("LOCKED");
        assertThat(row(tenant, "lock@example.test"))
                .as("a refused login while locked counts nothing more")
                .isEqualTo(locked);
    }

    @Test
    void concurrentFailedLoginsAreAllCounted() throws Exception {
        TenantSummary tenant = data.tenant("lockout");
        data.person(tenant, Role.MEMBER, "race@example.test");

        List<String> outcomes = Race.run(FREE_ATTEMPTS, () -> login(tenant, "race@example.test", WRONG));

        assertThat(outcomes).containsOnly("BAD_CREDENTIALS");
        assertThat(row(tenant, "race@example.test").get("failed_logins")).isEqualTo(FREE_ATTEMPTS);
        assertThat(row(tenant, "race@example.test").get("locked_until")).isNull();
    }

    @Test
    void aBurstOfFailedLoginsLocksAfterExactlyTheFifthFailure() throws Exception {
        TenantSummary tenant = data.tenant("lockout");
        data.person(tenant, Role.AMBASSADOR, "burst@example.test");

        List<String> outcomes = Race.run(12, () -> login(tenant, "burst@example.test", WRONG));

        assertThat(outcomes.stream().filter("BAD_CREDENTIALS"::equals).count()).isEqualTo(FREE_ATTEMPTS);
        assertThat(outcomes.stream().filter("LOCKED"::equals).count()).isEqualTo(12 - FREE_ATTEMPTS);
        assertThat(row(tenant, "burst@example.test").get("failed_logins")).isEqualTo(FREE_ATTEMPTS + 1);
        assertThat(row(tenant, "burst@example.test").get("locked_until")).isNotNull();
    }

    @Test
    void aLoginWaitsForTheRowLockOfAnotherTransaction() throws Exception {
        TenantSummary tenant = data.tenant("lockout");
        data.person(tenant, Role.MEMBER, "wait@example.test");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection other = DriverManager.getConnection(MariaDb.url(), MariaDb.user(), MariaDb.password())) {
            other.setAutoCommit(false);
            try (PreparedStatement lock =
                    other.prepareStatement("select id from app_user where tenant_id = ? and email = ? for update")) {
                lock.setLong(1, tenant.id());
                lock.setString(2, "wait@example.test");
                assertThat(lock.executeQuery().next()).isTrue();
            }

            Future<String> login = executor.submit(() -> login(tenant, "wait@example.test", WRONG));
            assertThatThrownBy(() -> login.get(1, TimeUnit.SECONDS))
                    .as("blocked by the other transaction")
                    .isInstanceOf(TimeoutException.class);

            other.commit();
            assertThat(login.get(30, TimeUnit.SECONDS)).isEqualTo("BAD_CREDENTIALS");
        } finally {
            executor.shutdownNow();
        }
        assertThat(row(tenant, "wait@example.test").get("failed_logins")).isEqualTo(1);
    }

    @Test
    void anUnknownAddressLocksExactlyLikeAnAccountAndOnlyAHashOfItIsStored() throws Exception {
        TenantSummary tenant = data.tenant("lockout");
        data.person(tenant, Role.MEMBER, "real@example.test");
        String nobody = "nobody-" + tenant.slug() + "@example.test";

        for (int attempt = 1; attempt <= FREE_ATTEMPTS + 2; attempt++) {
            assertThat(login(tenant, nobody, WRONG))
                    .as("attempt " + attempt)
                    .isEqualTo(login(tenant, "real@example.test", WRONG));
        }
        assertThat(login(tenant, nobody, WRONG)).isEqualTo("LOCKED");

        assertThat(jdbc.queryForObject(
                        "select count(*) from login_unknown_address where address_key like ?",
                        Integer.class,
                        "%" + tenant.slug() + "%"))
                .as("the address itself is not stored")
                .isZero();
        // Keyed by SHA-256 of the scope and the address (LoginCounters): the refused login while locked counted
        // nothing.
        Map<String, Object> counter = jdbc.queryForMap(
                "select failed_logins, locked_until from login_unknown_address where address_key = ?",
                sha256("tenant:" + tenant.id() + "\n" + nobody));
        assertThat(counter.get("failed_logins")).isEqualTo(FREE_ATTEMPTS + 1);
        assertThat(counter.get("locked_until")).isNotNull();
    }

    @Test
    void aBurstOnAnUnknownAddressLocksAfterExactlyTheFifthFailureAsForAnAccount() throws Exception {
        TenantSummary tenant = data.tenant("lockout");
        String nobody = "burst-nobody@example.test";

        List<String> outcomes = Race.run(12, () -> login(tenant, nobody, WRONG));

        assertThat(outcomes.stream().filter("BAD_CREDENTIALS"::equals).count()).isEqualTo(FREE_ATTEMPTS);
        assertThat(outcomes.stream().filter("LOCKED"::equals).count()).isEqualTo(12 - FREE_ATTEMPTS);
    }

    /** The outcome of a login on the tenant's host: OK, BAD_CREDENTIALS or the refusal reason. */
    private String login(TenantSummary tenant, String email, String password) {
        try {
            TenantContext.callAs(tenant.id(), () -> logins.authenticateMember(tenant, email, password));
            return "OK";
        } catch (BadCredentialsException e) {
            return "BAD_CREDENTIALS";
        } catch (LoginRefusal e) {
            return e.reason().name();
        }
    }

    private static String sha256(String value) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private Map<String, Object> row(TenantSummary tenant, String email) {
        return jdbc.queryForMap(
                "select failed_logins, locked_until from app_user where tenant_id = ? and email = ?",
                tenant.id(),
                email);
    }
}
