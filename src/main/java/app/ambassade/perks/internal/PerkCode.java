package app.ambassade.perks.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use code of an early-access perk. It is handed out only by a conditional update
 * ({@code claim_id IS NULL}), and unique keys forbid a code twice in a perk or two codes for one claim.
 */
@Entity
@Table(name = "perk_code")
public class PerkCode extends TenantScopedEntity {

    @Column(name = "perk_id", nullable = false, updatable = false)
    private long perkId;

    @Column(nullable = false, length = 100, updatable = false)
    private String code;

    @Column(name = "claim_id", insertable = false, updatable = false)
    private Long claimId;

    @Column(name = "assigned_at", insertable = false, updatable = false)
    private Instant assignedAt;

    protected PerkCode() {}

    public PerkCode(long perkId, String code) {
        this.perkId = perkId;
        this.code = code;
    }

    public long getPerkId() {
        return perkId;
    }

    public String getCode() {
        return code;
    }

    public Long getClaimId() {
        return claimId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
