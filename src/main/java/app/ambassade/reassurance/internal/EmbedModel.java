package app.ambassade.reassurance.internal;

/** The page that embeds the widget as a shop would. */
public record EmbedModel(PageTexts texts, String widgetKey) {}
