/**
 * Non-monetary perks: early access, exclusive events, dedicated content and co-creation seats; who may
 * claim them (tier, communities, role, dates, early booking per tier); claims decided by the database
 * (seats, waitlist, single-use codes); check-in, the thank-you and the satisfaction pulse after an event.
 */
package app.ambassade.perks;
