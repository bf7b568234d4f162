package app.ambassade.identity.security;

import app.ambassade.identity.internal.LoginClient;
import app.ambassade.identity.internal.LoginClientRepository;
import app.ambassade.identity.internal.LoginThrottle;
import app.ambassade.identity.internal.UnknownLoginAddress;
import app.ambassade.identity.internal.UnknownLoginAddressRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed-login counters kept in the database, so that every node shares them: per address without
 * an account (locked like an account, see {@link LoginThrottle}) and per client address across
 * accounts. A row is created in its own short transaction, then changed under a row lock, so that
 * concurrent failures are all counted and no transaction waits on another one it started itself.
 * Only SHA-256 hashes of addresses are stored.
 */
@Component
class LoginCounters {

    static final Duration CLIENT_WINDOW = Duration.ofMinutes(1);
    /** Idle counters are dropped after this; the lock itself never lasts more than an hour. */
    static final Duration KEEP_UNKNOWN = Duration.ofDays(30);

    private final UnknownLoginAddressRepository addresses;
    private final LoginClientRepository clients;
    private final TransactionTemplate tx;
    private final Clock clock;

    LoginCounters(
            UnknownLoginAddressRepository addresses,
            LoginClientRepository clients,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.addresses = addresses;
        this.clients = clients;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Counts a failed login for an address with no account able to log in, and always refuses:
     * bad credentials for the first four, then locked, exactly as for an account.
     */
    void addressFailed(String scope, String address) {
        String key = hash(scope + "\n" + address);
        Instant now = clock.instant();
        createIfAbsent(
                key, () -> addresses.existsById(key), () -> addresses.saveAndFlush(new UnknownLoginAddress(key, now)));
        boolean locked = Boolean.TRUE.equals(tx.execute(status -> {
            UnknownLoginAddress counter = addresses.lockByKey(key).orElseThrow();
            LoginThrottle throttle = counter.getThrottle();
            if (throttle.isLocked(now)) {
                return true;
            }
            counter.failed(now);
            return throttle.isLocked(now);
        }));
        if (locked) {
            throw new LoginRefusal(LoginRefusal.Reason.LOCKED);
        }
        throw new BadCredentialsException("Bad credentials");
    }

    /** Seconds the client must wait before its next login attempt, or 0 when it may try now. */
    long clientWait(String clientAddress, int maxPerWindow) {
        Instant now = clock.instant();
        return clients.findById(hash(clientAddress))
                .map(c -> c.waitSeconds(maxPerWindow, CLIENT_WINDOW, now))
                .orElse(0L);
    }

    void clientFailed(String clientAddress) {
        String key = hash(clientAddress);
        Instant now = clock.instant();
        createIfAbsent(key, () -> clients.existsById(key), () -> clients.saveAndFlush(new LoginClient(key, now)));
        tx.executeWithoutResult(status -> clients.lockByKey(key).orElseThrow().failed(CLIENT_WINDOW, now));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void dropIdleCounters() {
        Instant now = clock.instant();
        tx.executeWithoutResult(status -> {
            addresses.deleteIdleSince(now.minus(KEEP_UNKNOWN));
            clients.deleteWindowsStartedBefore(now.minus(Duration.ofDays(1)));
        });
    }

    private void createIfAbsent(String key, java.util.function.BooleanSupplier exists, Runnable create) {
        try {
            tx.executeWithoutResult(status -> {
                if (!exists.getAsBoolean()) {
                    create.run();
                }
            });
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // A concurrent attempt inserted the same row first: it is there now, which is all we need.
        }
    }

    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
