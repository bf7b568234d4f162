-- Member communities: communities, memberships (with join requests, invitations and mutes), the feed
-- (posts, comments, reactions), images, and reports for moderation.
-- Every key and index starts with tenant_id.

CREATE TABLE community (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(2000) NOT NULL,
    visibility    VARCHAR(20)   NOT NULL,
    archived      BOOLEAN       NOT NULL DEFAULT FALSE,
    cover_image_id BIGINT,
    created_by    BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_community_tenant_visibility ON community (tenant_id, archived, visibility, name);

-- Pictures uploaded for covers and posts, type sniffed from the bytes, kept in the database.
CREATE TABLE community_image (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    content_type VARCHAR(64) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_image_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_community_image_community FOREIGN KEY (community_id) REFERENCES community (id)
);
CREATE INDEX ix_community_image_tenant_community ON community_image (tenant_id, community_id);

-- One row per person and community: a member, a pending join request or a pending invitation.
CREATE TABLE community_member (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT      NOT NULL,
    community_id BIGINT      NOT NULL,
    member_id    BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    muted_until  DATETIME(6),
    created_at   DATETIME(6) NOT NULL,
    joined_at    DATETIME(6),
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_community_member UNIQUE (tenant_id, community_id, member_id),
    CONSTRAINT fk_community_member_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_community_member_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_community_member_user FOREIGN KEY (member_id) REFERENCES app_user (id)
);
CREATE INDEX ix_community_member_tenant_member ON community_member (tenant_id, member_id, status);
CREATE INDEX ix_community_member_tenant_status ON community_member (tenant_id, community_id, status, joined_at);

CREATE TABLE community_post (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    community_id  BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    body          VARCHAR(5000) NOT NULL,
    image_id      BIGINT,
    pin_order     INT           NOT NULL DEFAULT 0,
    hidden        BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason VARCHAR(500),
    edited_at     DATETIME(6),
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_post_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_community_post_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_community_post_author FOREIGN KEY (author_id) REFERENCES app_user (id)
);
-- The feed's keyset order: pinned first, then newest first.
CREATE INDEX ix_community_post_feed ON community_post (tenant_id, community_id, pin_order, created_at, id);
CREATE INDEX ix_community_post_author ON community_post (tenant_id, author_id, created_at);

CREATE TABLE community_comment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id     BIGINT        NOT NULL,
    community_id  BIGINT        NOT NULL,
    post_id       BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    body          VARCHAR(1000) NOT NULL,
    hidden        BOOLEAN       NOT NULL DEFAULT FALSE,
    hidden_reason VARCHAR(500),
    edited_at     DATETIME(6),
    created_at    DATETIME(6)   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_comment_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_community_comment_post FOREIGN KEY (post_id) REFERENCES community_post (id) ON DELETE CASCADE,
    CONSTRAINT fk_community_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id)
);
CREATE INDEX ix_community_comment_post ON community_comment (tenant_id, post_id, created_at);
CREATE INDEX ix_community_comment_community ON community_comment (tenant_id, community_id, created_at);

CREATE TABLE community_reaction (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id  BIGINT      NOT NULL,
    post_id    BIGINT      NOT NULL,
    member_id  BIGINT      NOT NULL,
    code       VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uk_community_reaction UNIQUE (tenant_id, post_id, member_id, code),
    CONSTRAINT fk_community_reaction_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_community_reaction_post FOREIGN KEY (post_id) REFERENCES community_post (id) ON DELETE CASCADE
);

CREATE TABLE community_report (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    tenant_id    BIGINT       NOT NULL,
    community_id BIGINT       NOT NULL,
    content_type VARCHAR(16)  NOT NULL,
    content_id   BIGINT       NOT NULL,
    reporter_id  BIGINT       NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    resolved     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_community_report_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_community_report_community FOREIGN KEY (community_id) REFERENCES community (id)
);
CREATE INDEX ix_community_report_queue ON community_report (tenant_id, resolved, created_at);
CREATE INDEX ix_community_report_content ON community_report (tenant_id, content_type, content_id);
