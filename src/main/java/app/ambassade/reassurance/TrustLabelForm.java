package app.ambassade.reassurance;

/** What a brand manager types for a trust label (the image is uploaded separately). */
public record TrustLabelForm(String name, TrustLabelKind kind, String link, String description, Integer displayOrder) {}
