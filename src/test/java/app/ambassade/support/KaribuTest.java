package app.ambassade.support;

import app.ambassade.identity.AuthenticatedUser;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests: a real Spring context and database, Vaadin mocked by Karibu. Sign a
 * user in with {@link #signIn}, choose the host (and so the tenant) with {@link #onHost}.
 */
@AmbassadeTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestData data;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.ambassade");
            // Karibu's discovery sees public classes only, and views are package-private where possible.
            try (ScanResult scan = new ClassGraph()
                    .enableClassInfo()
                    .enableAnnotationInfo()
                    .ignoreClassVisibility()
                    .acceptPackages("app.ambassade")
                    .scan()) {
                scan.getClassesWithAnnotation(Route.class)
                        .loadClasses(Component.class)
                        .forEach(routes.getRoutes()::add);
            }
            // As in the running app, a view the signed-in role may not open ends on the "not found" page
            // (Vaadin's RouteAccessDeniedError), instead of Karibu's error that throws.
            routes.getErrorRoutes().remove(MockRouteAccessDeniedError.class);
            routes.getErrorRoutes().add(RouteAccessDeniedError.class);
        }
    }

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** The Host header of the mocked requests: {@code slug.localhost:8080}, or the platform host for null. */
    protected void onHost(String slug) {
        FakeRequest request = fakeRequest();
        request.getHeaders().put("Host", List.of(slug == null ? "localhost:8080" : slug + ".localhost:8080"));
    }

    protected void signIn(AuthenticatedUser user) {
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + user.role()));
        var authentication = new UsernamePasswordAuthenticationToken(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = fakeRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.role().equals(role));
        onHost(user.tenantSlug());
    }

    protected void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    private static FakeRequest fakeRequest() {
        return (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    }
}
