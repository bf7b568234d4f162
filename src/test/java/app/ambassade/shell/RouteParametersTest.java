package app.ambassade.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.community.CommunityForm;
import app.ambassade.community.CommunityService;
import app.ambassade.community.Visibility;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.identity.Role;
import app.ambassade.perks.EventDetails;
import app.ambassade.perks.PerkCatalogue;
import app.ambassade.perks.PerkForm;
import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkRules;
import app.ambassade.reassurance.ReviewDraft;
import app.ambassade.reassurance.ReviewService;
import app.ambassade.shared.security.Roles;
import app.ambassade.support.KaribuTest;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every portal address with a parameter, found by scanning the {@code @Route} classes (so a new
 * one is covered, or this test asks for its fixture), opened by a person allowed to see that view
 * with a non-number, a number too big for an id and an id of another brand: the branded "not
 * found" page each time, never an exception text.
 */
class RouteParametersTest extends KaribuTest {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)(\\([^)]*\\))?\\??");
    private static final List<String> BAD = List.of("abc", "12345678901234567890", "-1", "1e3");
    /** Links sent by e-mail carry a random token, not an id: a bad one shows the view's own "invalid link" message. */
    private static final Set<String> TOKEN_ROUTES =
            Set.of("invitation/:token", "verify-email/:token", "reset-password/:token");

    @Autowired
    CommunityService communities;

    @Autowired
    PerkCatalogue perks;

    @Autowired
    ReviewService reviews;

    TenantSummary home;
    AuthenticatedUser manager;
    AuthenticatedUser member;
    AuthenticatedUser admin;
    /** Per address: an id of the same kind that belongs to another brand (none for the platform's own addresses). */
    Map<String, LongSupplier> foreignIds;

    @BeforeEach
    void seed() {
        home = data.tenant("home");
        TenantSummary other = data.tenant("other");
        manager = data.person(home, Role.BRAND_MANAGER, "boss@home.example");
        member = data.person(home, Role.MEMBER, "ann@home.example");
        admin = data.platformAdmin("ops-" + home.slug() + "@ambassade.test");
        AuthenticatedUser otherManager = data.person(other, Role.BRAND_MANAGER, "boss@other.example");
        AuthenticatedUser otherMember = data.person(other, Role.MEMBER, "bea@other.example");
        TestData.signIn(otherManager);
        long community = communities
                .create(new CommunityForm("Elsewhere", "", Visibility.OPEN, null))
                .id();
        LocalDateTime start = LocalDateTime.now().plusDays(10);
        long perk = perks.create(new PerkForm(
                PerkKind.EVENT,
                "Their evening",
                "Not yours",
                null,
                null,
                PerkRules.open(),
                10,
                false,
                null,
                new EventDetails(start, start.plusHours(2), "Europe/Paris", "Paris", null, 24, "Thanks", false),
                null));
        TestData.signIn(otherMember);
        long review = reviews.submit(new ReviewDraft(4, "Theirs", "A review of the other brand.", LocalDate.now()))
                .id();
        TestData.signOut();
        foreignIds = Map.of(
                "communities/:id", () -> community,
                "manage/communities/:id/engagement", () -> community,
                "perks/:id", () -> perk,
                "manage/perks/:id/edit", () -> perk,
                "manage/perks/:id/claims", () -> perk,
                "manage/perks/:id/check-in", () -> perk,
                "reviews/moderation/review/:id", () -> review,
                // The platform console sees every brand by design: there is no "other brand" there.
                "tenants/:tenantId", () -> Long.MAX_VALUE);
    }

    @Test
    void everyAddressWithAParameterIsCoveredHere() {
        assertThat(parameterisedRoutes().keySet())
                .as("a new address with a parameter: add an id of another brand to foreignIds (or a token route)")
                .allMatch(route -> foreignIds.containsKey(route) || TOKEN_ROUTES.contains(route))
                .contains("communities/:id", "reviews/moderation/review/:id", "tenants/:tenantId");
    }

    @Test
    void badAndForeignIdsShowTheBrandedNotFoundPage() {
        List<String> wrong = new ArrayList<>();
        parameterisedRoutes().forEach((route, view) -> {
            if (TOKEN_ROUTES.contains(route)) {
                return;
            }
            List<String> values = new ArrayList<>(BAD);
            values.add(String.valueOf(foreignIds.get(route).getAsLong()));
            for (String value : values) {
                signInFor(view);
                String path = PARAMETER.matcher(route).replaceAll(Matcher.quoteReplacement(value));
                UI.getCurrent().navigate(path);
                Component shown = UI.getCurrent().getCurrentView();
                String text = shown.getElement().getTextRecursively();
                if (!(shown instanceof NotFoundView || shown instanceof BadAddressView)
                        || !text.contains("Page not found")
                        || UI.getCurrent().getElement().getTextRecursively().contains("Exception")) {
                    wrong.add(path + " showed " + shown.getClass().getSimpleName() + ": " + text);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void badTokensShowTheViewsOwnMessageNeverAnException() {
        for (String route : TOKEN_ROUTES) {
            for (String value : BAD) {
                TestData.signOut();
                onHost(home.slug());
                UI.getCurrent().navigate(PARAMETER.matcher(route).replaceAll(Matcher.quoteReplacement(value)));
                assertThat(UI.getCurrent().getCurrentView())
                        .as(route + " " + value)
                        .isNotInstanceOf(UnexpectedErrorView.class);
                assertThat(UI.getCurrent().getElement().getTextRecursively())
                        .as(route)
                        .doesNotContain("Exception");
            }
        }
    }

    private void signInFor(Class<?> view) {
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        if (roles != null && List.of(roles.value()).contains(Roles.PLATFORM_ADMIN)) {
            signIn(admin);
        } else if (roles != null && !List.of(roles.value()).contains(Roles.BRAND_MANAGER)) {
            signIn(member);
        } else if (view.isAnnotationPresent(AnonymousAllowed.class) && !view.isAnnotationPresent(PermitAll.class)) {
            TestData.signOut();
            onHost(home.slug());
        } else {
            signIn(manager);
        }
    }

    /** Route template (with {@code :id} for a HasUrlParameter) to view class, for every route with a parameter. */
    static Map<String, Class<?>> parameterisedRoutes() {
        Map<String, Class<?>> found = new TreeMap<>();
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("app.ambassade")
                .scan()) {
            for (Class<?> view : scan.getClassesWithAnnotation(Route.class).loadClasses()) {
                String template = view.getAnnotation(Route.class).value();
                if (HasUrlParameter.class.isAssignableFrom(view)) {
                    found.put(template + "/:id", view);
                } else if (template.contains(":")) {
                    found.put(template.replaceAll("\\(.*?\\)", ""), view);
                }
            }
        }
        return found;
    }
}
