package app.ambassade.reassurance.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * The tenant's embeddable widget: its key ({@code <tenant slug>-<random>}, so that the server finds
 * the tenant from the key's prefix and then checks the random part within that tenant only) and the
 * web origins allowed to read it from a browser (CORS), one per line.
 */
@Entity
@Table(name = "trust_widget_settings")
public class TrustWidgetSettings extends TenantScopedEntity {

    @Column(name = "widget_key")
    private String widgetKey;

    @Column(name = "allowed_origins")
    private String allowedOrigins;

    protected TrustWidgetSettings() {}

    public TrustWidgetSettings(String widgetKey) {
        this.widgetKey = widgetKey;
        this.allowedOrigins = "";
    }

    public String getWidgetKey() {
        return widgetKey;
    }

    public void setWidgetKey(String widgetKey) {
        this.widgetKey = widgetKey;
    }

    public List<String> getAllowedOrigins() {
        return Arrays.stream(allowedOrigins.split("\n"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    public void setAllowedOrigins(List<String> origins) {
        this.allowedOrigins = String.join("\n", origins);
    }
}
