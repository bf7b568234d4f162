package app.ambassade.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.Application;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Module boundaries (Spring Modulith): a module uses another only through its API (base package
 * or named interfaces), never through {@code internal}, {@code ui} or other sub-packages, and
 * modules form no cycle. On top, the layering of the foundation modules is pinned here, so that
 * the shell and the core never start importing a feature.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    /**
     * Which modules each foundation module may use. {@code shared} is open and used by everyone.
     * Feature modules (community, perks, ...) are not listed: they may use the foundation and each
     * other's APIs, without cycles, which {@link ApplicationModules#verify()} checks.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "shared", Set.of(),
            "tenancy", Set.of("shared"),
            "audit", Set.of("shared", "tenancy"),
            "mail", Set.of("shared", "tenancy"),
            "identity", Set.of("shared", "tenancy", "mail"),
            // Receiving modules: features cause effects in them; they import no feature.
            "engagement", Set.of("shared", "tenancy", "identity"),
            "notification", Set.of("shared", "tenancy", "identity"),
            // The shell frames every view but imports no feature: tenancy and identity APIs only.
            "shell", Set.of("shared", "tenancy", "identity"),
            "demo", Set.of("shared", "tenancy", "identity"),
            "platform", Set.of("shared", "tenancy", "identity", "audit", "mail"));

    @Test
    void modulesUseEachOtherOnlyThroughTheirApisAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void theExpectedFoundationModulesExist() {
        assertThat(MODULES.stream().map(ModuleStructureTest::name))
                .contains(
                        "shared",
                        "tenancy",
                        "identity",
                        "audit",
                        "mail",
                        "engagement",
                        "notification",
                        "shell",
                        "demo");
        assertThat(MODULES.getModuleByName("shared").orElseThrow().isOpen()).isTrue();
    }

    @Test
    void foundationModulesDependOnlyOnTheModulesBelowThem() {
        Map<String, Set<String>> unexpected = new TreeMap<>();
        MODULES.forEach(module -> {
            Set<String> allowed = ALLOWED.get(name(module));
            if (allowed == null) {
                return;
            }
            Set<String> actual = module.getDirectDependencies(MODULES)
                    .uniqueModules()
                    .map(ModuleStructureTest::name)
                    .filter(target -> !target.equals(name(module)))
                    .collect(Collectors.toCollection(TreeSet::new));
            actual.removeAll(allowed);
            if (!actual.isEmpty()) {
                unexpected.put(name(module), actual);
            }
        });
        assertThat(unexpected)
                .as("foundation modules using modules they must not know (module -> used modules)")
                .isEmpty();
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }
}
