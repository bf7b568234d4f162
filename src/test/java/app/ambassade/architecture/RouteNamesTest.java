package app.ambassade.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.shared.security.Roles;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rule for portal addresses: a brand manager's screen lives under {@code manage/}, and only
 * those do; every segment is lower-case words or a named parameter. Screens that were published
 * before the rule keep their address (people bookmarked them), listed here with where they would go.
 */
class RouteNamesTest {

    /** Manager screens outside {@code manage/}: renaming them would break users' bookmarks. */
    static final Set<String> MANAGER_ROUTES_BEFORE_THE_RULE = Set.of(
            "people",
            "settings",
            "audit",
            "engagement/settings",
            "engagement/overview",
            "reviews/moderation",
            "reviews/moderation/review",
            "reviews/statistics",
            "reviews/procedure");

    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*|:[a-z][A-Za-z]*");

    private static final Map<String, Class<?>> ROUTES = routes();

    @Test
    void managerScreensLiveUnderManageAndOnlyThey() {
        Set<String> misplaced = new TreeSet<>();
        ROUTES.forEach((path, view) -> {
            boolean managerOnly = managerOnly(view);
            boolean underManage = path.startsWith("manage/") || path.equals("manage");
            if (managerOnly != underManage && !MANAGER_ROUTES_BEFORE_THE_RULE.contains(path)) {
                misplaced.add(path + " (" + view.getSimpleName() + ")");
            }
        });
        assertThat(misplaced)
                .as("manager-only screens go under manage/, and nothing else does")
                .isEmpty();
    }

    @Test
    void theExceptionsAreStillManagerScreensOutsideManage() {
        assertThat(ROUTES).containsKeys(MANAGER_ROUTES_BEFORE_THE_RULE.toArray(String[]::new));
        MANAGER_ROUTES_BEFORE_THE_RULE.forEach(path -> assertThat(managerOnly(ROUTES.get(path)))
                .as("%s is a manager screen", path)
                .isTrue());
    }

    @Test
    void segmentsAreLowerCaseWordsOrNamedParameters() {
        Set<String> badlyNamed = new TreeSet<>();
        ROUTES.keySet().stream().filter(path -> !path.isEmpty()).forEach(path -> {
            for (String segment : path.split("/")) {
                if (!SEGMENT.matcher(segment).matches()) {
                    badlyNamed.add(path);
                }
            }
        });
        assertThat(badlyNamed).isEmpty();
        assertThat(ROUTES).containsKeys("communities/:id", "manage/perks/:id/edit", "manage/trust/faq");
    }

    private static boolean managerOnly(Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && Set.of(roles.value()).equals(Set.of(Roles.BRAND_MANAGER));
    }

    private static Map<String, Class<?>> routes() {
        Map<String, Class<?>> routes = new TreeMap<>();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("app.ambassade")
                .scan()) {
            scan.getClassesWithAnnotation(Route.class)
                    .loadClasses()
                    .forEach(view -> routes.put(view.getAnnotation(Route.class).value(), view));
        }
        return routes;
    }
}
