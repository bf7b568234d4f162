package app.ambassade.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.i18n.JavaSources.Call;
import app.ambassade.i18n.JavaSources.Literal;
import app.ambassade.i18n.JavaSources.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Views never show a string written in the code: every text goes through {@code getTranslation}.
 * Scans the views ({@code **}{@code /ui/**}) and the shell for string literals containing a letter
 * where a component takes its text, label, title or placeholder.
 */
class HardCodedTextTest {

    /**
     * Component constructors that take text, with the argument positions that are NOT text (an
     * anchor's address, an image's source, a side-nav item's path, an avatar's image URL).
     */
    private static final Map<String, Set<Integer>> TEXT_CONSTRUCTORS = Map.ofEntries(
            Map.entry("Button", Set.of()),
            Map.entry("H1", Set.of()),
            Map.entry("H2", Set.of()),
            Map.entry("H3", Set.of()),
            Map.entry("H4", Set.of()),
            Map.entry("H5", Set.of()),
            Map.entry("H6", Set.of()),
            Map.entry("Span", Set.of()),
            Map.entry("Paragraph", Set.of()),
            Map.entry("Div", Set.of()),
            Map.entry("Text", Set.of()),
            Map.entry("NativeLabel", Set.of()),
            Map.entry("Emphasis", Set.of()),
            Map.entry("Strong", Set.of()),
            Map.entry("ListItem", Set.of()),
            Map.entry("DescriptionTerm", Set.of()),
            Map.entry("Pre", Set.of()),
            Map.entry("TextField", Set.of()),
            Map.entry("TextArea", Set.of()),
            Map.entry("PasswordField", Set.of()),
            Map.entry("EmailField", Set.of()),
            Map.entry("IntegerField", Set.of()),
            Map.entry("NumberField", Set.of()),
            Map.entry("BigDecimalField", Set.of()),
            Map.entry("DatePicker", Set.of()),
            Map.entry("DateTimePicker", Set.of()),
            Map.entry("TimePicker", Set.of()),
            Map.entry("ComboBox", Set.of()),
            Map.entry("MultiSelectComboBox", Set.of()),
            Map.entry("Select", Set.of()),
            Map.entry("RadioButtonGroup", Set.of()),
            Map.entry("CheckboxGroup", Set.of()),
            Map.entry("Checkbox", Set.of()),
            Map.entry("Tab", Set.of()),
            Map.entry("Notification", Set.of()),
            Map.entry("Details", Set.of()),
            Map.entry("ConfirmDialog", Set.of()),
            Map.entry("Dialog", Set.of()),
            Map.entry("RouterLink", Set.of()),
            Map.entry("MenuItem", Set.of()),
            Map.entry("Badge", Set.of()),
            Map.entry("Upload", Set.of()),
            Map.entry("Tooltip", Set.of()),
            Map.entry("Anchor", Set.of(0)),
            Map.entry("Image", Set.of(0)),
            Map.entry("SideNavItem", Set.of(1)),
            Map.entry("Avatar", Set.of(1)));

    /** Methods whose first argument is shown to people. */
    private static final String TEXT_SETTERS = "setText|setLabel|setPlaceholder|setHelperText|setHeaderText|setHeader"
            + "|setFooter|setTitle|setAriaLabel|setErrorMessage|setTooltipText|setConfirmText|setCancelText"
            + "|setRejectText|setSummaryText|setMessage|setSubmit|setUsername|setPassword|setForgotPassword"
            + "|setAdditionalInformation|setDescription|setEmptyStateText|setHeaderTitle|setConfirmButton"
            + "|setCancelButton|setRejectButton|addItem|addTab|show";

    /** Attributes whose value is shown or read aloud. */
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile("\"(aria-label|title|placeholder|alt|label)\"");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** Literals with letters that are values, the same in every language: a colour such as #b5476b. */
    private static final Pattern NOT_TEXT = Pattern.compile("#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?");

    /**
     * True non-text literals that the scan cannot tell from text, as "File.java: literal" with the
     * reason. Empty today.
     */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void viewsShowNoHardCodedText() {
        List<String> found = new ArrayList<>();
        viewSources().forEach(file -> found.addAll(scan(file)));
        assertThat(found)
                .as("hard-coded UI text: use getTranslation(\"key\") with a key in both bundles")
                .isEmpty();
    }

    @Test
    void theScanLooksAtTheViewsAndTheShell() {
        assertThat(viewSources())
                .extracting(f -> f.path().getFileName().toString())
                .contains("LoginView.java", "MainLayout.java", "HomeView.java", "NotFoundView.java");
    }

    @Test
    void theScanRecognisesHardCodedTextAndLeavesNamesAlone() {
        SourceFile sample = new SourceFile(Path.of("src/main/java/Sample.java"), JavaSources.blankComments("""
                @PageTitle("People")
                class Sample {
                    void build() {
                        add(new Button("Save"), new Anchor("join", getTranslation("login.join")));
                        title.setText("Total: " + count);
                        grid.addColumn(Row::name).setHeader("Name");
                        getElement().setAttribute("aria-label", "Menu");
                        add("Welcome");
                        getClassNames().add("card");
                        addClassName("card");
                        new Icon("vaadin", "home");
                        new Image("/branding/logo.png", getTranslation("shell.logo-alt"));
                        new Span("·");
                        colour.setPlaceholder("#b5476b");
                        // new Span("commented out");
                        new TextField(getTranslation(ok ? "a.b" : "c.d"));
                    }
                }
                """));
        assertThat(scan(sample))
                .hasSize(6)
                .anyMatch(s -> s.contains("@PageTitle"))
                .anyMatch(s -> s.contains("\"Save\""))
                .anyMatch(s -> s.contains("\"Total: \""))
                .anyMatch(s -> s.contains("\"Name\""))
                .anyMatch(s -> s.contains("\"Menu\""))
                .anyMatch(s -> s.contains("\"Welcome\""));
    }

    static List<String> scan(SourceFile file) {
        List<String> found = new ArrayList<>();
        TEXT_CONSTRUCTORS.forEach((component, notText) -> {
            for (Call call : JavaSources.calls(file, "\\bnew\\s+(?:[\\w.]+\\.)?" + component + "(?:<[^>()]*>)?")) {
                for (int i = 0; i < call.args().size(); i++) {
                    if (!notText.contains(i)) {
                        check(found, call, call.args().get(i));
                    }
                }
            }
        });
        for (Call call : JavaSources.calls(file, "(?:\\.\\s*|(?<![\\w.]))(?:" + TEXT_SETTERS + ")")) {
            if (!call.args().isEmpty()) {
                check(found, call, call.args().getFirst());
            }
        }
        // add("text") on a layout adds a text node; getClassNames().add("css") adds a name.
        for (Call call : JavaSources.calls(file, "(?:\\.\\s*|(?<![\\w.]))add")) {
            if (!receiverIsAList(file, call)) {
                call.args().forEach(arg -> check(found, call, arg));
            }
        }
        for (Call call : JavaSources.calls(file, "\\.\\s*setAttribute")) {
            if (call.args().size() == 2
                    && TEXT_ATTRIBUTE.matcher(call.args().getFirst()).matches()) {
                check(found, call, call.args().get(1));
            }
        }
        Matcher pageTitle = Pattern.compile("@PageTitle\\s*\\(").matcher(file.code());
        while (pageTitle.find()) {
            found.add(file.where(pageTitle.start()) + " @PageTitle is fixed text: implement HasDynamicTitle");
        }
        return found;
    }

    private static List<SourceFile> viewSources() {
        return JavaSources.mainSources(p -> {
            String path = p.toString().replace('\\', '/');
            return path.contains("/ui/") || path.startsWith("app/ambassade/shell/");
        });
    }

    private static void check(List<String> found, Call call, String argument) {
        for (Literal literal : JavaSources.topLevelLiterals(argument)) {
            if (LETTER.matcher(literal.value()).find()
                    && !NOT_TEXT.matcher(literal.value()).matches()) {
                String entry = call.file().path().getFileName() + ": " + literal.value();
                if (!ALLOWED.containsKey(entry)) {
                    found.add(call.where() + " " + call.name().strip() + "(\"" + literal.value() + "\")");
                }
            }
        }
    }

    /** {@code getClassNames().add("css")}, {@code getThemeList().add(...)}: names, not text. */
    private static boolean receiverIsAList(SourceFile file, Call call) {
        String before = file.code()
                .substring(Math.max(0, call.offset() - 40), call.offset())
                .strip();
        return before.matches("(?s).*(List|Names)\\(\\s*\\)$");
    }
}
