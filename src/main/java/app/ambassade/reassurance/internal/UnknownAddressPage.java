package app.ambassade.reassurance.internal;

/** The 404 of a public address on a host that names no brand (template {@code trust/unknown-address.jte}). */
public record UnknownAddressPage(PageTexts texts, String homeUrl) {}
