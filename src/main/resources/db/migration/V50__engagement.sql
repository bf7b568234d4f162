-- Engagement tiers, points per action, the append-only engagement ledger, and in-app notifications.
-- Every table is tenant-owned: tenant_id NOT NULL, unique keys and indexes start with it.

CREATE TABLE engagement_tier (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT        NOT NULL,
    tier_rank  INT           NOT NULL,
    name       VARCHAR(60)   NOT NULL,
    threshold  INT           NOT NULL,
    benefits   VARCHAR(500)  NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_engagement_tier_tenant_rank UNIQUE (tenant_id, tier_rank),
    CONSTRAINT fk_engagement_tier_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE engagement_points (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT        NOT NULL,
    action     VARCHAR(40)   NOT NULL,
    points     INT           NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_engagement_points_tenant_action UNIQUE (tenant_id, action),
    CONSTRAINT fk_engagement_points_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE engagement_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT        NOT NULL,
    member_id    BIGINT        NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    reference    VARCHAR(120)  NOT NULL,
    points       INT           NOT NULL,
    reason       VARCHAR(255)  NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_engagement_entry_once UNIQUE (tenant_id, member_id, action, reference),
    CONSTRAINT fk_engagement_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_engagement_entry_member FOREIGN KEY (member_id) REFERENCES app_user (id)
);
CREATE INDEX ix_engagement_entry_tenant_member_time ON engagement_entry (tenant_id, member_id, occurred_at);

CREATE TABLE notification (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    recipient_id  BIGINT        NOT NULL,
    type          VARCHAR(40)   NOT NULL,
    actor_id      BIGINT,
    params        VARCHAR(1000) NOT NULL,
    link          VARCHAR(255),
    read_flag     BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_notification_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id)
);
CREATE INDEX ix_notification_tenant_recipient_time ON notification (tenant_id, recipient_id, created_at);
CREATE INDEX ix_notification_tenant_recipient_read ON notification (tenant_id, recipient_id, read_flag);
