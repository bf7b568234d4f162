package app.ambassade.reassurance.internal;

import app.ambassade.shared.i18n.TranslationProvider;
import java.util.Locale;

/** Translations for one public page, in one of the supported languages; templates escape what it returns. */
public record PageTexts(TranslationProvider i18n, Locale locale) {

    public PageTexts {
        locale = TranslationProvider.supported(locale);
    }

    public String t(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    public String lang() {
        return locale.getLanguage();
    }
}
