package app.ambassade.identity.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems single-use e-mail links. The secret (32 random bytes) leaves only in the
 * e-mail; the database keeps its SHA-256. Issuing a new token of a purpose retires the older ones.
 * Callers run inside the tenant's scope and a transaction.
 */
@Component
public class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserTokenRepository tokens;
    private final Clock clock;

    Tokens(UserTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public String issue(long userId, UserToken.Purpose purpose, Duration validity) {
        Instant now = clock.instant();
        tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).forEach(t -> t.use(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new UserToken(userId, purpose, hash(raw), now.plus(validity), now));
        return raw;
    }

    /** The token if it exists, is unused and not expired; not consumed. */
    public Optional<UserToken> peek(String raw, UserToken.Purpose purpose) {
        if (raw == null || raw.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(raw), purpose).filter(t -> t.usable(clock.instant()));
    }

    /** Marks the token used, under a row lock so that two clicks cannot both redeem it. */
    public Optional<UserToken> redeem(String raw, UserToken.Purpose purpose) {
        if (raw == null || raw.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.lockByHash(hash(raw), purpose).filter(t -> t.usable(now)).map(t -> {
            t.use(now);
            return t;
        });
    }

    public void retireAll(long userId, UserToken.Purpose purpose) {
        Instant now = clock.instant();
        tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).forEach(t -> t.use(now));
    }

    static String hash(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
