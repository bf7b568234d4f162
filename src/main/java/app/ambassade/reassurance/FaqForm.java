package app.ambassade.reassurance;

/** A question and its answer (safe Markdown), in a category, with a display order. */
public record FaqForm(String category, String question, String answer, Integer displayOrder) {}
