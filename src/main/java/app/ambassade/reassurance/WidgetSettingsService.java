package app.ambassade.reassurance;

import app.ambassade.reassurance.internal.TrustWidgetSettings;
import app.ambassade.reassurance.internal.TrustWidgetSettingsRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantService;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The brand's widget: its key (regenerated on demand) and the origins allowed to embed it. */
@Service
@ManagerOnly
public class WidgetSettingsService {

    public static final int MAX_ORIGINS = 20;
    /** The text of the origins field: room for {@value #MAX_ORIGINS} long origins, one per line. */
    public static final int ORIGINS_TEXT_MAX = 4_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrustWidgetSettingsRepository settings;
    private final TenantService tenants;
    private final ApplicationEventPublisher events;

    public WidgetSettingsService(
            TrustWidgetSettingsRepository settings, TenantService tenants, ApplicationEventPublisher events) {
        this.settings = settings;
        this.tenants = tenants;
        this.events = events;
    }

    /** The tenant's widget settings, created with a fresh key on first use. */
    @Transactional
    public WidgetSettingsRow current() {
        return row(load());
    }

    @Transactional
    public WidgetSettingsRow regenerateKey() {
        TrustWidgetSettings current = load();
        current.setWidgetKey(newKey());
        events.publishEvent(
                AuditableAction.tenant(TenantContext.requireTenantId(), "trust.widget-key-regenerated", "widget", ""));
        return row(settings.save(current));
    }

    /** Replaces the allowed origins (one per line, e.g. {@code https://shop.example.com}). */
    @Transactional
    public WidgetSettingsRow saveOrigins(String lines) {
        List<String> origins = parseOrigins(lines);
        TrustWidgetSettings current = load();
        current.setAllowedOrigins(origins);
        events.publishEvent(AuditableAction.tenant(
                TenantContext.requireTenantId(), "trust.widget-origins-changed", "widget", String.join(" ", origins)));
        return row(settings.save(current));
    }

    /** Origins exactly as browsers send them: scheme://host[:port], http or https, no path. */
    public static List<String> parseOrigins(String lines) {
        if (lines != null && lines.length() > ORIGINS_TEXT_MAX) {
            throw InvalidInputException.of("origins", "trust.error.too-many-origins");
        }
        LinkedHashSet<String> origins = new LinkedHashSet<>();
        for (String line : (lines == null ? "" : lines).split("[\\r\\n,\\s]+")) {
            if (line.isBlank()) {
                continue;
            }
            String origin = normalizeOrigin(line.strip());
            if (origin == null) {
                throw InvalidInputException.of("origins", "trust.error.origin");
            }
            origins.add(origin);
        }
        if (origins.size() > MAX_ORIGINS) {
            throw InvalidInputException.of("origins", "trust.error.too-many-origins");
        }
        return new ArrayList<>(origins);
    }

    private static String normalizeOrigin(String text) {
        String candidate = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null) {
                return null;
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private TrustWidgetSettings load() {
        return settings.findFirstBy().orElseGet(() -> settings.save(new TrustWidgetSettings(newKey())));
    }

    private String newKey() {
        String slug =
                tenants.findById(TenantContext.requireTenantId()).orElseThrow().slug();
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return slug + "-" + HexFormat.of().formatHex(bytes);
    }

    private static WidgetSettingsRow row(TrustWidgetSettings s) {
        return new WidgetSettingsRow(s.getWidgetKey(), s.getAllowedOrigins());
    }
}
