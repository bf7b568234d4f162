-- Non-monetary perks: the catalogue (early access, exclusive events, dedicated content, co-creation seats),
-- who may claim them, the claims themselves (seats, waitlist, codes, applications, attendance), and the
-- satisfaction pulse after an event. Every key and index starts with tenant_id.

CREATE TABLE perk (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT        NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    title                VARCHAR(150)  NOT NULL,
    description          VARCHAR(2000) NOT NULL,
    available_from       DATETIME(6),
    available_until      DATETIME(6),
    min_tier_rank        INT,
    ambassadors_only     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- places: NULL means unlimited; taken only ever moves through a conditional UPDATE
    capacity             INT,
    taken                INT           NOT NULL DEFAULT 0,
    waitlist_enabled     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- early access
    access_link          VARCHAR(500),
    shared_code          VARCHAR(100),
    single_use_codes     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- exclusive event
    starts_at            DATETIME(6),
    ends_at              DATETIME(6),
    zone_id              VARCHAR(60),
    place                VARCHAR(255),
    online_link          VARCHAR(500),
    cancel_cutoff_hours  INT           NOT NULL DEFAULT 0,
    thank_you_message    VARCHAR(2000),
    pulse_enabled        BOOLEAN       NOT NULL DEFAULT FALSE,
    reminder_sent_at     DATETIME(6),
    closed_at            DATETIME(6),
    -- dedicated content
    video_link           VARCHAR(500),
    created_by           BIGINT        NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_perk_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_perk_tenant_status ON perk (tenant_id, status, kind, available_from);
CREATE INDEX ix_perk_tenant_event_start ON perk (tenant_id, kind, starts_at);

-- The gated article of a dedicated-content perk (kept apart: long text).
CREATE TABLE perk_article (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT         NOT NULL,
    perk_id    BIGINT         NOT NULL,
    body       VARCHAR(12000) NOT NULL,
    version    BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_article_perk UNIQUE (tenant_id, perk_id),
    CONSTRAINT fk_perk_article_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_perk_article_perk FOREIGN KEY (perk_id) REFERENCES perk (id)
);

-- The perk's picture and the downloadable file of a dedicated-content perk, one of each at most.
CREATE TABLE perk_file (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    perk_id       BIGINT        NOT NULL,
    purpose       VARCHAR(16)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    INT           NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_file_purpose UNIQUE (tenant_id, perk_id, purpose),
    CONSTRAINT fk_perk_file_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_perk_file_perk FOREIGN KEY (perk_id) REFERENCES perk (id)
);

-- Eligibility: member of at least one of these communities (none listed: no community condition).
CREATE TABLE perk_community (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT NOT NULL,
    perk_id       BIGINT NOT NULL,
    community_id  BIGINT NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_community UNIQUE (tenant_id, perk_id, community_id),
    CONSTRAINT fk_perk_community_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_perk_community_perk FOREIGN KEY (perk_id) REFERENCES perk (id)
);

-- Early booking: people of this tier (or above) may claim this many hours before the perk opens.
CREATE TABLE perk_early_window (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT NOT NULL,
    perk_id       BIGINT NOT NULL,
    tier_rank     INT    NOT NULL,
    hours_before  INT    NOT NULL,
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_early_window UNIQUE (tenant_id, perk_id, tier_rank),
    CONSTRAINT fk_perk_early_window_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_perk_early_window_perk FOREIGN KEY (perk_id) REFERENCES perk (id)
);

-- One row per person and perk: confirmed, waitlisted, cancelled, applied, selected or not selected.
CREATE TABLE perk_claim (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id      BIGINT        NOT NULL,
    perk_id        BIGINT        NOT NULL,
    member_id      BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    motivation     VARCHAR(1000),
    attendance     VARCHAR(16),
    claimed_at     DATETIME(6)   NOT NULL,
    queued_at      DATETIME(6)   NOT NULL,
    decided_at     DATETIME(6),
    checked_in_at  DATETIME(6),
    checked_in_by  BIGINT,
    thanked_at     DATETIME(6),
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_claim_once UNIQUE (tenant_id, perk_id, member_id),
    CONSTRAINT fk_perk_claim_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_perk_claim_perk FOREIGN KEY (perk_id) REFERENCES perk (id),
    CONSTRAINT fk_perk_claim_member FOREIGN KEY (member_id) REFERENCES app_user (id)
);
CREATE INDEX ix_perk_claim_tenant_perk_status ON perk_claim (tenant_id, perk_id, status, queued_at, id);
CREATE INDEX ix_perk_claim_tenant_member ON perk_claim (tenant_id, member_id, status);

-- Single-use codes of an early-access perk; a code goes to one claim, a claim gets one code.
CREATE TABLE perk_code (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    perk_id      BIGINT       NOT NULL,
    code         VARCHAR(100) NOT NULL,
    claim_id     BIGINT,
    assigned_at  DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_code_code UNIQUE (tenant_id, perk_id, code),
    CONSTRAINT uk_perk_code_claim UNIQUE (tenant_id, claim_id),
    CONSTRAINT fk_perk_code_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_perk_code_perk FOREIGN KEY (perk_id) REFERENCES perk (id),
    CONSTRAINT fk_perk_code_claim FOREIGN KEY (claim_id) REFERENCES perk_claim (id)
);
CREATE INDEX ix_perk_code_tenant_free ON perk_code (tenant_id, perk_id, claim_id, id);

-- The one-question satisfaction pulse sent after an event, and its answer (1 to 5).
CREATE TABLE perk_pulse (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT      NOT NULL,
    perk_id      BIGINT      NOT NULL,
    member_id    BIGINT      NOT NULL,
    sent_at      DATETIME(6) NOT NULL,
    score        INT,
    answered_at  DATETIME(6),
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_pulse_once UNIQUE (tenant_id, perk_id, member_id),
    CONSTRAINT fk_perk_pulse_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_perk_pulse_perk FOREIGN KEY (perk_id) REFERENCES perk (id),
    CONSTRAINT fk_perk_pulse_member FOREIGN KEY (member_id) REFERENCES app_user (id)
);
CREATE INDEX ix_perk_pulse_tenant_member_sent ON perk_pulse (tenant_id, member_id, sent_at);

-- The brand's perk settings: a person gets at most one pulse per this many days.
CREATE TABLE perk_settings (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id            BIGINT NOT NULL,
    pulse_interval_days  INT    NOT NULL,
    version              BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_perk_settings_tenant UNIQUE (tenant_id),
    CONSTRAINT fk_perk_settings_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
