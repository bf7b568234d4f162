package app.ambassade.perks;

/** The gated part of a dedicated-content perk: an article (safe Markdown) and/or a video link (a file is uploaded apart). */
public record ContentDetails(String article, String videoLink) {}
