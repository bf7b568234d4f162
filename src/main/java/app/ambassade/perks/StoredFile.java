package app.ambassade.perks;

/** A stored picture or file, read after the access check, with the type it is served with. */
public record StoredFile(String fileName, String contentType, byte[] content) {}
