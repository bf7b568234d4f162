-- Receiving modules make a retried event harmless: each effect carries the key of what caused it,
-- and a unique key refuses the second copy.
ALTER TABLE notification ADD COLUMN origin VARCHAR(160);
CREATE UNIQUE INDEX uk_notification_tenant_recipient_origin ON notification (tenant_id, recipient_id, origin);

ALTER TABLE audit_entry ADD COLUMN event_id VARCHAR(36);
CREATE UNIQUE INDEX uk_audit_entry_tenant_event ON audit_entry (tenant_id, event_id);
ALTER TABLE platform_audit_entry ADD COLUMN event_id VARCHAR(36);
CREATE UNIQUE INDEX uk_platform_audit_event ON platform_audit_entry (event_id);

-- One row per e-mail an event asked for, written in the same transaction as the sending: a
-- retried event finds the row and sends nothing.
CREATE TABLE mail_delivery (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id BIGINT       NOT NULL,
    mail_key  VARCHAR(160) NOT NULL,
    sent_at   DATETIME(6)  NOT NULL,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_mail_delivery_tenant_key UNIQUE (tenant_id, mail_key),
    CONSTRAINT fk_mail_delivery_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
