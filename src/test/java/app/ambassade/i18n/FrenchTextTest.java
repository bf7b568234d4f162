package app.ambassade.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The French bundles are French: not English copied over, and the English ones not French. */
class FrenchTextTest {

    /**
     * Values that are the same in both languages on purpose: names (of the product, of languages,
     * which each language writes in its own tongue), acronyms, and words French uses as they are.
     */
    static final Set<String> SAME_IN_BOTH = Set.of(
            "Ambassade",
            "Français",
            "English",
            "NPS",
            "CSAT",
            "CES",
            "API",
            "CSV",
            "E-mail",
            "Menu",
            "Navigation",
            "Action",
            "Actions",
            "Logo",
            "Description",
            "Date",
            "Message",
            "Type",
            "Total",
            "Version",
            "Contact",
            "Question",
            "Questions",
            "Places",
            // a brand (la marque) is "active" in French too
            "Active",
            // the default name of the first engagement tier
            "Bronze");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ENGLISH_WORDS =
            Pattern.compile("(?i)\\b(the|you|your|please|with|and|is|are|this|here)\\b");
    private static final Pattern FRENCH_WORDS =
            Pattern.compile("(?i)\\b(vous|votre|vos|les|des|une|est|sont|avec|ici|veuillez)\\b");

    @Test
    void frenchValuesAreNotCopiesOfTheEnglishOnes() {
        Map<String, String> english = Bundles.merged(false);
        Map<String, String> french = Bundles.merged(true);
        List<String> copied = new ArrayList<>();
        english.forEach((key, value) -> {
            String fr = french.get(key);
            if (value.equals(fr) && LETTER.matcher(value).find() && !SAME_IN_BOTH.contains(value)) {
                copied.add(key + "=" + value);
            }
        });
        assertThat(copied)
                .as("French values identical to English: translate them, or list the value in SAME_IN_BOTH if it "
                        + "really is the same word in French")
                .isEmpty();
    }

    @Test
    void frenchValuesContainNoEnglishSentences() {
        List<String> english = new ArrayList<>();
        Bundles.merged(true).forEach((key, value) -> {
            if (!SAME_IN_BOTH.contains(value) && ENGLISH_WORDS.matcher(value).find()) {
                english.add(key + "=" + value);
            }
        });
        assertThat(english).as("French values with English words").isEmpty();
    }

    @Test
    void englishValuesContainNoFrenchSentences() {
        List<String> french = new ArrayList<>();
        Bundles.merged(false).forEach((key, value) -> {
            if (!SAME_IN_BOTH.contains(value) && FRENCH_WORDS.matcher(value).find()) {
                french.add(key + "=" + value);
            }
        });
        assertThat(french).as("English values with French words").isEmpty();
    }

    @Test
    void frenchIsWrittenWithItsAccents() {
        long withAccents = Bundles.merged(true).values().stream()
                .filter(v -> v.matches("(?s).*[éèêàâçîôûùëïœÉÈÀÇ].*"))
                .count();
        assertThat(withAccents)
                .as("French values with accented letters: a French text of this size without any is ASCII-folded")
                .isGreaterThan(Bundles.merged(true).size() / 4);
    }
}
