-- Reassurance content maintained by each brand: trust labels, versioned policies,
-- transparency facts, FAQ and the settings of the embeddable widget.

CREATE TABLE trust_label (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    link          VARCHAR(500),
    description   VARCHAR(500),
    display_order INT           NOT NULL,
    image_type    VARCHAR(64),
    image         MEDIUMBLOB,
    image_sha256  VARCHAR(64),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_trust_label_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_trust_label_tenant_order ON trust_label (tenant_id, display_order);

CREATE TABLE transparency_fact (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    icon          VARCHAR(40)   NOT NULL,
    fact_text     VARCHAR(300)  NOT NULL,
    display_order INT           NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_transparency_fact_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_transparency_fact_tenant_order ON transparency_fact (tenant_id, display_order);

CREATE TABLE faq_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT         NOT NULL,
    category      VARCHAR(80)    NOT NULL,
    question      VARCHAR(300)   NOT NULL,
    answer        VARCHAR(10000) NOT NULL,
    display_order INT            NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_faq_entry_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_faq_entry_tenant_order ON faq_entry (tenant_id, category, display_order);

CREATE TABLE policy_version (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT         NOT NULL,
    policy_type   VARCHAR(16)    NOT NULL,
    version_number INT            NOT NULL,
    body          VARCHAR(12000) NOT NULL,
    published     BOOLEAN        NOT NULL,
    updated_at    DATETIME(6)    NOT NULL,
    published_at  DATETIME(6),
    published_by  VARCHAR(254),
    version       BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_policy_version_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uq_policy_version UNIQUE (tenant_id, policy_type, version_number)
);

CREATE TABLE trust_widget_settings (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id       BIGINT        NOT NULL,
    widget_key      VARCHAR(120)  NOT NULL,
    allowed_origins VARCHAR(2000) NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_trust_widget_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT uq_trust_widget_settings_tenant UNIQUE (tenant_id),
    CONSTRAINT uq_trust_widget_settings_key UNIQUE (tenant_id, widget_key)
);
