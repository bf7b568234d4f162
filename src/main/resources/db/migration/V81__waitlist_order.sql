-- The order in which a perk's places were decided: every claim, application or first opening takes the
-- perk's next turn while it holds the perk's row lock, so the waitlist is ordered by turn (decision order),
-- never by timestamps (MariaDB through Connector/J keeps whole seconds only).
ALTER TABLE perk ADD COLUMN last_turn BIGINT NOT NULL DEFAULT 0;
ALTER TABLE perk_claim ADD COLUMN turn BIGINT;

-- Claims made before: their turns follow the old order (queued_at, then id) within each perk.
CREATE TABLE perk_claim_turn_v81 AS
    SELECT c.id AS claim_id,
           (SELECT COUNT(*) FROM perk_claim o
             WHERE o.tenant_id = c.tenant_id AND o.perk_id = c.perk_id
               AND (o.queued_at < c.queued_at OR (o.queued_at = c.queued_at AND o.id <= c.id))) AS turn
      FROM perk_claim c;
UPDATE perk_claim SET turn = (SELECT t.turn FROM perk_claim_turn_v81 t WHERE t.claim_id = perk_claim.id);
DROP TABLE perk_claim_turn_v81;
UPDATE perk SET last_turn = (SELECT COALESCE(MAX(c.turn), 0) FROM perk_claim c
                              WHERE c.tenant_id = perk.tenant_id AND c.perk_id = perk.id);

CREATE INDEX ix_perk_claim_tenant_perk_turn ON perk_claim (tenant_id, perk_id, status, turn);
