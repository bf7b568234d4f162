package app.ambassade.mail.internal;

import app.ambassade.tenancy.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** That the e-mail asked for under {@code mailKey} (e.g. {@code perk-promoted:7:42}) was sent. */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery extends TenantScopedEntity {

    @Column(name = "mail_key", nullable = false, updatable = false, length = 160)
    private String mailKey;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected MailDelivery() {}

    public MailDelivery(String mailKey, Instant sentAt) {
        this.mailKey = mailKey;
        this.sentAt = sentAt;
    }

    public String getMailKey() {
        return mailKey;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
