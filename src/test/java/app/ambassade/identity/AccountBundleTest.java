package app.ambassade.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The account bundle speaks both languages, and every key the identity code names exists. */
class AccountBundleTest {

    private static final Pattern AUDIT_ACTION = Pattern.compile("(?s)AuditableAction\\.\\w+\\(.*?\\);");

    @Test
    void englishAndFrenchHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = load("i18n/account.properties");
        Properties french = load("i18n/account_fr.properties");

        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
        assertThat(french.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
    }

    @Test
    void everyAccountKeyUsedInTheIdentityCodeIsTranslated() throws IOException {
        Properties english = load("i18n/account.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(account\\.[a-z0-9.-]+[a-z0-9])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/ambassade/identity"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                // audit action names are not texts, wherever the formatter breaks their lines
                String source = AUDIT_ACTION.matcher(Files.readString(file)).replaceAll("");
                Matcher m = key.matcher(source);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (String notice : new String[] {"invitation-accepted", "email-verified", "password-reset"}) {
            used.add("account.notice." + notice);
        }

        assertThat(used).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsAll(used);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(
                AccountBundleTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
