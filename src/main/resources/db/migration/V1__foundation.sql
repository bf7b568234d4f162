-- Foundation schema: tenants, people, tokens, audit, mail outbox.
-- Every tenant-owned table has tenant_id NOT NULL, and its unique keys and indexes start with it.

CREATE TABLE tenant (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug              VARCHAR(63)  NOT NULL,
    name              VARCHAR(120) NOT NULL,
    default_locale    VARCHAR(8)   NOT NULL,
    brand_color       VARCHAR(7)   NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    suspension_reason VARCHAR(500),
    logo_version      BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_tenant_slug UNIQUE (slug)
);

CREATE TABLE tenant_logo (
    tenant_id    BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(64) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_tenant_logo_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE platform_admin (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    locale         VARCHAR(8)   NOT NULL,
    failed_logins  INT          NOT NULL DEFAULT 0,
    locked_until   DATETIME(6),
    security_stamp BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_platform_admin_email UNIQUE (email)
);

CREATE TABLE app_user (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id         BIGINT       NOT NULL,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(120),
    password_hash     VARCHAR(255),
    role              VARCHAR(20)  NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    locale            VARCHAR(8)   NOT NULL,
    failed_logins     INT          NOT NULL DEFAULT 0,
    locked_until      DATETIME(6),
    security_stamp    BIGINT       NOT NULL DEFAULT 0,
    terms_accepted_at DATETIME(6),
    invited_by        BIGINT,
    created_at        DATETIME(6)  NOT NULL,
    last_login_at     DATETIME(6),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_tenant_email UNIQUE (tenant_id, email),
    CONSTRAINT fk_app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_app_user_tenant_role_status ON app_user (tenant_id, role, status);

-- Single-use links sent by e-mail (invitation, e-mail verification, password reset).
-- Only a SHA-256 of the token is stored.
CREATE TABLE user_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    purpose    VARCHAR(24) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6),
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_token_tenant_hash UNIQUE (tenant_id, token_hash),
    CONSTRAINT fk_user_token_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_user_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_token_tenant_user ON user_token (tenant_id, user_id, purpose);

CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id   BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(254) NOT NULL,
    details     VARCHAR(1000) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_audit_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_audit_entry_tenant_time ON audit_entry (tenant_id, occurred_at);

CREATE TABLE platform_audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(254) NOT NULL,
    details     VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_platform_audit_time ON platform_audit_entry (occurred_at);

CREATE TABLE mail_outbox (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT,
    recipient  VARCHAR(254) NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    created_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_mail_outbox_time ON mail_outbox (created_at);
