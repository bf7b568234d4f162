package app.ambassade.shared.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Effects across modules ({@code @ApplicationModuleListener}s) run after the change committed, on the
 * application's task executor, so that a person's request never waits for a ledger line or an e-mail.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncEffects {}
