package app.ambassade.community;

/** Bytes uploaded for a cover or a post picture; checked by content, not by name. */
public record ImageUpload(String fileName, byte[] content) {}
