/**
 * The platform console, for the platform admin only (role {@code PLATFORM_ADMIN}, on the bare
 * host): the list of tenants, creating and rebranding them, suspending and reactivating them,
 * inviting a tenant's first brand manager, and the platform audit log.
 * <p>
 * The console shows tenants, never the people inside them: it reads tenants through
 * {@code tenancy.TenantService}, and crosses into a tenant only through explicit, audited
 * operations of other modules ({@code identity.InvitationService#inviteFirstManager}). It has no
 * entities of its own; its views live in {@code ui}.
 */
package app.ambassade.platform;
