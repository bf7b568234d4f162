package app.ambassade.platform.ui;

import app.ambassade.shared.ui.ColorField;
import app.ambassade.tenancy.TenantStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Span;

/** Small pieces shown wherever a tenant appears in the console: status badge and colour swatch. */
final class TenantDisplay {

    private TenantDisplay() {}

    static Badge statusBadge(Component owner, TenantStatus status) {
        Badge badge = new Badge(owner.getTranslation("platform.status." + status.name()));
        badge.addClassName("tenant-status");
        badge.addThemeVariants(status == TenantStatus.ACTIVE ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        return badge;
    }

    /** A square of the given colour; only a checked #RRGGBB value ever reaches the style. */
    static Span swatch(String color) {
        return ColorField.swatch(color);
    }
}
