package app.ambassade.reassurance;

public record FaqRow(long id, String category, String question, String answer, int displayOrder) {}
