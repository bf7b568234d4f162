package app.ambassade.reassurance.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "faq_entry")
public class FaqEntry extends TenantScopedEntity {

    private String category;
    private String question;
    private String answer;

    @Column(name = "display_order")
    private int displayOrder;

    protected FaqEntry() {}

    public FaqEntry(String category, String question, String answer, int displayOrder) {
        update(category, question, answer, displayOrder);
    }

    public void update(String category, String question, String answer, int displayOrder) {
        this.category = category;
        this.question = question;
        this.answer = answer;
        this.displayOrder = displayOrder;
    }

    public String getCategory() {
        return category;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
