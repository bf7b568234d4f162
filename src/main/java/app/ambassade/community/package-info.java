/**
 * Member communities: communities with visibility rules, their feed of posts, comments and
 * reactions, moderation, and the engagement that earns tiers.
 */
package app.ambassade.community;
