package app.ambassade.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its security-context strategy in the static {@link SecurityContextHolder} when
 * an application context starts, while method security keeps the strategy bean of its own
 * context. With several cached test contexts (e.g. one with a {@link MutableClock}), the static
 * holder would point at the last context started, and a test of another context would sign in
 * where its services never look. So each test uses its own context's strategy.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static void useStrategyOf(TestContext testContext) {
        SecurityContextHolderStrategy strategy = testContext
                .getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
