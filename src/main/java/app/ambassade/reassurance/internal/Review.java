package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.ReviewRefusalCriterion;
import app.ambassade.reassurance.ReviewSource;
import app.ambassade.reassurance.ReviewStatus;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer review. The author's public name (first name and initial) is kept at submission so
 * that the public trust page shows it without reading people's accounts; the author's address and
 * language are kept to tell them the moderation outcome.
 */
@Entity
@Table(name = "review")
public class Review extends TenantScopedEntity {

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_public_name", nullable = false, length = 120)
    private String authorPublicName;

    @Column(name = "author_email", length = 254)
    private String authorEmail;

    @Column(name = "author_locale", nullable = false, length = 8)
    private String authorLocale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewSource source;

    @Column(nullable = false)
    private int rating;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "experience_date", nullable = false)
    private LocalDate experienceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_criterion", length = 40)
    private ReviewRefusalCriterion refusalCriterion;

    @Column(name = "refusal_reason", length = 500)
    private String refusalReason;

    @Column(name = "reply_text", length = 2000)
    private String replyText;

    @Column(name = "reply_at")
    private Instant replyAt;

    @Column(name = "reply_by")
    private Long replyBy;

    protected Review() {}

    public Review(
            Long authorId,
            String authorPublicName,
            String authorEmail,
            String authorLocale,
            ReviewSource source,
            int rating,
            String title,
            String body,
            LocalDate experienceDate,
            Instant submittedAt) {
        this.authorId = authorId;
        this.authorPublicName = authorPublicName;
        this.authorEmail = authorEmail;
        this.authorLocale = authorLocale;
        this.source = source;
        this.rating = rating;
        this.title = title;
        this.body = body;
        this.experienceDate = experienceDate;
        this.status = ReviewStatus.PENDING;
        this.submittedAt = submittedAt;
    }

    public void approve(long managerId, Instant now) {
        this.status = ReviewStatus.APPROVED;
        this.moderatedAt = now;
        this.moderatedBy = managerId;
    }

    public void refuse(long managerId, ReviewRefusalCriterion criterion, String reason, Instant now) {
        this.status = ReviewStatus.REFUSED;
        this.refusalCriterion = criterion;
        this.refusalReason = reason;
        this.moderatedAt = now;
        this.moderatedBy = managerId;
    }

    /** The brand's one reply: written the first time, edited afterwards, never a second one. */
    public void reply(long managerId, String text, Instant now) {
        this.replyText = text;
        this.replyAt = now;
        this.replyBy = managerId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorPublicName() {
        return authorPublicName;
    }

    public String getAuthorEmail() {
        return authorEmail;
    }

    public String getAuthorLocale() {
        return authorLocale;
    }

    public ReviewSource getSource() {
        return source;
    }

    public int getRating() {
        return rating;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getExperienceDate() {
        return experienceDate;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public ReviewRefusalCriterion getRefusalCriterion() {
        return refusalCriterion;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public String getReplyText() {
        return replyText;
    }

    public Instant getReplyAt() {
        return replyAt;
    }
}
