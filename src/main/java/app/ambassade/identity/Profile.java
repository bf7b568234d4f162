package app.ambassade.identity;

import java.util.Locale;

/** What a signed-in person sees and edits about themselves. */
public record Profile(String email, String displayName, Locale locale, String role) {}
