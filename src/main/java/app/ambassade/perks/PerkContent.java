package app.ambassade.perks;

/** The gated part of a dedicated-content perk: the article (Markdown, render it safely), a video link, the file's name (null if none). */
public record PerkContent(String article, String videoLink, String fileName) {}
