-- Failed logins to addresses that have no account able to log in (unknown, or invited and not
-- yet activated), counted like an account's own failed_logins/locked_until so that the answers
-- do not tell the two apart. The key is the SHA-256 (hex) of the host's scope (a tenant id or
-- the platform) and the normalised address: no address is stored.
CREATE TABLE login_unknown_address (
    address_key   VARCHAR(64) NOT NULL,
    failed_logins INT         NOT NULL DEFAULT 0,
    locked_until  DATETIME(6),
    last_failure_at DATETIME(6) NOT NULL,
    PRIMARY KEY (address_key)
);
CREATE INDEX ix_login_unknown_address_last ON login_unknown_address (last_failure_at);

-- Failed logins per client address (across every account and brand) in a fixed window, shared by
-- all nodes. The key is the SHA-256 (hex) of the client address.
CREATE TABLE login_client (
    client_key   VARCHAR(64) NOT NULL,
    window_start DATETIME(6) NOT NULL,
    failures     INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (client_key)
);
CREATE INDEX ix_login_client_window ON login_client (window_start);
