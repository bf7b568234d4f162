-- A notification names what it leads to (a kind and an id) instead of storing a path: the feature
-- that owns the kind builds the route when the notice is opened (decision record 0012).
ALTER TABLE notification ADD COLUMN target_kind VARCHAR(40);
ALTER TABLE notification ADD COLUMN target_id BIGINT;

-- The two shapes of link ever written: communities/{id} and perks/{id}. Anything else leads nowhere.
UPDATE notification
   SET target_kind = 'community', target_id = CAST(SUBSTRING(link, 13) AS DECIMAL(19, 0))
 WHERE link REGEXP '^communities/[1-9][0-9]{0,17}$';
UPDATE notification
   SET target_kind = 'perk', target_id = CAST(SUBSTRING(link, 7) AS DECIMAL(19, 0))
 WHERE link REGEXP '^perks/[1-9][0-9]{0,17}$';

-- The link column is no longer read or written; it stays for one release, so that the previous
-- version still starts on this schema if it must be rolled back, and goes in a later migration.
