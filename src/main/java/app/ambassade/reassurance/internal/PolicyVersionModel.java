package app.ambassade.reassurance.internal;

/** One published version of a policy, on its own page. */
public record PolicyVersionModel(PublicPage page, String title, String published, String bodyHtml) {}
