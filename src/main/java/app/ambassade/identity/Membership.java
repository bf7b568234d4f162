package app.ambassade.identity;

import java.time.Instant;
import java.util.Locale;

/** The signed-in person's place in their brand's program, as shown on their home page. */
public record Membership(String brandName, Role role, Instant memberSince, Locale locale) {}
