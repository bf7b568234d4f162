package app.ambassade.perks;

/**
 * A perk as the signed-in member sees it: what it is, whether they may claim it now (with every lock), and
 * their claim: null when they have none or cancelled it (they may then claim again).
 */
public record PerkCard(PerkView perk, Eligibility eligibility, MyClaim claim) {}
