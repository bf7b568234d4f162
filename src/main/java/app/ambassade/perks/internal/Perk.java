package app.ambassade.perks.internal;

import app.ambassade.perks.PerkKind;
import app.ambassade.perks.PerkStatus;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A perk of the catalogue. Columns decided by the database under concurrency ({@code capacity},
 * {@code taken}, {@code last_turn}, {@code reminder_sent_at}, {@code closed_at}) are never written by an
 * entity update: they only move through the conditional updates of {@link PerkRepository}, so an edit can
 * never overwrite them.
 */
@Entity
@Table(name = "perk")
public class Perk extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PerkKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PerkStatus status;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "available_from")
    private Instant availableFrom;

    @Column(name = "available_until")
    private Instant availableUntil;

    @Column(name = "min_tier_rank")
    private Integer minTierRank;

    @Column(name = "ambassadors_only", nullable = false)
    private boolean ambassadorsOnly;

    @Column(updatable = false)
    private Integer capacity;

    @Column(nullable = false, insertable = false, updatable = false)
    private int taken;

    /** The last turn given to a claim of this perk (see {@link PerkClaim#getTurn()}). */
    @Column(name = "last_turn", nullable = false, insertable = false, updatable = false)
    private long lastTurn;

    @Column(name = "waitlist_enabled", nullable = false)
    private boolean waitlistEnabled;

    @Column(name = "access_link", length = 500)
    private String accessLink;

    @Column(name = "shared_code", length = 100)
    private String sharedCode;

    @Column(name = "single_use_codes", nullable = false)
    private boolean singleUseCodes;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "zone_id", length = 60)
    private String zoneId;

    @Column(length = 255)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(name = "cancel_cutoff_hours", nullable = false)
    private int cancelCutoffHours;

    @Column(name = "thank_you_message", length = 2000)
    private String thankYouMessage;

    @Column(name = "pulse_enabled", nullable = false)
    private boolean pulseEnabled;

    @Column(name = "reminder_sent_at", insertable = false, updatable = false)
    private Instant reminderSentAt;

    @Column(name = "closed_at", insertable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "video_link", length = 500)
    private String videoLink;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Perk() {}

    public Perk(PerkKind kind, String title, Integer capacity, long createdBy, Instant now) {
        this.kind = kind;
        this.status = PerkStatus.DRAFT;
        this.title = title;
        this.description = "";
        this.capacity = capacity;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void describe(String title, String description, Instant availableFrom, Instant availableUntil, Instant now) {
        this.title = title;
        this.description = description;
        this.availableFrom = availableFrom;
        this.availableUntil = availableUntil;
        this.updatedAt = now;
    }

    public void restrict(Integer minTierRank, boolean ambassadorsOnly) {
        this.minTierRank = minTierRank;
        this.ambassadorsOnly = ambassadorsOnly;
    }

    public void setWaitlistEnabled(boolean waitlistEnabled) {
        this.waitlistEnabled = waitlistEnabled;
    }

    public void earlyAccess(String accessLink, String sharedCode, boolean singleUseCodes) {
        this.accessLink = accessLink;
        this.sharedCode = sharedCode;
        this.singleUseCodes = singleUseCodes;
    }

    public void event(
            Instant startsAt,
            Instant endsAt,
            String zoneId,
            String place,
            String onlineLink,
            int cancelCutoffHours,
            String thankYouMessage,
            boolean pulseEnabled) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.zoneId = zoneId;
        this.place = place;
        this.onlineLink = onlineLink;
        this.cancelCutoffHours = cancelCutoffHours;
        this.thankYouMessage = thankYouMessage;
        this.pulseEnabled = pulseEnabled;
    }

    public void setVideoLink(String videoLink) {
        this.videoLink = videoLink;
    }

    public void setStatus(PerkStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public PerkKind getKind() {
        return kind;
    }

    public PerkStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getAvailableFrom() {
        return availableFrom;
    }

    public Instant getAvailableUntil() {
        return availableUntil;
    }

    public Integer getMinTierRank() {
        return minTierRank;
    }

    public boolean isAmbassadorsOnly() {
        return ambassadorsOnly;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public int getTaken() {
        return taken;
    }

    public long getLastTurn() {
        return lastTurn;
    }

    public boolean isWaitlistEnabled() {
        return waitlistEnabled;
    }

    public String getAccessLink() {
        return accessLink;
    }

    public String getSharedCode() {
        return sharedCode;
    }

    public boolean isSingleUseCodes() {
        return singleUseCodes;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCancelCutoffHours() {
        return cancelCutoffHours;
    }

    public String getThankYouMessage() {
        return thankYouMessage;
    }

    public boolean isPulseEnabled() {
        return pulseEnabled;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
