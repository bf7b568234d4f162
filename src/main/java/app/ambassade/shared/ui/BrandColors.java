package app.ambassade.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Style;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Applies a brand colour to every Lumo variable derived from the primary colour (buttons, focus
 * rings, selected navigation items, links), on the UI element so that dialogs and menus get it too.
 * The contrast colour is black or white, whichever reads better on the brand colour.
 */
public final class BrandColors {

    private static final Pattern HEX = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private BrandColors() {}

    public static void apply(UI ui, String hex) {
        if (ui == null || hex == null || !HEX.matcher(hex).matches()) {
            return;
        }
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        Style style = ui.getElement().getStyle();
        style.set("--lumo-primary-color", hex.toLowerCase(Locale.ROOT))
                .set("--lumo-primary-text-color", hex.toLowerCase(Locale.ROOT))
                .set("--lumo-primary-color-50pct", rgba(r, g, b, 0.5))
                .set("--lumo-primary-color-10pct", rgba(r, g, b, 0.1))
                .set("--lumo-primary-contrast-color", luminance(r, g, b) > 0.5 ? "#000000" : "#ffffff");
    }

    private static String rgba(int r, int g, int b, double alpha) {
        return "rgba(" + r + ", " + g + ", " + b + ", " + alpha + ")";
    }

    /** Relative luminance as defined by WCAG 2. */
    static double luminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
