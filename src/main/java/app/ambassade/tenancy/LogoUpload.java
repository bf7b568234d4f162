package app.ambassade.tenancy;

/** Raw bytes of an uploaded logo, checked by {@link LogoPolicy} before anything is stored. */
public record LogoUpload(String fileName, byte[] content) {}
