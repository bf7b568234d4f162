package app.ambassade.audit;

import java.time.Instant;

/** A line of an audit log as shown to its readers. */
public record AuditRecord(Instant occurredAt, String actor, String action, String target, String details) {}
