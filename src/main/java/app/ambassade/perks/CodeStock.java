package app.ambassade.perks;

/** Single-use codes of a perk: how many the last import added, how many there are, how many are still free. */
public record CodeStock(int added, long total, long free) {}
