package app.ambassade.perks.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Eligibility: a perk restricted to the members of some communities (any one of them). */
@Entity
@Table(name = "perk_community")
public class PerkCommunity extends TenantScopedEntity {

    @Column(name = "perk_id", nullable = false, updatable = false)
    private long perkId;

    @Column(name = "community_id", nullable = false, updatable = false)
    private long communityId;

    protected PerkCommunity() {}

    public PerkCommunity(long perkId, long communityId) {
        this.perkId = perkId;
        this.communityId = communityId;
    }

    public long getPerkId() {
        return perkId;
    }

    public long getCommunityId() {
        return communityId;
    }
}
