package app.ambassade.engagement;

/** A tier of the brand's program: reached at {@code threshold} points; {@code benefits} says in words what it gives. */
public record Tier(int rank, String name, int threshold, String benefits) {}
