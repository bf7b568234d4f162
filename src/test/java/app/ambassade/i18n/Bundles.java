package app.ambassade.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The translation bundles as files: {@code src/main/resources/i18n/<name>.properties} and {@code <name>_fr.properties}. */
final class Bundles {

    static final Path DIR = Path.of("src/main/resources/i18n");

    private Bundles() {}

    /** One bundle file: its keys in file order, including keys written twice. */
    record Bundle(String name, boolean french, Path path, List<String> keysInOrder, Map<String, String> values) {}

    static List<Bundle> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".properties"))
                    .sorted()
                    .map(Bundles::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Bundle> english() {
        return all().stream().filter(b -> !b.french()).toList();
    }

    static List<Bundle> french() {
        return all().stream().filter(Bundle::french).toList();
    }

    /** All English (or French) keys and values, merged over the module bundles. */
    static Map<String, String> merged(boolean french) {
        Map<String, String> merged = new TreeMap<>();
        all().stream().filter(b -> b.french() == french).forEach(b -> merged.putAll(b.values()));
        return merged;
    }

    static Bundle load(Path path) {
        String file = path.getFileName().toString();
        String base = file.substring(0, file.length() - ".properties".length());
        boolean french = base.endsWith("_fr");
        String name = french ? base.substring(0, base.length() - 3) : base;
        String text = strictUtf8(path);
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, properties.getProperty(k)));
        return new Bundle(name, french, path, keysInOrder(text), values);
    }

    /** The file decoded as UTF-8, failing on bytes that are not UTF-8 (the provider reads UTF-8). */
    static String strictUtf8(Path path) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(path + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keys as written, in order: {@link Properties} silently keeps only the last of a repeated key. */
    private static List<String> keysInOrder(String text) {
        List<String> keys = new ArrayList<>();
        boolean continuation = false;
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.stripLeading();
            boolean startsEntry =
                    !continuation && !trimmed.isEmpty() && trimmed.charAt(0) != '#' && trimmed.charAt(0) != '!';
            if (startsEntry) {
                StringBuilder key = new StringBuilder();
                for (int i = 0; i < trimmed.length(); i++) {
                    char c = trimmed.charAt(i);
                    if (c == '\\' && i + 1 < trimmed.length()) {
                        key.append(trimmed.charAt(++i));
                    } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                        break;
                    } else {
                        key.append(c);
                    }
                }
                keys.add(key.toString());
            }
            continuation = (startsEntry || continuation) && endsWithOddBackslashes(line);
        }
        return keys;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
