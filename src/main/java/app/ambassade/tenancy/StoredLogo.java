package app.ambassade.tenancy;

/** A logo as served to browsers. */
public record StoredLogo(String contentType, byte[] content, String sha256) {}
