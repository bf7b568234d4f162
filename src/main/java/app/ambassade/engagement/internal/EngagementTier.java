package app.ambassade.engagement.internal;

import app.ambassade.engagement.Tier;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tier of the brand's program. */
@Entity
@Table(name = "engagement_tier")
public class EngagementTier extends TenantScopedEntity {

    @Column(name = "tier_rank", nullable = false)
    private int rank;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false)
    private int threshold;

    @Column(nullable = false, length = 500)
    private String benefits;

    protected EngagementTier() {}

    public EngagementTier(int rank, String name, int threshold, String benefits) {
        this.rank = rank;
        this.name = name;
        this.threshold = threshold;
        this.benefits = benefits;
    }

    public Tier toTier() {
        return new Tier(rank, name, threshold, benefits);
    }
}
