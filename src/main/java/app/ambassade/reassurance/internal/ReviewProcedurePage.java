package app.ambassade.reassurance.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One saved version of the brand's review procedure page, in Markdown. Saving adds a version; the
 * latest is the current page, and earlier ones stay as a record of how the procedure changed.
 */
@Entity
@Table(name = "review_procedure")
public class ReviewProcedurePage extends TenantScopedEntity {

    @Column(nullable = false, length = 8000)
    private String markdown;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected ReviewProcedurePage() {}

    public ReviewProcedurePage(String markdown, long updatedBy, Instant now) {
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
