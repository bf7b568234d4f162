package app.ambassade.perks.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Early booking: people of this tier rank or above may claim {@code hoursBefore} hours before the opening. */
@Entity
@Table(name = "perk_early_window")
public class PerkEarlyWindow extends TenantScopedEntity {

    @Column(name = "perk_id", nullable = false, updatable = false)
    private long perkId;

    @Column(name = "tier_rank", nullable = false, updatable = false)
    private int tierRank;

    @Column(name = "hours_before", nullable = false)
    private int hoursBefore;

    protected PerkEarlyWindow() {}

    public PerkEarlyWindow(long perkId, int tierRank, int hoursBefore) {
        this.perkId = perkId;
        this.tierRank = tierRank;
        this.hoursBefore = hoursBefore;
    }

    public long getPerkId() {
        return perkId;
    }

    public int getTierRank() {
        return tierRank;
    }

    public int getHoursBefore() {
        return hoursBefore;
    }
}
