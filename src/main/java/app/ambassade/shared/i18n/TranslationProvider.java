package app.ambassade.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Merges one bundle per module ({@code i18n/<module>.properties} for English and
 * {@code i18n/<module>_fr.properties} for French) so that each module owns its own keys.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Map<String, String> english;
    private final Map<String, String> french;

    public TranslationProvider() {
        this.english = load(false);
        this.french = load(true);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        String pattern = (effective == FRENCH ? french : english).get(key);
        if (pattern == null) {
            log.warn("Missing translation key '{}' for {}", key, effective);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        // Apostrophes are everywhere in French; nobody here uses MessageFormat quoting.
        return new MessageFormat(pattern.replace("'", "''"), effective).format(params);
    }

    /** Maps any locale to the closest one the portal speaks (French first, English otherwise). */
    public static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    public Map<String, String> keys(Locale locale) {
        return Map.copyOf(supported(locale) == FRENCH ? french : english);
    }

    private static Map<String, String> load(boolean frenchBundle) {
        Map<String, String> merged = new HashMap<>();
        try {
            Resource[] resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name == null || name.endsWith("_fr.properties") != frenchBundle) {
                    continue;
                }
                Properties properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> {
                    if (merged.put((String) k, (String) v) != null) {
                        throw new IllegalStateException("Translation key defined twice: " + k + " in " + name);
                    }
                });
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read translations", e);
        }
        return merged;
    }
}
