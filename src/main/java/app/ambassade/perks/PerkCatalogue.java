package app.ambassade.perks;

import app.ambassade.community.CommunityService;
import app.ambassade.community.CommunitySummary;
import app.ambassade.engagement.EngagementService;
import app.ambassade.engagement.Tier;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.perks.internal.Perk;
import app.ambassade.perks.internal.PerkArticle;
import app.ambassade.perks.internal.PerkArticleRepository;
import app.ambassade.perks.internal.PerkCode;
import app.ambassade.perks.internal.PerkCodeRepository;
import app.ambassade.perks.internal.PerkCommunity;
import app.ambassade.perks.internal.PerkCommunityRepository;
import app.ambassade.perks.internal.PerkEarlyWindow;
import app.ambassade.perks.internal.PerkEarlyWindowRepository;
import app.ambassade.perks.internal.PerkFile;
import app.ambassade.perks.internal.PerkFileRepository;
import app.ambassade.perks.internal.PerkRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.ImageLimits;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand's catalogue of perks: create, edit, duplicate, publish and archive, with their pictures, files
 * and eligibility rules. Input is checked as a whole ({@link PerkFormRules}) and nothing is saved when any
 * field is wrong.
 */
@Service
public class PerkCatalogue {

    private final PerkLimits limits;
    private final int imageMaxBytes;
    private final PerkRepository perks;
    private final PerkArticleRepository articles;
    private final PerkFileRepository files;
    private final PerkCommunityRepository perkCommunities;
    private final PerkEarlyWindowRepository windows;
    private final PerkViews views;
    private final PerkCodeRepository codes;
    private final WaitlistPromoter promoter;
    private final EngagementService engagement;
    private final CommunityService communities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PerkCatalogue(
            PerkRepository perks,
            PerkArticleRepository articles,
            PerkFileRepository files,
            PerkCommunityRepository perkCommunities,
            PerkEarlyWindowRepository windows,
            PerkViews views,
            PerkCodeRepository codes,
            WaitlistPromoter promoter,
            EngagementService engagement,
            CommunityService communities,
            PerkLimits limits,
            ImageLimits imageLimits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.limits = limits;
        this.imageMaxBytes = imageLimits.maxBytes();
        this.perks = perks;
        this.articles = articles;
        this.files = files;
        this.perkCommunities = perkCommunities;
        this.windows = windows;
        this.views = views;
        this.codes = codes;
        this.promoter = promoter;
        this.engagement = engagement;
        this.communities = communities;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft perk from the form; returns its id. */
    @ManagerOnly
    @Transactional
    public long create(PerkForm form) {
        check(form, null);
        Perk perk = perks.save(new Perk(
                form.kind(),
                form.title().strip(),
                form.capacity(),
                AuthenticatedUser.require().accountId(),
                clock.instant()));
        apply(perk, form);
        events.publishEvent(
                AuditableAction.tenant(perk.getTenantId(), "perk.created", "perk:" + perk.getId(), perk.getTitle()));
        return perk.getId();
    }

    /**
     * Saves the form over an existing perk (its kind never changes); a capacity below the confirmed places is
     * refused. Capacity and waitlist decide places: the perk's row is locked first (docs/decisions/0007).
     */
    @ManagerOnly
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void update(long id, PerkForm form) {
        Perk perk = perks.lock(id).orElseThrow(PerkNotFoundException::new);
        check(form, perk);
        boolean capacityChanged = !java.util.Objects.equals(perk.getCapacity(), form.capacity());
        if (capacityChanged && perks.changeCapacity(id, form.capacity()) == 0) {
            throw InvalidInputException.of("capacity", "perks.error.capacity-below-taken");
        }
        perk = perks.findById(id).orElseThrow(PerkNotFoundException::new);
        apply(perk, form);
        if (capacityChanged) {
            promoter.promote(id); // places freed by a larger capacity go to the waitlist, in order
        }
    }

    /** The perk as its form, to edit it. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public PerkForm form(long id) {
        Perk p = perks.findById(id).orElseThrow(PerkNotFoundException::new);
        Set<Long> communityIds = perkCommunities.findByPerkId(id).stream()
                .map(PerkCommunity::getCommunityId)
                .collect(Collectors.toSet());
        Map<Integer, Integer> early = windows.findByPerkId(id).stream()
                .collect(Collectors.toMap(PerkEarlyWindow::getTierRank, PerkEarlyWindow::getHoursBefore));
        EventDetails event = p.getKind() != PerkKind.EVENT
                ? null
                : new EventDetails(
                        p.getStartsAt() == null
                                ? null
                                : p.getStartsAt()
                                        .atZone(ZoneId.of(p.getZoneId()))
                                        .toLocalDateTime(),
                        p.getEndsAt() == null
                                ? null
                                : p.getEndsAt().atZone(ZoneId.of(p.getZoneId())).toLocalDateTime(),
                        p.getZoneId(),
                        p.getPlace(),
                        p.getOnlineLink(),
                        p.getCancelCutoffHours(),
                        p.getThankYouMessage(),
                        p.isPulseEnabled());
        String article = articles.findByPerkId(id).map(PerkArticle::getBody).orElse("");
        return new PerkForm(
                p.getKind(),
                p.getTitle(),
                p.getDescription(),
                p.getAvailableFrom(),
                p.getAvailableUntil(),
                new PerkRules(p.getMinTierRank(), p.isAmbassadorsOnly(), communityIds, early),
                p.getCapacity(),
                p.isWaitlistEnabled(),
                new EarlyAccessDetails(p.getAccessLink(), p.getSharedCode(), p.isSingleUseCodes()),
                event,
                new ContentDetails(article, p.getVideoLink()));
    }

    /** The perk as members would see it (for the editor's preview and the brand's lists). */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Optional<PerkView> view(long id) {
        return perks.findById(id).map(views::view);
    }

    /** The catalogue, filtered by status (empty: all) and kind (null: all), paged and sorted in the database. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Page<PerkRow> page(Set<PerkStatus> statuses, PerkKind kind, Pageable pageable) {
        return perks.page(statuses(statuses), kind, pageable).map(PerkCatalogue::row);
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long count(Set<PerkStatus> statuses, PerkKind kind) {
        return perks.count(statuses(statuses), kind);
    }

    /**
     * Publishes, unpublishes (back to draft) or archives. Publishing checks that the perk can be
     * claimed: dedicated content has something to show, single-use codes exist.
     */
    @ManagerOnly
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void setStatus(long id, PerkStatus status) {
        Perk perk = perks.lock(id).orElseThrow(PerkNotFoundException::new); // claims judge the status: wait for them
        if (status == PerkStatus.PUBLISHED) {
            PerkFormRules.checkPublishable(
                    perk,
                    articles.findByPerkId(id).map(PerkArticle::getBody).orElse(""),
                    files.findByPerkIdAndPurpose(id, PerkFile.Purpose.DOWNLOAD).isPresent(),
                    codeCount(id));
        }
        perk.setStatus(status, clock.instant());
        events.publishEvent(AuditableAction.tenant(
                perk.getTenantId(),
                "perk." + status.name().toLowerCase(java.util.Locale.ROOT),
                "perk:" + id,
                perk.getTitle()));
    }

    /** Copies a perk (rules, texts, pictures and files; not its claims nor codes) as a new draft with the given title. */
    @ManagerOnly
    @Transactional
    public long duplicate(long id, String title) {
        PerkForm original = form(id);
        String copyTitle = title == null || title.isBlank() ? original.title() : title.strip();
        PerkForm copy = new PerkForm(
                original.kind(),
                copyTitle.length() > PerkFormRules.TITLE_MAX
                        ? copyTitle.substring(0, PerkFormRules.TITLE_MAX)
                        : copyTitle,
                original.description(),
                original.availableFrom(),
                original.availableUntil(),
                original.rules(),
                original.capacity(),
                original.waitlistEnabled(),
                original.access(),
                original.event(),
                original.content());
        Perk perk = perks.save(new Perk(
                copy.kind(),
                copy.title(),
                copy.capacity(),
                AuthenticatedUser.require().accountId(),
                clock.instant()));
        apply(perk, copy);
        for (PerkFile.Purpose purpose : PerkFile.Purpose.values()) {
            files.findByPerkIdAndPurpose(id, purpose)
                    .ifPresent(f -> files.save(
                            new PerkFile(perk.getId(), purpose, f.getFileName(), f.getContentType(), f.getContent())));
        }
        return perk.getId();
    }

    /** Replaces the perk's picture (PNG, JPEG, GIF or WebP by content, up to {@code ambassade.images.max-size}). */
    @ManagerOnly
    @Transactional
    public void setImage(long id, FileUpload upload) {
        perks.findById(id).orElseThrow(PerkNotFoundException::new);
        String type = PerkFiles.checkImage(upload, "image", imageMaxBytes);
        store(id, PerkFile.Purpose.IMAGE, upload, type);
    }

    /**
     * Replaces the downloadable file of a dedicated-content perk (PDF, image or ZIP by content), up to
     * {@link PerkLimits#downloadMaxSize()}.
     */
    @ManagerOnly
    @Transactional
    public void setFile(long id, FileUpload upload) {
        Perk perk = perks.findById(id).orElseThrow(PerkNotFoundException::new);
        if (perk.getKind() != PerkKind.CONTENT) {
            throw InvalidInputException.of("file", "perks.error.file-content-only");
        }
        String type = PerkFiles.checkDownload(upload, "file", limits.downloadMaxBytes());
        store(id, PerkFile.Purpose.DOWNLOAD, upload, type);
    }

    @ManagerOnly
    @Transactional
    public void removeFile(long id, boolean picture) {
        perks.findById(id).orElseThrow(PerkNotFoundException::new);
        files.findByPerkIdAndPurpose(id, picture ? PerkFile.Purpose.IMAGE : PerkFile.Purpose.DOWNLOAD)
                .ifPresent(files::delete);
    }

    /**
     * Adds single-use codes to an early-access perk from a CSV file (one per line). The whole file is
     * refused when any line is wrong or a code is already there ({@link CodeImportRefused}).
     */
    @ManagerOnly
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CodeStock importCodes(long id, byte[] csv) {
        Perk perk = perks.lock(id).orElseThrow(PerkNotFoundException::new); // claims hand out codes: wait for them
        if (perk.getKind() != PerkKind.EARLY_ACCESS || !perk.isSingleUseCodes()) {
            throw InvalidInputException.of("codes", "perks.codes.error.not-single-use");
        }
        List<String> imported = CodeImport.parse(csv, limits);
        List<String> existing = new java.util.ArrayList<>();
        for (int from = 0; from < imported.size(); from += 500) {
            existing.addAll(codes.existing(id, imported.subList(from, Math.min(imported.size(), from + 500))));
        }
        CodeImport.refuseExisting(imported, existing);
        codes.saveAll(imported.stream().map(code -> new PerkCode(id, code)).toList());
        events.publishEvent(AuditableAction.tenant(
                perk.getTenantId(), "perk.codes-imported", "perk:" + id, Integer.toString(imported.size())));
        return new CodeStock(imported.size(), codes.countByPerkId(id), codes.countByPerkIdAndClaimIdIsNull(id));
    }

    /** How many single-use codes the perk has and how many are still free. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public CodeStock codeStock(long id) {
        perks.findById(id).orElseThrow(PerkNotFoundException::new);
        return new CodeStock(0, codes.countByPerkId(id), codes.countByPerkIdAndClaimIdIsNull(id));
    }

    /** The perk's picture, for the brand's views. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Optional<StoredFile> image(long id) {
        return perks.findById(id)
                .flatMap(p -> files.findByPerkIdAndPurpose(id, PerkFile.Purpose.IMAGE))
                .map(f -> new StoredFile(f.getFileName(), f.getContentType(), f.getContent()));
    }

    /** The next published event that has not started, for the brand's home page. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public Optional<PerkRow> nextEvent() {
        return perks.upcomingEvents(clock.instant(), org.springframework.data.domain.PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(PerkCatalogue::row);
    }

    /** The brand's tiers and communities, for the eligibility part of the editor. */
    @ManagerOnly
    public List<Tier> tiers() {
        return engagement.tiers();
    }

    @ManagerOnly
    public List<CommunitySummary> communities() {
        return communities.browse().stream().filter(c -> !c.archived()).toList();
    }

    private long codeCount(long perkId) {
        return codes.countByPerkId(perkId);
    }

    private void check(PerkForm form, Perk existing) {
        Set<Integer> tierRanks = engagement.tiers().stream().map(Tier::rank).collect(Collectors.toSet());
        Set<Long> communityIds =
                communities.browse().stream().map(CommunitySummary::id).collect(Collectors.toSet());
        PerkFormRules.check(form, existing == null ? null : existing.getKind(), tierRanks, communityIds);
    }

    private void apply(Perk perk, PerkForm form) {
        PerkFormRules.Clean clean = PerkFormRules.clean(form);
        perk.describe(clean.title(), clean.description(), form.availableFrom(), form.availableUntil(), clock.instant());
        perk.restrict(form.rules().minTierRank(), form.rules().ambassadorsOnly());
        perk.setWaitlistEnabled(form.capacity() != null
                && form.waitlistEnabled()
                && perk.getKind() != PerkKind.CO_CREATION
                && !(perk.getKind() == PerkKind.EARLY_ACCESS));
        switch (perk.getKind()) {
            case EARLY_ACCESS ->
                perk.earlyAccess(
                        clean.accessLink(), clean.sharedCode(), form.access().singleUseCodes());
            case EVENT ->
                perk.event(
                        clean.startsAt(),
                        clean.endsAt(),
                        form.event().zoneId(),
                        clean.place(),
                        clean.onlineLink(),
                        form.event().cancelCutoffHours() == null
                                ? 0
                                : form.event().cancelCutoffHours(),
                        clean.thankYou(),
                        form.event().pulseEnabled());
            case CONTENT -> {
                perk.setVideoLink(clean.videoLink());
                articles.findByPerkId(perk.getId())
                        .ifPresentOrElse(
                                a -> a.setBody(clean.article()),
                                () -> articles.save(new PerkArticle(perk.getId(), clean.article())));
            }
            case CO_CREATION -> {}
        }
        replaceRules(perk.getId(), form.rules());
    }

    private void replaceRules(long perkId, PerkRules rules) {
        perkCommunities.deleteAll(perkCommunities.findByPerkId(perkId));
        windows.deleteAll(windows.findByPerkId(perkId));
        perkCommunities.flush();
        windows.flush();
        new LinkedHashSet<>(rules.communityIds()).forEach(c -> perkCommunities.save(new PerkCommunity(perkId, c)));
        new HashMap<>(rules.earlyHoursByTierRank()).forEach((rank, hours) -> {
            if (hours != null && hours > 0) {
                windows.save(new PerkEarlyWindow(perkId, rank, hours));
            }
        });
    }

    private void store(long perkId, PerkFile.Purpose purpose, FileUpload upload, String type) {
        String name = PerkFiles.safeName(upload.fileName());
        files.findByPerkIdAndPurpose(perkId, purpose)
                .ifPresentOrElse(
                        f -> f.replace(name, type, upload.content()),
                        () -> files.save(new PerkFile(perkId, purpose, name, type, upload.content())));
    }

    private static Collection<PerkStatus> statuses(Set<PerkStatus> statuses) {
        return statuses == null || statuses.isEmpty() ? Set.of(PerkStatus.values()) : statuses;
    }

    private static PerkRow row(Perk p) {
        return new PerkRow(
                p.getId(),
                p.getKind(),
                p.getStatus(),
                p.getTitle(),
                p.getStartsAt(),
                p.getCapacity(),
                p.getTaken(),
                p.getUpdatedAt());
    }
}
