package app.ambassade.reassurance.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The brand's own text for its review procedure page (one per tenant), in Markdown. */
@Entity
@Table(name = "review_procedure")
public class ReviewProcedurePage extends TenantScopedEntity {

    @Column(nullable = false, length = 8000)
    private String markdown;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected ReviewProcedurePage() {
    }

    public ReviewProcedurePage(String markdown, long updatedBy, Instant now) {
        edit(markdown, updatedBy, now);
    }

    public void edit(String markdown, long updatedBy, Instant now) {
        this.markdown = markdown;
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    public String getMarkdown() {
        return markdown;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
