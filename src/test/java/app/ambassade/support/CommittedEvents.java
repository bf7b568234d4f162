package app.ambassade.support;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes an event the way a service does: inside a transaction that then commits, so its listeners run. */
public class CommittedEvents {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    CommittedEvents(ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.events = events;
        this.transactions = transactions;
    }

    public void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
