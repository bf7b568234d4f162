package app.ambassade.reassurance;

import java.time.Instant;

/**
 * The tenant's review procedure page (Markdown, to render with {@code shared.text.MarkdownView}):
 * the brand's own text, or the default text when the brand has not written one
 * ({@code byBrand} false, {@code updatedAt} null).
 */
public record ReviewProcedure(String markdown, boolean byBrand, Instant updatedAt) {}
