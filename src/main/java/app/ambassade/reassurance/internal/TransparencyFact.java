package app.ambassade.reassurance.internal;

import app.ambassade.reassurance.TransparencyFactKind;
import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "transparency_fact")
public class TransparencyFact extends TenantScopedEntity {

    @Enumerated(EnumType.STRING)
    private TransparencyFactKind kind;

    private String icon;

    @Column(name = "fact_text")
    private String text;

    @Column(name = "display_order")
    private int displayOrder;

    protected TransparencyFact() {}

    public TransparencyFact(TransparencyFactKind kind, String icon, String text, int displayOrder) {
        update(kind, icon, text, displayOrder);
    }

    public void update(TransparencyFactKind kind, String icon, String text, int displayOrder) {
        this.kind = kind;
        this.icon = icon;
        this.text = text;
        this.displayOrder = displayOrder;
    }

    public TransparencyFactKind getKind() {
        return kind;
    }

    public String getIcon() {
        return icon;
    }

    public String getText() {
        return text;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
