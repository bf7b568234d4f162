-- Spring Modulith's event publication registry: one row per (event, listener) until the listener
-- completes, so an effect interrupted by a crash is resubmitted. Platform-wide (the events carry
-- their tenant id); rows are deleted on completion (spring.modulith.events.completion-mode=delete).
CREATE TABLE event_publication (
    id                     BINARY(16)    NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(8000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6),
    status                 VARCHAR(20),
    completion_attempts    INT           NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6)
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date, publication_date);
