-- Reads that a brand of 100 000 people and 50 000 claims needs from an index rather than a sort or a
-- scan (docs/benchmarks.md, "Large brand"). Every index starts with tenant_id.

-- The people grid's default order, newest first (the id breaks ties the same way): the first page is
-- 50 entries read backwards, not a sort of every person of the brand.
CREATE INDEX ix_app_user_tenant_created ON app_user (tenant_id, created_at, id);

-- A perk's claims grid in claim order: the first page is read in order, not sorted.
CREATE INDEX ix_perk_claim_tenant_perk_claimed ON perk_claim (tenant_id, perk_id, claimed_at, id);

-- A perk's figures (claims by status and attendance) from the index alone.
CREATE INDEX ix_perk_claim_tenant_perk_figures ON perk_claim (tenant_id, perk_id, status, attendance);
