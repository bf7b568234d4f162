/**
 * Member communities: communities with visibility rules, their feed of posts, comments and
 * reactions, moderation, and per-community activity figures.
 */
package app.ambassade.community;
