-- Customer reviews with moderation by published criteria, one public brand reply per review,
-- and each tenant's review procedure page (every saved version is kept; the latest is current).

CREATE TABLE review (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id           BIGINT        NOT NULL,
    author_id           BIGINT,
    author_public_name  VARCHAR(120)  NOT NULL,
    author_email        VARCHAR(254),
    author_locale       VARCHAR(8)    NOT NULL,
    source              VARCHAR(16)   NOT NULL,
    rating              INT           NOT NULL,
    title               VARCHAR(120)  NOT NULL,
    body                VARCHAR(4000) NOT NULL,
    experience_date     DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    submitted_at        DATETIME(6)   NOT NULL,
    moderated_at        DATETIME(6),
    moderated_by        BIGINT,
    refusal_criterion   VARCHAR(40),
    refusal_reason      VARCHAR(500),
    reply_text          VARCHAR(2000),
    reply_at            DATETIME(6),
    reply_by            BIGINT,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_review_tenant_status_moderated ON review (tenant_id, status, moderated_at);
CREATE INDEX ix_review_tenant_author ON review (tenant_id, author_id, submitted_at);
CREATE INDEX ix_review_tenant_submitted ON review (tenant_id, submitted_at);

CREATE TABLE review_procedure (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT       NOT NULL,
    markdown   VARCHAR(8000) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by BIGINT,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_procedure_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_review_procedure_tenant_id ON review_procedure (tenant_id, id);
