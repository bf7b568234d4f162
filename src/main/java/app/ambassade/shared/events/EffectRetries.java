package app.ambassade.shared.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits the effects (event publications) that did not complete: a listener that failed, or a node
 * that died half-way. Runs on every node; listeners are idempotent, so two nodes resubmitting the same
 * publication do the effect once. Publications still incomplete at start-up are resubmitted too
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class EffectRetries {

    private static final Logger log = LoggerFactory.getLogger(EffectRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EffectRetries(
            IncompleteEventPublications incomplete,
            @Value("${ambassade.events.retry-older-than:PT1M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(
            fixedDelayString = "${ambassade.events.retry-every:PT1M}",
            initialDelayString = "${ambassade.events.retry-every:PT1M}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Incomplete effects could not be resubmitted now; next attempt in a minute: {}", e.getMessage());
        }
    }
}
