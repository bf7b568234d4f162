package app.ambassade.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every editable text input has a browser-side maximum length (the server's own limit), so that a
 * huge paste is cut in the browser instead of being sent, refused and sent again (issue #9).
 * Read-only inputs are exempt: nobody types in them.
 */
class TextInputLimitsTest {

    private static final Pattern INPUT =
            Pattern.compile("\\b(TextField|TextArea|EmailField|PasswordField)\\s+(\\w+)\\s*=\\s*new\\s+\\1\\s*\\(");

    /** Inputs still without a limit, to be given the server's: this list only shrinks. */
    private static final Set<String> BACKLOG = Set.of();

    @Test
    void everyEditableTextInputHasAMaxLength() throws IOException {
        assertThat(missing()).containsExactlyInAnyOrderElementsOf(BACKLOG);
    }

    @Test
    void theScanFindsInputsAndTheirLimits() {
        assertThat(missingIn("A.java", "final TextArea body = new TextArea(); body.setWidthFull();"))
                .containsExactly("A.java:body");
        assertThat(missingIn(
                        "A.java", "final TextArea body = new TextArea(); body.setMaxLength(FeedService.POST_MAX);"))
                .isEmpty();
        assertThat(missingIn("A.java", "TextField email = new TextField(x); email.setReadOnly(true);"))
                .isEmpty();
    }

    private static List<String> missing() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                found.addAll(missingIn(file.getFileName().toString(), Files.readString(file)));
            }
        }
        return found;
    }

    private static List<String> missingIn(String file, String code) {
        List<String> found = new ArrayList<>();
        Matcher input = INPUT.matcher(code);
        while (input.find()) {
            String name = Pattern.quote(input.group(2));
            boolean limited = Pattern.compile("\\b" + name + "\\.setMaxLength\\(")
                    .matcher(code)
                    .find();
            boolean readOnly = Pattern.compile("\\b" + name + "\\.setReadOnly\\(true\\)")
                    .matcher(code)
                    .find();
            if (!limited && !readOnly) {
                found.add(file + ":" + input.group(2));
            }
        }
        return found;
    }
}
