package app.ambassade.perks.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The gated article (safe Markdown) of a dedicated-content perk. */
@Entity
@Table(name = "perk_article")
public class PerkArticle extends TenantScopedEntity {

    @Column(name = "perk_id", nullable = false, updatable = false)
    private long perkId;

    @Column(nullable = false, length = 12000)
    private String body;

    protected PerkArticle() {}

    public PerkArticle(long perkId, String body) {
        this.perkId = perkId;
        this.body = body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public long getPerkId() {
        return perkId;
    }

    public String getBody() {
        return body;
    }
}
