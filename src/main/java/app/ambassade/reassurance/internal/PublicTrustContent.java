package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.FaqRow;
import app.ambassade.reassurance.PolicyType;
import app.ambassade.reassurance.PolicyVersionRow;
import app.ambassade.reassurance.PublicReviewSummary;
import app.ambassade.reassurance.PublicReviews;
import app.ambassade.reassurance.PublicTrust;
import app.ambassade.reassurance.TransparencyFactRow;
import app.ambassade.reassurance.TrustLabelRow;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantSummary;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the published reassurance content of the tenant named by a public URL (host or widget
 * key), inside that tenant's scope only: drafts and other tenants' rows are never read. Used only by
 * this module's public controllers; suspended or unknown tenants have no public content.
 */
@Component
class PublicTrustContent {

    static final int LATEST_REVIEWS = 5;

    private final TrustLabelRepository labels;
    private final TransparencyFactRepository facts;
    private final FaqEntryRepository faq;
    private final PolicyVersionRepository policies;
    private final TrustWidgetSettingsRepository widgets;
    private final ObjectProvider<PublicReviews> reviews;
    private final TransactionTemplate readOnly;
    private final Cache<Long, PublicTrust> published;

    PublicTrustContent(
            TrustLabelRepository labels,
            TransparencyFactRepository facts,
            FaqEntryRepository faq,
            PolicyVersionRepository policies,
            TrustWidgetSettingsRepository widgets,
            ObjectProvider<PublicReviews> reviews,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${ambassade.public.content-cache:PT10S}") Duration cacheFor) {
        this.labels = labels;
        this.facts = facts;
        this.faq = faq;
        this.policies = policies;
        this.widgets = widgets;
        this.reviews = reviews;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // Public answers already tell browsers and CDNs to keep them 5 minutes (Cache-Control), so a few
        // seconds here change nothing a visitor can see, and spare the database about ten queries a page.
        this.published = Caffeine.newBuilder()
                .expireAfterWrite(cacheFor)
                .maximumSize(10_000)
                .ticker(() -> {
                    Instant now = clock.instant();
                    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                })
                .build();
    }

    record LabelImage(String contentType, byte[] content, String sha256) {}

    record Widget(PublicTrust trust, List<String> allowedOrigins) {}

    /** The published content of an active brand (see {@code BrandHost}). */
    PublicTrust published(TenantSummary brand) {
        return read(brand);
    }

    Optional<PolicyVersionRow> publishedVersion(TenantSummary tenant, PolicyType type, int number) {
        return TenantContext.callAs(
                tenant.id(),
                () -> readOnly.execute(tx -> policies.findByTypeAndNumberAndPublishedTrue(type, number)
                        .map(PublicTrustContent::row)));
    }

    Optional<LabelImage> labelImage(TenantSummary brand, long labelId) {
        return TenantContext.callAs(
                brand.id(),
                () -> readOnly.execute(tx -> labels.findById(labelId)
                        .filter(l -> l.getImage() != null)
                        .map(l -> new LabelImage(l.getImageType(), l.getImage(), l.getImageSha256()))));
    }

    /** The widget key of a tenant, for its embed preview page (the key is public: it is in the brand's shop pages). */
    Optional<String> widgetKey(TenantSummary tenant) {
        return TenantContext.callAs(
                tenant.id(),
                () -> readOnly.execute(tx -> widgets.findFirstBy().map(TrustWidgetSettings::getWidgetKey)));
    }

    /**
     * The widget named by a key {@code <slug>-<random>}, looked up in the brand of the request's host only:
     * another brand's key, valid as it may be there, is unknown here.
     */
    Optional<Widget> widget(TenantSummary brand, String key) {
        if (key == null || key.length() > 120 || !key.startsWith(brand.slug() + "-")) {
            return Optional.empty();
        }
        Optional<List<String>> origins = TenantContext.callAs(
                brand.id(),
                () -> readOnly.execute(tx -> widgets.findFirstBy()
                        .filter(w -> sameKey(w.getWidgetKey(), key))
                        .map(TrustWidgetSettings::getAllowedOrigins)));
        return origins.map(o -> new Widget(read(brand), o));
    }

    /** The brand's published content, read at most once per {@code ambassade.public.content-cache}. */
    private PublicTrust read(TenantSummary tenant) {
        PublicTrust cached = published.getIfPresent(tenant.id());
        if (cached != null && cached.tenant().equals(tenant)) {
            return cached;
        }
        PublicTrust fresh = readNow(tenant);
        published.put(tenant.id(), fresh);
        return fresh;
    }

    private PublicTrust readNow(TenantSummary tenant) {
        PublicTrust content = TenantContext.callAs(
                tenant.id(),
                () -> readOnly.execute(tx -> {
                    List<TrustLabelRow> labelRows = labels.findTop100ByOrderByDisplayOrderAscIdAsc().stream()
                            .map(l -> new TrustLabelRow(
                                    l.getId(),
                                    l.getName(),
                                    l.getKind(),
                                    l.getLink(),
                                    l.getDescription(),
                                    l.getDisplayOrder(),
                                    l.getImageSha256() == null
                                            ? null
                                            : l.getImageSha256().substring(0, 12)))
                            .toList();
                    List<TransparencyFactRow> factRows = facts.findTop100ByOrderByDisplayOrderAscIdAsc().stream()
                            .map(f -> new TransparencyFactRow(
                                    f.getId(), f.getKind(), f.getIcon(), f.getText(), f.getDisplayOrder()))
                            .toList();
                    Map<PolicyType, PolicyVersionRow> current = new EnumMap<>(PolicyType.class);
                    Map<PolicyType, List<Integer>> earlier = new EnumMap<>(PolicyType.class);
                    for (PolicyType type : PolicyType.values()) {
                        List<PolicyVersion> published = policies.findByTypeAndPublishedTrueOrderByNumberDesc(type);
                        if (!published.isEmpty()) {
                            current.put(type, row(published.getFirst()));
                            List<Integer> numbers = new ArrayList<>();
                            published.stream().skip(1).forEach(v -> numbers.add(v.getNumber()));
                            earlier.put(type, List.copyOf(numbers));
                        }
                    }
                    List<FaqRow> faqRows = faq.findTop200ByOrderByCategoryAscDisplayOrderAscIdAsc().stream()
                            .map(e -> new FaqRow(
                                    e.getId(), e.getCategory(), e.getQuestion(), e.getAnswer(), e.getDisplayOrder()))
                            .toList();
                    return new PublicTrust(tenant, labelRows, factRows, current, earlier, faqRows, Optional.empty());
                }));
        PublicReviews source = reviews.getIfAvailable();
        Optional<PublicReviewSummary> summary = source == null
                ? Optional.empty()
                : Optional.ofNullable(
                        TenantContext.callAs(tenant.id(), () -> source.summary(tenant.id(), LATEST_REVIEWS)));
        return new PublicTrust(
                content.tenant(),
                content.labels(),
                content.facts(),
                content.policies(),
                content.earlierVersions(),
                content.faq(),
                summary);
    }

    private static boolean sameKey(String stored, String given) {
        return MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static PolicyVersionRow row(PolicyVersion v) {
        return new PolicyVersionRow(
                v.getId(),
                v.getType(),
                v.getNumber(),
                v.getBody(),
                v.isPublished(),
                v.getUpdatedAt(),
                v.getPublishedAt(),
                v.getPublishedBy());
    }
}
