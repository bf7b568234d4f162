package app.ambassade.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.persistence.DatabaseUnavailable;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The "temporarily unavailable" page comes from its precompiled template, translated and escaped. */
class UnavailablePageTest {

    private final TranslationProvider i18n = new TranslationProvider();
    private final DatabaseOutageFilter filter =
            new DatabaseOutageFilter(i18n, TemplateEngine.createPrecompiled(ContentType.Html));

    @Test
    void thePageIsTranslatedReloadsItselfAndEscapesItsTexts() {
        String html = filter.page(
                Locale.FRENCH,
                i18n.getTranslation("error.unavailable.title", Locale.FRENCH),
                "Text <b>&</b> \"quoted\"",
                "Retry");
        assertThat(html)
                .contains(
                        "<html lang=\"fr\"",
                        i18n.getTranslation("error.unavailable.title", Locale.FRENCH),
                        "<meta http-equiv=\"refresh\" content=\"" + DatabaseUnavailable.RETRY_AFTER_SECONDS + "\">",
                        "Text &lt;b&gt;&amp;&lt;/b&gt; \"quoted\"",
                        "<a href=\"\">Retry</a>")
                .doesNotContain("<b>");
    }
}
