package app.ambassade.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts an application context of its own next to the suite's shared one
 * (a fresh database, another dialect). Every context installs its own Vaadin-aware strategy in
 * the static {@link SecurityContextHolder}, while the shared context's method security keeps
 * reading the strategy it started with: without this, a user signed in by a later test class
 * (TestData.asPlatformAdmin) would be invisible to {@code @PreAuthorize}. This puts the previous
 * strategy back once the class is done.
 */
public class RestoreSecurityContextStrategy implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RestoreSecurityContextStrategy.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class));
    }
}
