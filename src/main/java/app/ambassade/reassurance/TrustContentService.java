package app.ambassade.reassurance;

import app.ambassade.reassurance.internal.FaqEntry;
import app.ambassade.reassurance.internal.FaqEntryRepository;
import app.ambassade.reassurance.internal.TransparencyFact;
import app.ambassade.reassurance.internal.TransparencyFactRepository;
import app.ambassade.reassurance.internal.TrustLabel;
import app.ambassade.reassurance.internal.TrustLabelRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.LogoPolicy;
import app.ambassade.tenancy.LogoUpload;
import app.ambassade.tenancy.TenantContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand's trust labels, transparency facts and FAQ, edited by its managers. The tenant always
 * comes from the signed-in manager; ids of another tenant's rows are simply not found.
 */
@Service
@ManagerOnly
public class TrustContentService {

    public static final int MAX_ORDER = 9999;

    private final TrustLabelRepository labels;
    private final TransparencyFactRepository facts;
    private final FaqEntryRepository faq;
    private final LogoPolicy imagePolicy;
    private final ApplicationEventPublisher events;

    public TrustContentService(
            TrustLabelRepository labels,
            TransparencyFactRepository facts,
            FaqEntryRepository faq,
            LogoPolicy imagePolicy,
            ApplicationEventPublisher events) {
        this.labels = labels;
        this.imagePolicy = imagePolicy;
        this.facts = facts;
        this.faq = faq;
        this.events = events;
    }

    // --- trust labels ------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<TrustLabelRow> labels(Pageable pageable) {
        return labels.findAllBy(pageable).map(TrustContentService::row);
    }

    @Transactional
    public TrustLabelRow saveLabel(Long id, TrustLabelForm form) {
        String link = checkLabel(form);
        TrustLabel label = id == null
                ? new TrustLabel(form.name().strip(), form.kind(), link, clean(form.description()), form.displayOrder())
                : labels.findById(id).orElseThrow(() -> InvalidInputException.of("name", "trust.error.not-found"));
        if (id != null) {
            label.update(form.name().strip(), form.kind(), link, clean(form.description()), form.displayOrder());
        }
        TrustLabel saved = labels.save(label);
        events.publishEvent(AuditableAction.tenant(
                TenantContext.requireTenantId(), "trust.label-saved", saved.getName(), link == null ? "" : link));
        return row(saved);
    }

    @Transactional
    public TrustLabelRow replaceLabelImage(long id, LogoUpload upload) {
        String type = imagePolicy.check(upload, "image");
        TrustLabel label =
                labels.findById(id).orElseThrow(() -> InvalidInputException.of("image", "trust.error.not-found"));
        label.replaceImage(type, upload.content(), sha256(upload.content()));
        return row(labels.save(label));
    }

    @Transactional
    public void deleteLabel(long id) {
        labels.findById(id).ifPresent(label -> {
            labels.delete(label);
            events.publishEvent(AuditableAction.tenant(
                    TenantContext.requireTenantId(), "trust.label-deleted", label.getName(), ""));
        });
    }

    // --- transparency facts ------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<TransparencyFactRow> facts(Pageable pageable) {
        return facts.findAllBy(pageable).map(TrustContentService::row);
    }

    @Transactional
    public TransparencyFactRow saveFact(Long id, TransparencyFactForm form) {
        Checks.start()
                .require(form.kind() != null, "kind", "validation.required")
                .require(
                        form.icon() != null && TransparencyIcons.NAMES.contains(form.icon()),
                        "icon",
                        "trust.error.icon")
                .text(form.text(), "text", 3, 300)
                .require(validOrder(form.displayOrder()), "displayOrder", "trust.error.order")
                .throwIfAny();
        TransparencyFact fact = id == null
                ? new TransparencyFact(form.kind(), form.icon(), form.text().strip(), form.displayOrder())
                : facts.findById(id).orElseThrow(() -> InvalidInputException.of("text", "trust.error.not-found"));
        fact.update(form.kind(), form.icon(), form.text().strip(), form.displayOrder());
        return row(facts.save(fact));
    }

    @Transactional
    public void deleteFact(long id) {
        facts.findById(id).ifPresent(facts::delete);
    }

    // --- FAQ ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<FaqRow> faq(Pageable pageable) {
        return faq.findAllBy(pageable).map(TrustContentService::row);
    }

    @Transactional
    public FaqRow saveFaq(Long id, FaqForm form) {
        Checks.start()
                .text(form.category(), "category", 2, 80)
                .text(form.question(), "question", 5, 300)
                .text(form.answer(), "answer", 2, 10000)
                .require(validOrder(form.displayOrder()), "displayOrder", "trust.error.order")
                .throwIfAny();
        FaqEntry entry = id == null
                ? new FaqEntry(
                        form.category().strip(),
                        form.question().strip(),
                        form.answer().strip(),
                        form.displayOrder())
                : faq.findById(id).orElseThrow(() -> InvalidInputException.of("question", "trust.error.not-found"));
        entry.update(
                form.category().strip(), form.question().strip(), form.answer().strip(), form.displayOrder());
        return row(faq.save(entry));
    }

    @Transactional
    public void deleteFaq(long id) {
        faq.findById(id).ifPresent(faq::delete);
    }

    // --- rules --------------------------------------------------------------------------

    /** Checks a label's fields and returns its normalized link (null when none). */
    static String checkLabel(TrustLabelForm form) {
        String link = clean(form.link());
        Checks.start()
                .text(form.name(), "name", 2, 120)
                .require(form.kind() != null, "kind", "validation.required")
                .require(link == null || safeLink(link), "link", "trust.error.link")
                .require(
                        form.description() == null || form.description().strip().length() <= 500,
                        "description",
                        "validation.too-long")
                .require(validOrder(form.displayOrder()), "displayOrder", "trust.error.order")
                .throwIfAny();
        return link;
    }

    /** Only absolute http and https addresses with a host: no javascript:, data:, relative or other schemes. */
    public static boolean safeLink(String link) {
        if (link.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean validOrder(Integer order) {
        return order != null && order >= 0 && order <= MAX_ORDER;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static TrustLabelRow row(TrustLabel l) {
        String sha = l.getImageSha256();
        return new TrustLabelRow(
                l.getId(),
                l.getName(),
                l.getKind(),
                l.getLink(),
                l.getDescription(),
                l.getDisplayOrder(),
                sha == null ? null : sha.substring(0, 12));
    }

    static TransparencyFactRow row(TransparencyFact f) {
        return new TransparencyFactRow(f.getId(), f.getKind(), f.getIcon(), f.getText(), f.getDisplayOrder());
    }

    static FaqRow row(FaqEntry e) {
        return new FaqRow(e.getId(), e.getCategory(), e.getQuestion(), e.getAnswer(), e.getDisplayOrder());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
