package app.ambassade.shell;

/** What the "temporarily unavailable" page shows (template {@code shell/unavailable.jte}); public for the generated template. */
public record UnavailablePage(String lang, String title, String text, String retry, int retryAfterSeconds) {}
