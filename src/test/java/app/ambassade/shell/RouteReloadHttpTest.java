package app.ambassade.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.identity.Role;
import app.ambassade.support.RawHttp;
import app.ambassade.support.TestData;
import app.ambassade.tenancy.TenantSummary;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A reload or a bookmark of a portal screen reaches the portal: no public controller answers a path
 * that is also a route. Every route without a parameter is loaded by a signed-in brand manager on the
 * brand's host, as a browser reloading it would; parameterised routes are covered by RouteParametersTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RouteReloadHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void everyPortalRouteSurvivesAReload() throws IOException {
        TenantSummary tenant = data.tenant("reload");
        data.person(tenant, Role.BRAND_MANAGER, "boss@reload.example");
        String host = tenant.slug() + ".localhost:" + port;
        String session = RawHttp.login(port, host, "boss@reload.example", TestData.PASSWORD)
                .sessionCookie()
                .orElseThrow();

        List<String> paths = routes();
        assertThat(paths)
                .contains(
                        "/manage/trust/labels",
                        "/manage/trust/policies",
                        "/manage/trust/facts",
                        "/manage/trust/faq",
                        "/manage/trust/widget");
        for (String path : paths) {
            RawHttp.Response page = RawHttp.get(port, host, path, session);
            assertThat(page.body())
                    .as("%s answered by the portal (status %s)", path, page.status())
                    .contains("window.Vaadin");
        }
    }

    private static List<String> routes() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("app.ambassade").stream()
                        .filter(type ->
                                type.isAnnotatedWith(Route.class) && !type.isAssignableTo(HasUrlParameter.class))
                        .map(type -> type.getAnnotationOfType(Route.class).value())
                        .filter(value -> !value.contains(":") && !value.isEmpty())
                        .map(value -> "/" + value)
                        .distinct()
                        .sorted()
                        .toList();
    }
}
