package app.ambassade.community;

import java.io.Serializable;
import java.time.Instant;

/** Where the next feed page starts: after the last post of the previous page, in feed order. */
public record FeedCursor(int pinOrder, Instant createdAt, long id) implements Serializable {}
