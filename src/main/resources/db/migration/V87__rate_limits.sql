-- Rate-limit token buckets shared by every node (bucket4j's MySQL layout: see
-- docs/decisions/0015-shared-rate-limits.md). The id is the SHA-256 (hex) of the limit's key, which
-- holds client addresses or e-mail addresses: none is stored. expires_at (epoch millis) is when the
-- bucket is full again; such rows are dropped by a scheduled clean-up.
CREATE TABLE rate_limit_bucket (
    id         CHAR(64) NOT NULL,
    state      BLOB,
    expires_at BIGINT,
    PRIMARY KEY (id)
);
CREATE INDEX ix_rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
