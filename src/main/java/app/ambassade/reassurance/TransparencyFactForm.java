package app.ambassade.reassurance;

/** A short fact the brand commits to, with an icon from {@link TransparencyIcons}. */
public record TransparencyFactForm(TransparencyFactKind kind, String icon, String text, Integer displayOrder) {}
