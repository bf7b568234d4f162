package app.ambassade.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Widget requests until the first 429: how many were answered and how long that took. Buckets refill
 * evenly (30 a minute is one more every 2 s), so on a slow machine a few more answers than the
 * budget are still one budget.
 */
public record LimitProbe(int answered, boolean refused, Duration took) {

    /** The widget's budget per client and minute (the default of ambassade.limits.widget-per-minute). */
    public static final int WIDGET_PER_MINUTE = 30;

    /** Any key: the per-client limit is checked before the key is looked up. */
    public static LimitProbe widget(
            int port, String host, IntFunction<Map<String, String>> headersOfRequest, int maxRequests)
            throws IOException {
        Instant start = Instant.now();
        for (int i = 0; i < maxRequests; i++) {
            if (RawHttp.get(port, host, "/widget/unknown-key.json", headersOfRequest.apply(i))
                            .status()
                    == 429) {
                return new LimitProbe(i, true, Duration.between(start, Instant.now()));
            }
        }
        return new LimitProbe(maxRequests, false, Duration.between(start, Instant.now()));
    }

    /** Refused after one budget, give or take what refilled while the requests ran. */
    public boolean refusedAfterOneBudget(int perMinute) {
        return refused && withinOneBudget(answered, took, perMinute);
    }

    public static boolean withinOneBudget(int answered, Duration took, int perMinute) {
        long refilled = took.toMillis() * perMinute / 60_000 + 1;
        return answered >= perMinute && answered <= perMinute + refilled;
    }
}
