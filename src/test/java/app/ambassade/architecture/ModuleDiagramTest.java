package app.ambassade.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagram (PlantUML) and one diagram per module into {@code docs/modules/}, from the
 * code as it is: run by every build, so the committed diagrams never drift from the modules.
 */
class ModuleDiagramTest {

    static final Path FOLDER = Path.of("docs", "modules");

    @Test
    void theModuleDiagramsAreWrittenFromTheCode() throws IOException {
        new Documenter(
                        ModuleStructureTest.MODULES,
                        Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        try (Stream<Path> diagrams = Files.list(FOLDER)) {
            for (Path diagram : diagrams.toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        String all = Files.readString(FOLDER.resolve("components.puml"));
        assertThat(all)
                .contains("\"Engagement\"", "\"Notification\"", "\"Community\"", "\"Perks\"")
                .contains("Rel(Application.Application.Community, Application.Application.Engagement")
                .doesNotContain("Rel(Application.Application.Engagement, Application.Application.Community")
                .doesNotContain("Rel(Application.Application.Notification, Application.Application.Community");
    }

    /** The Documenter lists relations in no fixed order: sorted, the committed files change only with the code. */
    static List<String> inStableOrder(List<String> lines) {
        List<String> relations =
                lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        List<String> ordered = new ArrayList<>();
        int next = 0;
        for (String line : lines) {
            ordered.add(line.startsWith("Rel(") ? relations.get(next++) : line);
        }
        return ordered;
    }
}
