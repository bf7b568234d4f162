package app.ambassade.engagement;

/** A tier as typed in the editor; nulls stand for empty fields and are refused at the field. */
public record TierInput(Integer rank, String name, Integer threshold, String benefits) {}
