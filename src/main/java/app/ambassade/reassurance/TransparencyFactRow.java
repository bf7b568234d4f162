package app.ambassade.reassurance;

public record TransparencyFactRow(long id, TransparencyFactKind kind, String icon, String text, int displayOrder) {}
