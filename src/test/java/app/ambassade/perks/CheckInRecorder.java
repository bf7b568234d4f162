package app.ambassade.perks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts committed check-ins per perk and member, to see how many tablets won a race. */
@Component
public class CheckInRecorder {

    private final Map<String, AtomicInteger> committed = new ConcurrentHashMap<>();

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PerkActivity.CheckedIn event) {
        committed
                .computeIfAbsent(event.perkId() + ":" + event.memberId(), k -> new AtomicInteger())
                .incrementAndGet();
    }

    public int committed(long perkId, long memberId) {
        AtomicInteger count = committed.get(perkId + ":" + memberId);
        return count == null ? 0 : count.get();
    }
}
