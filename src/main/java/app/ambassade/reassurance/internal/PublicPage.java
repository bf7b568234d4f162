package app.ambassade.reassurance.internal;

import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.tenancy.TenantSummary;
import java.util.List;

/**
 * The frame shared by the public trust pages (head, brand bar, language switch, footer).
 *
 * @param subPath the page's address below {@code /trust}, for the language links
 */
public record PublicPage(PageTexts texts, String title, String description, TenantSummary tenant, String subPath) {

    /** A language of the switch; the current one is not a link. */
    public record Language(String code, String label, boolean current) {}

    public List<Language> languages() {
        return TranslationProvider.LOCALES.stream()
                .map(l -> new Language(
                        l.getLanguage(),
                        texts.t("language." + l.getLanguage()),
                        l.getLanguage().equals(texts.lang())))
                .toList();
    }

    /** Black or white, whichever reads better on the brand's colour. */
    public String onBrand() {
        String hex = tenant.brandColor();
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        double lum = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        return lum > 0.179 ? "#000000" : "#ffffff";
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
