/**
 * In-app notifications: what happened that concerns a person (a comment or reaction on their post,
 * a moderation decision, an accepted join request), with an unread count and read marks. Texts are
 * stored as a type and parameters and written at display time in the reader's language.
 */
package app.ambassade.notification;
