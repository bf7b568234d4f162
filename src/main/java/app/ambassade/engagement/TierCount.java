package app.ambassade.engagement;

/** How many people are in a tier; {@code tier} is null for those below the first threshold. */
public record TierCount(Tier tier, long people) {}
