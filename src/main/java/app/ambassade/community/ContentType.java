package app.ambassade.community;

/** What a report or a moderation decision is about. */
public enum ContentType {
    POST,
    COMMENT
}
