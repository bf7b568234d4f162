package app.ambassade.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ambassade.i18n.Bundles.Bundle;
import app.ambassade.shared.i18n.TranslationProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each module's bundle exists in English and French with the same keys, filled, and owned by one module. */
class BundleCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void thereAreBundlesToCheck() {
        assertThat(Bundles.english()).extracting(Bundle::name).contains("shared", "identity", "shell");
    }

    @Test
    void everyBundleHasAnEnglishAndAFrenchFile() {
        Set<String> english =
                Bundles.english().stream().map(Bundle::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> french = Bundles.french().stream().map(Bundle::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(french).as("bundles with a <name>_fr.properties").isEqualTo(english);
        assertThat(Bundles.all())
                .extracting(b -> b.path().getFileName().toString())
                .allMatch(
                        f -> f.matches("[a-z][a-z0-9-]*(_fr)?\\.properties"),
                        "bundle files are <module>.properties (English) or <module>_fr.properties");
    }

    @Test
    void frenchAndEnglishBundlesHaveExactlyTheSameKeys() {
        Map<String, Bundle> french =
                Bundles.french().stream().collect(Collectors.toMap(Bundle::name, Function.identity()));
        for (Bundle english : Bundles.english()) {
            Bundle fr = french.get(english.name());
            assertThat(fr).as("French bundle of %s", english.name()).isNotNull();
            Set<String> missingInFrench = new TreeSet<>(english.values().keySet());
            missingInFrench.removeAll(fr.values().keySet());
            Set<String> missingInEnglish = new TreeSet<>(fr.values().keySet());
            missingInEnglish.removeAll(english.values().keySet());
            assertThat(missingInFrench)
                    .as("keys of %s missing in %s", english.path(), fr.path())
                    .isEmpty();
            assertThat(missingInEnglish)
                    .as("keys of %s missing in %s", fr.path(), english.path())
                    .isEmpty();
        }
    }

    @Test
    void noValueIsEmpty() {
        List<String> empty = new ArrayList<>();
        Bundles.all()
                .forEach(b -> b.values().forEach((k, v) -> {
                    if (v.isBlank()) {
                        empty.add(b.path().getFileName() + ": " + k);
                    }
                }));
        assertThat(empty).isEmpty();
    }

    @Test
    void noKeyIsWrittenTwiceInOneFile() {
        List<String> repeated = new ArrayList<>();
        for (Bundle bundle : Bundles.all()) {
            Set<String> seen = new java.util.HashSet<>();
            bundle.keysInOrder().stream()
                    .filter(k -> !seen.add(k))
                    .forEach(k -> repeated.add(bundle.path().getFileName() + ": " + k));
        }
        assertThat(repeated)
                .as("keys written twice (the last one silently wins)")
                .isEmpty();
    }

    @Test
    void noKeyBelongsToTwoBundles() {
        for (boolean french : new boolean[] {false, true}) {
            Map<String, List<String>> owners = new HashMap<>();
            Bundles.all().stream()
                    .filter(b -> b.french() == french)
                    .forEach(b -> b.values()
                            .keySet()
                            .forEach(k -> owners.computeIfAbsent(k, x -> new ArrayList<>())
                                    .add(b.name())));
            assertThat(owners.entrySet().stream()
                            .filter(e -> e.getValue().size() > 1)
                            .map(e -> e.getKey() + " in " + e.getValue())
                            .toList())
                    .as("keys defined in more than one bundle")
                    .isEmpty();
        }
    }

    @Test
    void theProviderRefusesAKeyDefinedInTwoBundles(@TempDir Path classpath) throws Exception {
        Path i18n = Files.createDirectories(classpath.resolve("i18n"));
        Files.writeString(i18n.resolve("zz-first.properties"), "test.twice=One\n", StandardCharsets.UTF_8);
        Files.writeString(i18n.resolve("zz-second.properties"), "test.twice=Two\n", StandardCharsets.UTF_8);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classpath.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            assertThatThrownBy(TranslationProvider::new)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("test.twice");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    @Test
    void theProviderServesEveryKeyInBothLanguages() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.keys(Locale.ENGLISH)).isEqualTo(Bundles.merged(false));
        assertThat(provider.keys(Locale.FRENCH)).isEqualTo(Bundles.merged(true));
    }

    @Test
    void frenchAndEnglishUseTheSameParameters() {
        Map<String, String> english = Bundles.merged(false);
        Map<String, String> french = Bundles.merged(true);
        List<String> mismatched = new ArrayList<>();
        english.forEach((key, value) -> {
            String fr = french.get(key);
            if (fr != null && !placeholders(value).equals(placeholders(fr))) {
                mismatched.add(key + ": en " + placeholders(value) + ", fr " + placeholders(fr));
            }
        });
        assertThat(mismatched)
                .as("keys whose {n} parameters differ between English and French")
                .isEmpty();
    }

    @Test
    void everyValueIsAValidMessagePattern() {
        List<String> broken = new ArrayList<>();
        Bundles.all()
                .forEach(b -> b.values().forEach((k, v) -> {
                    try {
                        // As the provider does: apostrophes are literal. Parsing checks braces and formats.
                        new MessageFormat(v.replace("'", "''"), Locale.ENGLISH);
                    } catch (IllegalArgumentException e) {
                        broken.add(b.path().getFileName() + ": " + k + " (" + e.getMessage() + ")");
                    }
                }));
        assertThat(broken).isEmpty();
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add("{" + m.group(1) + "}");
        }
        return found;
    }
}
