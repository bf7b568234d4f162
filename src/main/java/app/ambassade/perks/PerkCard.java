package app.ambassade.perks;

/** A perk as the signed-in member sees it: what it is, whether they may claim it now, and their claim (null when none). */
public record PerkCard(PerkView perk, Eligibility eligibility, MyClaim claim) {
}
