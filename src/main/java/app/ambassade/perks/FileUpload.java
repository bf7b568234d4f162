package app.ambassade.perks;

/** Bytes uploaded for a perk's picture or download; checked by content and size, not by name. */
public record FileUpload(String fileName, byte[] content) {}
