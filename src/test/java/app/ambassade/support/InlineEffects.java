package app.ambassade.support;

import java.util.concurrent.Executor;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tests see the effects of an action when the action returns: the durable listeners still run after the
 * commit and through the event publication registry, but on the calling thread (with nobody signed in,
 * as on the task executor's threads) instead of the task executor. Also refuses an application event published outside a
 * transaction, since the registry would drop it (and with it a ledger line, notice, mail or audit line).
 */
@TestConfiguration(proxyBeanMethods = false)
public class InlineEffects {

    @Bean
    AsyncConfigurer inlineListeners() {
        return new AsyncConfigurer() {
            @Override
            public Executor getAsyncExecutor() {
                return InlineEffects::runAsOnAnotherThread;
            }

            @Override
            public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
                return new SimpleAsyncUncaughtExceptionHandler();
            }
        };
    }

    /**
     * Runs the listener on the calling thread, but with nobody signed in, as on the executor's own
     * threads: a listener that forgot to enter the event's tenant fails here as it would in production.
     */
    static void runAsOnAnotherThread(Runnable task) {
        SecurityContext caller = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            task.run();
        } finally {
            SecurityContextHolder.setContext(caller);
        }
    }

    @Bean
    CommittedEvents committedEvents(ApplicationEventPublisher events, TransactionTemplate transactions) {
        return new CommittedEvents(events, transactions);
    }

    @Bean
    EventsNeedATransaction eventsNeedATransaction() {
        return new EventsNeedATransaction();
    }

    static class EventsNeedATransaction {

        @EventListener
        void check(PayloadApplicationEvent<?> event) {
            Object payload = event.getPayload();
            if (payload.getClass().getName().startsWith("app.ambassade.")
                    && !TransactionSynchronizationManager.isActualTransactionActive()) {
                throw new IllegalStateException("Published outside a transaction, so no listener would run: "
                        + payload.getClass().getName());
            }
        }
    }
}
