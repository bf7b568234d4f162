/**
 * Engagement: tiers earned by taking part (status, not money), points per action set by the brand,
 * and the append-only ledger. A receiving module, like notification, audit and mail: features call
 * {@link app.ambassade.engagement.EngagementService#record} from their own listeners; this module
 * imports no feature module.
 */
package app.ambassade.engagement;
