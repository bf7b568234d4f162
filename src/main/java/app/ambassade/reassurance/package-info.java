/**
 * Reassurance content: reviews with moderation and brand replies, trust labels, versioned
 * policies, transparency facts, FAQ, the public trust page and the embeddable widget.
 */
package app.ambassade.reassurance;
