package app.ambassade.tenancy;

import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.security.PlatformAdminOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.internal.Tenant;
import app.ambassade.tenancy.internal.TenantLogo;
import app.ambassade.tenancy.internal.TenantLogoRepository;
import app.ambassade.tenancy.internal.TenantRepository;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants: lookup by host or id, creation and lifecycle by the platform, branding by each brand. */
@Service
public class TenantService {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{1,61}[a-z0-9])$");
    private static final Pattern COLOR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Set<String> RESERVED_SLUGS =
            Set.of("www", "api", "app", "admin", "platform", "mail", "static", "assets", "status", "help");

    private final TenantRepository tenants;
    private final TenantLogoRepository logos;
    private final LogoPolicy logoPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TenantService(
            TenantRepository tenants,
            TenantLogoRepository logos,
            LogoPolicy logoPolicy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tenants = tenants;
        this.logoPolicy = logoPolicy;
        this.logos = logos;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> findBySlug(String slug) {
        return tenants.findBySlug(slug).map(TenantService::summary);
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> findById(long id) {
        return tenants.findById(id).map(TenantService::summary);
    }

    /** The tenant of the signed-in user (or of the current explicit tenant scope). */
    @Transactional(readOnly = true)
    public Optional<TenantSummary> current() {
        return TenantContext.currentTenantId().flatMap(tenants::findById).map(TenantService::summary);
    }

    /** Ids of the active tenants, for background work that visits each brand in turn. */
    @Transactional(readOnly = true)
    public List<Long> activeTenantIds() {
        return tenants.idsByStatus(TenantStatus.ACTIVE);
    }

    @PlatformAdminOnly
    @Transactional(readOnly = true)
    public Page<TenantSummary> search(String search, Pageable pageable) {
        String term = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return tenants.search(term, pageable).map(TenantService::summary);
    }

    @PlatformAdminOnly
    @Transactional(readOnly = true)
    public long count(TenantStatus status) {
        return tenants.countByStatus(status);
    }

    @PlatformAdminOnly
    @Transactional
    public TenantSummary create(String slug, TenantBranding branding) {
        String normalizedSlug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        Checks checks = Checks.start()
                .require(SLUG.matcher(normalizedSlug).matches(), "slug", "validation.slug-format")
                .require(!RESERVED_SLUGS.contains(normalizedSlug), "slug", "validation.slug-reserved");
        checkBranding(checks, branding);
        checks.throwIfAny();
        if (tenants.existsBySlug(normalizedSlug)) {
            throw InvalidInputException.of("slug", "validation.slug-taken");
        }
        Tenant tenant = tenants.save(new Tenant(
                normalizedSlug,
                branding.name().strip(),
                branding.defaultLocale().getLanguage(),
                branding.brandColor().toLowerCase(Locale.ROOT),
                clock.instant()));
        events.publishEvent(AuditableAction.platform("tenant.created", normalizedSlug, branding.name()));
        return summary(tenant);
    }

    @PlatformAdminOnly
    @Transactional
    public TenantSummary rebrand(long tenantId, TenantBranding branding) {
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        applyBranding(tenant, branding);
        events.publishEvent(AuditableAction.platform("tenant.updated", tenant.getSlug(), branding.describe()));
        return summary(tenant);
    }

    /** A brand manager changes their own tenant's branding; the tenant comes from the principal. */
    @ManagerOnly
    @Transactional
    public TenantSummary rebrandCurrent(TenantBranding branding) {
        Tenant tenant = tenants.findById(TenantContext.requireTenantId()).orElseThrow();
        applyBranding(tenant, branding);
        events.publishEvent(AuditableAction.tenant(
                tenant.getId(), "tenant.branding-changed", tenant.getSlug(), branding.describe()));
        return summary(tenant);
    }

    @PlatformAdminOnly
    @Transactional
    public TenantSummary replaceLogo(long tenantId, LogoUpload upload) {
        return storeLogo(tenants.findById(tenantId).orElseThrow(), upload, false);
    }

    @ManagerOnly
    @Transactional
    public TenantSummary replaceCurrentLogo(LogoUpload upload) {
        return storeLogo(tenants.findById(TenantContext.requireTenantId()).orElseThrow(), upload, true);
    }

    @PlatformAdminOnly
    @Transactional
    public TenantSummary suspend(long tenantId, String reason) {
        Checks.start().text(reason, "reason", 3, 500).throwIfAny();
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        tenant.suspend(reason.strip());
        events.publishEvent(AuditableAction.platform("tenant.suspended", tenant.getSlug(), reason.strip()));
        return summary(tenant);
    }

    @PlatformAdminOnly
    @Transactional
    public TenantSummary reactivate(long tenantId) {
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        tenant.reactivate();
        events.publishEvent(AuditableAction.platform("tenant.reactivated", tenant.getSlug(), ""));
        return summary(tenant);
    }

    /** Public: the logo of a tenant by slug, for the branding endpoint. */
    @Transactional(readOnly = true)
    public Optional<StoredLogo> logo(String slug) {
        return tenants.findBySlug(slug)
                .flatMap(t -> logos.findById(t.getId()))
                .map(l -> new StoredLogo(l.getContentType(), l.getContent(), l.getSha256()));
    }

    private TenantSummary storeLogo(Tenant tenant, LogoUpload upload, boolean byBrand) {
        String contentType = logoPolicy.check(upload, "logo");
        TenantLogo logo = logos.findById(tenant.getId()).orElseGet(() -> new TenantLogo(tenant.getId()));
        logo.replace(contentType, upload.content(), sha256(upload.content()), clock.instant());
        logos.save(logo);
        tenant.logoChanged();
        events.publishEvent(
                byBrand
                        ? AuditableAction.tenant(tenant.getId(), "tenant.logo-changed", tenant.getSlug(), contentType)
                        : AuditableAction.platform("tenant.logo-changed", tenant.getSlug(), contentType));
        return summary(tenant);
    }

    private void applyBranding(Tenant tenant, TenantBranding branding) {
        Checks checks = Checks.start();
        checkBranding(checks, branding);
        checks.throwIfAny();
        tenant.rebrand(
                branding.name().strip(),
                branding.defaultLocale().getLanguage(),
                branding.brandColor().toLowerCase(Locale.ROOT));
    }

    private static void checkBranding(Checks checks, TenantBranding branding) {
        checks.text(branding.name(), "name", 2, 120)
                .require(branding.defaultLocale() != null, "defaultLocale", "validation.required")
                .require(
                        branding.brandColor() != null
                                && COLOR.matcher(branding.brandColor()).matches(),
                        "brandColor",
                        "validation.color-format");
    }

    static TenantSummary summary(Tenant t) {
        return new TenantSummary(
                t.getId(),
                t.getSlug(),
                t.getName(),
                Locale.of(t.getDefaultLocale()),
                t.getBrandColor(),
                t.getStatus(),
                t.getSuspensionReason(),
                t.getLogoVersion() > 0,
                t.getLogoVersion(),
                t.getCreatedAt());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
