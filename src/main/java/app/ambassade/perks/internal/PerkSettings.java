package app.ambassade.perks.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The brand's perk settings (one row per tenant). */
@Entity
@Table(name = "perk_settings")
public class PerkSettings extends TenantScopedEntity {

    public static final int DEFAULT_PULSE_INTERVAL_DAYS = 30;

    @Column(name = "pulse_interval_days", nullable = false)
    private int pulseIntervalDays;

    protected PerkSettings() {}

    public PerkSettings(int pulseIntervalDays) {
        this.pulseIntervalDays = pulseIntervalDays;
    }

    public int getPulseIntervalDays() {
        return pulseIntervalDays;
    }

    public void setPulseIntervalDays(int pulseIntervalDays) {
        this.pulseIntervalDays = pulseIntervalDays;
    }
}
