package app.ambassade.perks;

/** What an early-access perk reveals once claimed: a link and/or a code shared by all, or single-use codes. */
public record EarlyAccessDetails(String link, String sharedCode, boolean singleUseCodes) {}
