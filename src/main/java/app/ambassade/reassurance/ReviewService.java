package app.ambassade.reassurance;

import app.ambassade.identity.AccountService;
import app.ambassade.identity.AuthenticatedUser;
import app.ambassade.mail.MailService;
import app.ambassade.mail.OutgoingMail;
import app.ambassade.reassurance.internal.Review;
import app.ambassade.reassurance.internal.ReviewProcedurePage;
import app.ambassade.reassurance.internal.ReviewProcedureRepository;
import app.ambassade.reassurance.internal.ReviewRepository;
import app.ambassade.shared.audit.AuditableAction;
import app.ambassade.shared.i18n.TranslationProvider;
import app.ambassade.shared.security.ManagerOnly;
import app.ambassade.shared.security.MemberOnly;
import app.ambassade.shared.validation.Checks;
import app.ambassade.shared.validation.InvalidInputException;
import app.ambassade.tenancy.TenantContext;
import app.ambassade.tenancy.TenantHosts;
import app.ambassade.tenancy.TenantService;
import app.ambassade.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customer reviews: members and ambassadors write them, brand managers moderate them by the
 * published criteria ({@link ReviewRefusalCriterion}) and reply once in public; the author is told
 * the outcome by e-mail and in "My reviews". Also the public side ({@link PublicReviews}) and the
 * tenant's review procedure page.
 */
@Service
public class ReviewService implements PublicReviews {

    public static final int TITLE_MAX = 120;
    public static final int TEXT_MIN = 10;
    public static final int TEXT_MAX = 4000;
    public static final int REASON_MAX = 500;
    public static final int REPLY_MAX = 2000;
    public static final int PROCEDURE_MAX = 8000;
    /** How far back an experience may be. */
    public static final int MAX_YEARS_BACK = 5;
    /** At most this many latest reviews in a public summary. */
    public static final int PUBLIC_LATEST_MAX = 50;

    /** The zone where the calendar day begins first: an experience dated "today" anywhere is accepted. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final ReviewRepository reviews;
    private final ReviewProcedureRepository procedures;
    private final AccountService accounts;
    private final TenantService tenants;
    private final TenantHosts hosts;
    private final MailService mail;
    private final TranslationProvider i18n;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            ReviewRepository reviews,
            ReviewProcedureRepository procedures,
            AccountService accounts,
            TenantService tenants,
            TenantHosts hosts,
            MailService mail,
            TranslationProvider i18n,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.procedures = procedures;
        this.accounts = accounts;
        this.tenants = tenants;
        this.hosts = hosts;
        this.mail = mail;
        this.i18n = i18n;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    // --- writing ------------------------------------------------------------------------------

    /** A member or ambassador submits a review; it waits for moderation. */
    @MemberOnly
    @Transactional
    public ReviewRow submit(ReviewDraft draft) {
        check(draft);
        AuthenticatedUser me = AuthenticatedUser.require();
        var profile = accounts.profile();
        Review review = reviews.save(new Review(
                me.accountId(),
                publicName(profile.displayName(), profile.email()),
                profile.email(),
                TranslationProvider.supported(profile.locale()).getLanguage(),
                ReviewSource.MEMBER,
                draft.rating(),
                draft.title().strip(),
                draft.text().strip(),
                draft.experienceDate(),
                clock.instant()));
        return row(review);
    }

    /** The signed-in person's own reviews, newest first. */
    @MemberOnly
    @Transactional(readOnly = true)
    public Page<ReviewRow> mine(Pageable pageable) {
        long me = AuthenticatedUser.require().accountId();
        return reviews.findByAuthorId(me, withDefaultSort(pageable)).map(ReviewService::row);
    }

    @MemberOnly
    @Transactional(readOnly = true)
    public long countMine() {
        return reviews.countByAuthorId(AuthenticatedUser.require().accountId());
    }

    // --- moderation ---------------------------------------------------------------------------

    @ManagerOnly
    @Transactional(readOnly = true)
    public Page<ReviewRow> queue(ReviewFilter filter, Pageable pageable) {
        ReviewFilter f = filter == null ? ReviewFilter.any() : filter;
        return reviews.search(f.status(), f.rating(), withDefaultSort(pageable)).map(ReviewService::row);
    }

    @ManagerOnly
    @Transactional(readOnly = true)
    public long count(ReviewFilter filter) {
        ReviewFilter f = filter == null ? ReviewFilter.any() : filter;
        return reviews.countSearch(f.status(), f.rating());
    }

    /** A review of the manager's tenant; another tenant's id is not found. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public java.util.Optional<ReviewRow> find(long reviewId) {
        return reviews.findById(reviewId).map(ReviewService::row);
    }

    @ManagerOnly
    @Transactional
    public ReviewRow approve(long reviewId) {
        Review review = pending(reviewId);
        review.approve(AuthenticatedUser.require().accountId(), clock.instant());
        events.publishEvent(
                AuditableAction.tenant(TenantContext.requireTenantId(), "review.approved", "#" + review.getId(), ""));
        events.publishEvent(new ReviewApproved(TenantContext.requireTenantId(), review.getId(), review.getAuthorId()));
        events.publishEvent(new ReviewModerated(TenantContext.requireTenantId(), review.getId()));
        return row(review);
    }

    /** Refuses a review under one of the published criteria, with a short reason the author is told. */
    @ManagerOnly
    @Transactional
    public ReviewRow refuse(long reviewId, ReviewRefusalCriterion criterion, String reason) {
        Checks.start()
                .require(criterion != null, "criterion", "reviews.validation.criterion")
                .text(reason, "reason", 3, REASON_MAX)
                .throwIfAny();
        Review review = pending(reviewId);
        review.refuse(AuthenticatedUser.require().accountId(), criterion, reason.strip(), clock.instant());
        events.publishEvent(AuditableAction.tenant(
                TenantContext.requireTenantId(), "review.refused", "#" + review.getId(), criterion.name()));
        events.publishEvent(new ReviewModerated(TenantContext.requireTenantId(), review.getId()));
        return row(review);
    }

    /** The brand's public reply to a published review: one per review, whose text may be edited. */
    @ManagerOnly
    @Transactional
    public ReviewRow reply(long reviewId, String text) {
        Checks.start().text(text, "reply", 2, REPLY_MAX).throwIfAny();
        Review review = reviews.findById(reviewId)
                .orElseThrow(() -> InvalidInputException.of("review", "reviews.error.not-found"));
        if (review.getStatus() != ReviewStatus.APPROVED) {
            throw InvalidInputException.of("reply", "reviews.error.reply-not-approved");
        }
        boolean edit = review.getReplyText() != null;
        review.reply(AuthenticatedUser.require().accountId(), text.strip(), clock.instant());
        events.publishEvent(AuditableAction.tenant(
                TenantContext.requireTenantId(),
                edit ? "review.reply-edited" : "review.replied",
                "#" + review.getId(),
                ""));
        return row(review);
    }

    // --- statistics ---------------------------------------------------------------------------

    @ManagerOnly
    @Transactional(readOnly = true)
    public ReviewStatistics statistics() {
        Map<Integer, Long> distribution = distribution();
        long approved =
                distribution.values().stream().mapToLong(Long::longValue).sum();
        Map<ReviewStatus, Long> byStatus = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            byStatus.put(s, 0L);
        }
        for (Object[] row : reviews.countByStatus()) {
            byStatus.put((ReviewStatus) row[0], ((Number) row[1]).longValue());
        }
        Map<ReviewRefusalCriterion, Long> refused = new EnumMap<>(ReviewRefusalCriterion.class);
        refusedByCriterion().forEach((k, v) -> refused.put(ReviewRefusalCriterion.valueOf(k), v));

        YearMonth current = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        YearMonth first = current.minusMonths(11);
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            months.put(first.plusMonths(i), 0L);
        }
        Instant since = first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Object[] row : reviews.countPerMonthSince(since)) {
            YearMonth month = YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
            months.computeIfPresent(month, (m, n) -> n + ((Number) row[2]).longValue());
        }
        List<ReviewStatistics.MonthVolume> perMonth = new ArrayList<>();
        months.forEach((m, n) -> perMonth.add(new ReviewStatistics.MonthVolume(m, n)));
        return new ReviewStatistics(
                average(distribution, approved), approved, distribution, perMonth, byStatus, refused);
    }

    // --- procedure page -----------------------------------------------------------------------

    /** The signed-in manager's procedure page for the editor, the default text in {@code locale} if none. */
    @ManagerOnly
    @Transactional(readOnly = true)
    public ReviewProcedure currentProcedure(Locale locale) {
        return procedures
                .findFirstByOrderByIdDesc()
                .map(p -> new ReviewProcedure(p.getMarkdown(), true, p.getUpdatedAt()))
                .orElseGet(() -> new ReviewProcedure(defaultProcedure(locale), false, null));
    }

    @ManagerOnly
    @Transactional
    public ReviewProcedure saveProcedure(String markdown) {
        Checks.start().text(markdown, "markdown", 20, PROCEDURE_MAX).throwIfAny();
        long me = AuthenticatedUser.require().accountId();
        ReviewProcedurePage page = procedures.save(new ReviewProcedurePage(markdown.strip(), me, clock.instant()));
        events.publishEvent(AuditableAction.tenant(TenantContext.requireTenantId(), "review.procedure-edited", "", ""));
        return new ReviewProcedure(page.getMarkdown(), true, page.getUpdatedAt());
    }

    /**
     * Public: the review procedure page of the tenant resolved from the URL; when the brand has not
     * written one, the default text in the tenant's default language.
     */
    public ReviewProcedure procedure(long tenantId) {
        Locale locale =
                tenants.findById(tenantId).map(TenantSummary::defaultLocale).orElse(Locale.FRENCH);
        return procedure(tenantId, locale);
    }

    /** Public: as {@link #procedure(long)}, with the default text in the visitor's language. */
    public ReviewProcedure procedure(long tenantId, Locale locale) {
        return TenantContext.callAs(
                tenantId,
                () -> transactions.execute(status -> procedures
                        .findFirstByOrderByIdDesc()
                        .map(p -> new ReviewProcedure(p.getMarkdown(), true, p.getUpdatedAt()))
                        .orElseGet(() -> new ReviewProcedure(defaultProcedure(locale), false, null))));
    }

    // --- public -------------------------------------------------------------------------------

    /**
     * Public: approved reviews only (never pending or refused ones), with the public counts of
     * refusals by criterion, for the tenant resolved from the public URL.
     */
    @Override
    public PublicReviewSummary summary(long tenantId, int latestCount) {
        int count = Math.clamp(latestCount, 0, PUBLIC_LATEST_MAX);
        return TenantContext.callAs(
                tenantId,
                () -> transactions.execute(status -> {
                    Map<Integer, Long> distribution = distribution();
                    long approved = distribution.values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
                    List<PublicReviewSummary.PublicReview> latest = count == 0
                            ? List.of()
                            : reviews.findByStatus(
                                            ReviewStatus.APPROVED,
                                            PageRequest.of(
                                                    0,
                                                    count,
                                                    Sort.by(Sort.Order.desc("moderatedAt"), Sort.Order.desc("id"))))
                                    .map(r -> new PublicReviewSummary.PublicReview(
                                            r.getId(),
                                            r.getRating(),
                                            r.getTitle(),
                                            r.getBody(),
                                            r.getExperienceDate(),
                                            r.getSource().name(),
                                            r.getAuthorPublicName(),
                                            r.getModeratedAt(),
                                            r.getReplyText(),
                                            r.getReplyAt()))
                                    .getContent();
                    return new PublicReviewSummary(
                            average(distribution, approved),
                            approved,
                            distribution,
                            refusedByCriterion(),
                            latest,
                            procedure(tenantId).markdown());
                }));
    }

    // --- helpers ------------------------------------------------------------------------------

    private void check(ReviewDraft draft) {
        Checks checks = Checks.start();
        if (draft == null) {
            throw InvalidInputException.of("rating", "validation.required");
        }
        checks.require(draft.rating() != null, "rating", "validation.required");
        checks.require(
                draft.rating() == null || (draft.rating() >= 1 && draft.rating() <= 5),
                "rating",
                "reviews.validation.rating");
        checks.text(draft.title(), "title", 2, TITLE_MAX);
        checks.text(draft.text(), "text", TEXT_MIN, TEXT_MAX);
        LocalDate date = draft.experienceDate();
        LocalDate latest = LocalDate.ofInstant(clock.instant(), EARLIEST_ZONE);
        checks.require(date != null, "experienceDate", "validation.required");
        checks.require(date == null || !date.isAfter(latest), "experienceDate", "reviews.validation.date-future");
        checks.require(
                date == null || !date.isBefore(latest.minusYears(MAX_YEARS_BACK)),
                "experienceDate",
                "reviews.validation.date-too-old");
        checks.throwIfAny();
    }

    private Review pending(long reviewId) {
        Review review = reviews.findById(reviewId)
                .orElseThrow(() -> InvalidInputException.of("review", "reviews.error.not-found"));
        if (review.getStatus() != ReviewStatus.PENDING) {
            throw InvalidInputException.of("review", "reviews.error.already-moderated");
        }
        return review;
    }

    /**
     * E-mails the author of a moderated review the outcome, once (a retried event sends nothing more).
     * Called by {@link ReviewEffects} after the decision committed.
     */
    void tellAuthor(long tenantId, long reviewId) {
        TenantContext.runAs(
                tenantId,
                () -> reviews.findById(reviewId)
                        .filter(review -> review.getStatus() != ReviewStatus.PENDING)
                        .ifPresent(this::tellAuthor));
    }

    private void tellAuthor(Review review) {
        if (review.getAuthorEmail() == null) {
            return;
        }
        TenantSummary tenant = tenants.current().orElseThrow();
        Locale locale = Locale.of(review.getAuthorLocale());
        String link = hosts.tenantUrl(tenant.slug()) + "/reviews";
        String subject;
        String body;
        if (review.getStatus() == ReviewStatus.APPROVED) {
            subject = i18n.getTranslation("reviews.mail.approved.subject", locale, tenant.name());
            body = i18n.getTranslation("reviews.mail.approved.body", locale, tenant.name(), review.getTitle(), link);
        } else {
            String criterion = i18n.getTranslation(
                    "reviews.criterion." + review.getRefusalCriterion().name(), locale);
            subject = i18n.getTranslation("reviews.mail.refused.subject", locale, tenant.name());
            body = i18n.getTranslation(
                    "reviews.mail.refused.body",
                    locale,
                    tenant.name(),
                    review.getTitle(),
                    criterion,
                    review.getRefusalReason(),
                    link);
        }
        mail.sendOnce(
                "review-decision:" + review.getId(),
                new OutgoingMail(tenant.id(), review.getAuthorEmail(), subject, body));
    }

    private Map<Integer, Long> distribution() {
        Map<Integer, Long> distribution = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            distribution.put(i, 0L);
        }
        for (Object[] row : reviews.countByRating(ReviewStatus.APPROVED)) {
            distribution.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return distribution;
    }

    /** Every criterion, with 0 where none was refused, in the order of the published list. */
    private Map<String, Long> refusedByCriterion() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReviewRefusalCriterion c : ReviewRefusalCriterion.values()) {
            counts.put(c.name(), 0L);
        }
        for (Object[] row : reviews.countRefusedByCriterion()) {
            if (row[0] != null) {
                counts.put(((ReviewRefusalCriterion) row[0]).name(), ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    private static double average(Map<Integer, Long> distribution, long count) {
        if (count == 0) {
            return 0;
        }
        long sum = distribution.entrySet().stream()
                .mapToLong(e -> e.getKey() * e.getValue())
                .sum();
        return Math.round(sum * 100.0 / count) / 100.0;
    }

    private String defaultProcedure(Locale locale) {
        return i18n.getTranslation("reviews.procedure.default", locale);
    }

    private static Pageable withDefaultSort(Pageable pageable) {
        if (pageable.getSort().isSorted()) {
            return pageable;
        }
        return PageRequest.of(
                pageable.getPageNumber(),
                pageable.getPageSize(),
                Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id")));
    }

    /** "Claire Martin" becomes "Claire M."; one word stays as it is; no name gives the e-mail's initial. */
    static String publicName(String displayName, String email) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            return email == null || email.isBlank()
                    ? "?"
                    : email.substring(0, 1).toUpperCase(Locale.ROOT) + ".";
        }
        String[] parts = name.split("\\s+");
        if (parts.length == 1) {
            return cut(parts[0]);
        }
        return cut(parts[0] + " " + parts[parts.length - 1].substring(0, 1).toUpperCase(Locale.ROOT) + ".");
    }

    private static String cut(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120);
    }

    private static ReviewRow row(Review r) {
        return new ReviewRow(
                r.getId(),
                r.getRating(),
                r.getTitle(),
                r.getBody(),
                r.getExperienceDate(),
                r.getSource(),
                r.getAuthorPublicName(),
                r.getStatus(),
                r.getSubmittedAt(),
                r.getModeratedAt(),
                r.getRefusalCriterion(),
                r.getRefusalReason(),
                r.getReplyText(),
                r.getReplyAt());
    }
}
