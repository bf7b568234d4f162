package app.ambassade.platform.ui;

import app.ambassade.tenancy.TenantStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Pattern;

/** Small pieces shown wherever a tenant appears in the console: status badge and colour swatch. */
final class TenantDisplay {

    static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    private TenantDisplay() {
    }

    static Badge statusBadge(Component owner, TenantStatus status) {
        Badge badge = new Badge(owner.getTranslation("platform.status." + status.name()));
        badge.addClassName("tenant-status");
        badge.addThemeVariants(status == TenantStatus.ACTIVE ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        return badge;
    }

    /** A square of the given colour; only a checked #RRGGBB value ever reaches the style. */
    static Span swatch(String color) {
        Span swatch = new Span();
        swatch.addClassName("color-swatch");
        swatch.getElement().setAttribute("aria-hidden", "true");
        swatch.getStyle()
                .set("display", "inline-block")
                .set("flex", "none")
                .set("width", "1.25em")
                .set("height", "1.25em")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("border", "1px solid var(--lumo-contrast-30pct)")
                .set("vertical-align", "middle");
        paint(swatch, color);
        return swatch;
    }

    static void paint(Span swatch, String color) {
        if (color != null && COLOR.matcher(color.strip()).matches()) {
            swatch.getStyle().set("background", color.strip().toLowerCase(java.util.Locale.ROOT));
        } else {
            // No valid colour yet: a striped square says "nothing to show" without guessing.
            swatch.getStyle().set("background",
                    "repeating-linear-gradient(45deg, var(--lumo-contrast-10pct) 0 4px, transparent 4px 8px)");
        }
    }
}
