package app.ambassade.engagement.internal;

import app.ambassade.engagement.EngagementAction;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The points a kind of action earns in this brand's program (the action's default when absent). */
@Entity
@Table(name = "engagement_points")
public class EngagementPoints extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private EngagementAction action;

    @Column(nullable = false)
    private int points;

    protected EngagementPoints() {}

    public EngagementPoints(EngagementAction action, int points) {
        this.action = action;
        this.points = points;
    }

    public EngagementAction getAction() {
        return action;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }
}
