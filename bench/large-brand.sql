-- Fills one demo brand of a freshly seeded Ambassade database (MariaDB: uses the Sequence engine's
-- seq_1_to_N tables) with 100 000 members, 1 000 000 ledger lines, 200 000 posts in one community's
-- feed and 50 000 perk claims, in set-based statements (INSERT ... SELECT from a sequence).
-- Run by bench/large-brand.sh, which sets @slug (the brand to fill, default cimes-outdoor),
-- @feed_name (the community whose feed gets the posts) and @member_email (a demo member whose
-- password hash every generated person shares, so that any of them can sign in), and the same for
-- the small brand (@small_slug, @small_feed_name, @small_member_email), which only gets full first
-- pages (see the end).
--
-- Every generated row has an explicit id (after the largest one in its table), so that rows can
-- refer to each other without reading ids back; every foreign key and unique key holds:
--   person s (1..100000)           app_user.id = @u0 + s
--   member of the feed             s % 5 < 3 (60 000 people)
--   member of extra community k    (s + k) % 7 = 0 (about 14 300 people each, 9 communities)
--   perk k (1..200)                perk.id = @k0 + k; k = 1 is the busy event, k <= 12 are published
--   claim i (1..50000)             perk 1 for i <= 10000, else perk 2 + (i - 10001) % 199;
--                                  person 1 + (i * 7919) % 20000 (distinct within each perk)
-- Dates are spread over the past year (posts and ledger lines newest last, as they were written).

SET @now = UTC_TIMESTAMP(6);
SET @t = (SELECT id FROM tenant WHERE slug = @slug);
SET @manager = (SELECT id FROM app_user WHERE tenant_id = @t AND role = 'BRAND_MANAGER' ORDER BY id LIMIT 1);
SET @hash = (SELECT password_hash FROM app_user WHERE tenant_id = @t AND email = @member_email);
SET @feed = (SELECT id FROM community WHERE tenant_id = @t AND name = @feed_name);
SET @u0 = (SELECT MAX(id) FROM app_user);
SET @c0 = (SELECT MAX(id) FROM community);
SET @cm0 = (SELECT COALESCE(MAX(id), 0) FROM community_member);
SET @p0 = (SELECT COALESCE(MAX(id), 0) FROM community_post);
SET @e0 = (SELECT COALESCE(MAX(id), 0) FROM engagement_entry);
SET @k0 = (SELECT MAX(id) FROM perk);
SET @cl0 = (SELECT COALESCE(MAX(id), 0) FROM perk_claim);
SET @event_tpl = (SELECT MIN(id) FROM perk WHERE tenant_id = @t AND kind = 'EVENT');
SET @early_tpl = (SELECT MIN(id) FROM perk WHERE tenant_id = @t AND kind = 'EARLY_ACCESS');
SELECT @t AS tenant, @feed AS feed, @u0 AS first_user_after, @k0 AS first_perk_after;

-- People: 1 % ambassadors, 2 % deactivated, 1 % invited (never signed in), a quarter in French.
INSERT INTO app_user (id, tenant_id, email, display_name, password_hash, role, status, locale, failed_logins,
                      security_stamp, terms_accepted_at, invited_by, created_at, last_login_at, version)
SELECT @u0 + s.seq, @t,
       CONCAT(ELT(1 + s.seq % 12, 'alex', 'sam', 'nina', 'leo', 'jade', 'hugo', 'emma', 'noe', 'lina', 'tom',
                  'ines', 'paul'), '.', s.seq, '@members.example'),
       CONCAT(ELT(1 + s.seq % 12, 'Alex', 'Sam', 'Nina', 'Léo', 'Jade', 'Hugo', 'Emma', 'Noé', 'Lina', 'Tom',
                  'Inès', 'Paul'), ' ',
              ELT(1 + (s.seq DIV 12) % 16, 'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit',
                  'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'Smith'),
              ' ', s.seq),
       @hash,
       IF(s.seq % 100 = 0, 'AMBASSADOR', 'MEMBER'),
       CASE WHEN s.seq % 97 = 0 THEN 'INVITED' WHEN s.seq % 50 = 0 THEN 'DEACTIVATED' ELSE 'ACTIVE' END,
       IF(s.seq % 4 = 0, 'fr', 'en'), 0, 0,
       IF(s.seq % 97 = 0, NULL, @now - INTERVAL (100000 - s.seq) * 315 SECOND),
       IF(s.seq % 97 = 0, @manager, NULL),
       @now - INTERVAL (100000 - s.seq) * 315 SECOND,
       IF(s.seq % 97 = 0 OR s.seq % 3 = 0, NULL, @now - INTERVAL (s.seq * 7919) % 2592000 SECOND),
       0
  FROM seq_1_to_100000 s;

-- Nine more communities (open), next to the brand's own.
INSERT INTO community (id, tenant_id, name, description, visibility, archived, created_by, created_at, version)
SELECT @c0 + s.seq, @t,
       ELT(s.seq, 'Alpine climbing', 'Trail running', 'Ski touring', 'Bikepacking', 'Via ferrata', 'Gear repair',
           'Family hikes', 'Photography', 'Women on trails'),
       'Generated community of the large-brand benchmark.', 'OPEN', FALSE, @manager,
       @now - INTERVAL 400 DAY + INTERVAL s.seq DAY, 0
  FROM seq_1_to_9 s;

-- Memberships: 60 000 people in the feed's community, about 14 300 in each of the nine others.
INSERT INTO community_member (id, tenant_id, community_id, member_id, status, created_at, joined_at, version)
SELECT @cm0 + s.seq, @t, @feed, @u0 + s.seq, 'ACTIVE',
       @now - INTERVAL (100000 - s.seq) * 315 SECOND, @now - INTERVAL (100000 - s.seq) * 315 SECOND, 0
  FROM seq_1_to_100000 s
 WHERE s.seq % 5 < 3;
INSERT INTO community_member (id, tenant_id, community_id, member_id, status, created_at, joined_at, version)
SELECT @cm0 + 100000 + (k.seq - 1) * 100000 + s.seq, @t, @c0 + k.seq, @u0 + s.seq, 'ACTIVE',
       @now - INTERVAL (100000 - s.seq) * 300 SECOND, @now - INTERVAL (100000 - s.seq) * 300 SECOND, 0
  FROM seq_1_to_9 k
  JOIN seq_1_to_100000 s ON (s.seq + k.seq) % 7 = 0;

-- 200 000 posts in the feed, one every ~2.6 minutes over a year, by members of that community
-- (person x, or x - 3 when x is not a member: x % 5 in 3..4 becomes 0..1); 0.5 % hidden by moderation.
INSERT INTO community_post (id, tenant_id, community_id, author_id, body, pin_order, hidden, hidden_reason,
                            created_at, version)
SELECT @p0 + s.seq, @t, @feed,
       @u0 + 5 + (s.seq * 7919) % 99995 - IF((5 + (s.seq * 7919) % 99995) % 5 >= 3, 3, 0),
       CONCAT(ELT(1 + s.seq % 6,
                  'Sunrise on the ridge this morning, worth every step of the climb.',
                  'Anyone tested the new shell jacket in proper rain? Looking for honest feedback.',
                  'Our club did the **Tour du Mont Blanc** in 9 days: notes and gear list below.',
                  'Looking for running partners around Annecy on weekends.',
                  'Resoled my approach shoes after 800 km, still going strong.',
                  'Question for the team: will the 30 L pack come in a women''s fit?'),
              ' #', s.seq),
       0, s.seq % 200 = 0, IF(s.seq % 200 = 0, 'Off-topic advertising', NULL),
       @now - INTERVAL 1 HOUR - INTERVAL (200000 - s.seq) * 157 SECOND, 0
  FROM seq_1_to_200000 s;

-- 1 000 000 ledger lines, skewed: a few people earn a lot, most earn a little (person index squared).
INSERT INTO engagement_entry (id, tenant_id, member_id, action, reference, points, reason, occurred_at, version)
SELECT @e0 + s.seq, @t,
       @u0 + 1 + FLOOR(99999 * POW(((s.seq * 7919) % 1000000) / 1000000, 2)),
       ELT(1 + s.seq % 10, 'POSTED', 'RECEIVED_REACTION', 'RECEIVED_REACTION', 'RECEIVED_REACTION', 'POSTED',
           'JOINED_COMMUNITY', 'CLAIMED_PERK', 'RECEIVED_REACTION', 'ATTENDED_EVENT', 'REVIEW_APPROVED'),
       CONCAT('generated:', s.seq),
       ELT(1 + s.seq % 10, 10, 2, 2, 2, 10, 5, 5, 2, 20, 15),
       '',
       @now - INTERVAL (1000000 - s.seq) * 31 SECOND, 0
  FROM seq_1_to_1000000 s;

-- 200 perks copied from the brand's demo event and early access: perk 1 is the busy upcoming event
-- (6 000 seats, waitlist), perks 2..12 are published (events soon, early accesses open), the rest are
-- past and archived (events closed, reminders sent).
INSERT INTO perk (id, tenant_id, kind, status, title, description, available_from, available_until, min_tier_rank,
                  ambassadors_only, capacity, taken, waitlist_enabled, access_link, shared_code, single_use_codes,
                  starts_at, ends_at, zone_id, place, online_link, cancel_cutoff_hours, thank_you_message,
                  pulse_enabled, reminder_sent_at, closed_at, video_link, created_by, created_at, updated_at,
                  version, last_turn)
SELECT @k0 + s.seq, @t, p.kind, IF(s.seq <= 12, 'PUBLISHED', 'ARCHIVED'),
       CONCAT(p.title, ' #', s.seq), p.description, p.available_from, p.available_until, p.min_tier_rank,
       p.ambassadors_only,
       CASE WHEN s.seq = 1 THEN 6000 WHEN p.kind = 'EVENT' THEN 500 ELSE NULL END,
       0, p.waitlist_enabled, p.access_link, p.shared_code, p.single_use_codes,
       IF(p.kind = 'EVENT', IF(s.seq <= 12, @now + INTERVAL 20 + s.seq DAY, @now - INTERVAL s.seq * 43 HOUR), NULL),
       IF(p.kind = 'EVENT',
          IF(s.seq <= 12, @now + INTERVAL 20 + s.seq DAY, @now - INTERVAL s.seq * 43 HOUR) + INTERVAL 3 HOUR, NULL),
       p.zone_id, p.place, p.online_link, p.cancel_cutoff_hours, p.thank_you_message, p.pulse_enabled,
       IF(p.kind = 'EVENT' AND s.seq > 12, @now - INTERVAL s.seq * 43 HOUR - INTERVAL 1 DAY, NULL),
       IF(p.kind = 'EVENT' AND s.seq > 12, @now - INTERVAL s.seq * 43 HOUR + INTERVAL 4 HOUR, NULL),
       p.video_link, @manager,
       @now - INTERVAL s.seq * 43 HOUR - INTERVAL 30 DAY, @now - INTERVAL s.seq * 43 HOUR - INTERVAL 30 DAY,
       0, 0
  FROM seq_1_to_200 s
  JOIN perk p ON p.id = IF(s.seq = 1 OR s.seq % 2 = 1, @event_tpl, @early_tpl);

-- 50 000 claims: 10 000 on the busy event (one in ten cancelled, 5 999 confirmed, then waitlisted in
-- turn order; the demo member below takes the 6 000th seat), ~200 on each other perk (past events: attended or no-show).
INSERT INTO perk_claim (id, tenant_id, perk_id, member_id, status, attendance, claimed_at, queued_at, decided_at,
                        checked_in_at, version, turn)
SELECT @cl0 + c.i, @t, c.perk, @u0 + 1 + (c.i * 7919) % 20000,
       CASE WHEN c.i % 10 = 0 THEN 'CANCELLED'
            WHEN c.i <= 10000 AND c.i > 6665 THEN 'WAITLISTED'
            ELSE 'CONFIRMED' END,
       CASE WHEN c.i <= 10000 OR c.i % 10 = 0 OR p.kind <> 'EVENT' OR p.status <> 'ARCHIVED' THEN NULL
            WHEN c.i % 4 = 0 THEN 'NO_SHOW' ELSE 'ATTENDED' END,
       p.created_at + INTERVAL c.turn * 97 SECOND, p.created_at + INTERVAL c.turn * 97 SECOND,
       IF(c.i % 10 = 0, p.created_at + INTERVAL c.turn * 97 + 86400 SECOND, NULL),
       NULL, 0, c.turn
  FROM (SELECT seq AS i,
               IF(seq <= 10000, @k0 + 1, @k0 + 2 + (seq - 10001) % 199) AS perk,
               IF(seq <= 10000, seq, (seq - 10001) DIV 199 + 1) AS turn
          FROM seq_1_to_50000) c
  JOIN perk p ON p.id = c.perk;

-- What the perks hold, as the claim desk would have counted it.
UPDATE perk p
  JOIN (SELECT perk_id, SUM(status = 'CONFIRMED') AS taken, MAX(turn) AS last_turn
          FROM perk_claim WHERE tenant_id = @t GROUP BY perk_id) c ON c.perk_id = p.id
   SET p.taken = c.taken, p.last_turn = c.last_turn
 WHERE p.tenant_id = @t;

-- The demo member (the one measured) holds one confirmed seat on the busy event, like the small
-- brand's demo member on its event.
INSERT INTO perk_claim (id, tenant_id, perk_id, member_id, status, claimed_at, queued_at, version, turn)
SELECT @cl0 + 50001, @t, @k0 + 1, u.id, 'CONFIRMED', @now, @now, 0, p.last_turn + 1
  FROM app_user u JOIN perk p ON p.id = @k0 + 1
 WHERE u.tenant_id = @t AND u.email = @member_email;
UPDATE perk SET taken = taken + 1, last_turn = last_turn + 1 WHERE id = @k0 + 1;

-- The small brand gets just enough for every measured first page to be full (the people grid shows 50
-- rows, the feed 20 posts, the claims grid 50 rows), so that both brands render the same amount and
-- the comparison measures the size of the tables, not a half-empty screen: 60 people (each a member
-- of the feed's community, with 10 ledger lines), 40 posts, 60 more claims on its event (seats up to
-- its capacity, then the waitlist).
SET @st = (SELECT id FROM tenant WHERE slug = @small_slug);
SET @shash = (SELECT password_hash FROM app_user WHERE tenant_id = @st AND email = @small_member_email);
SET @sfeed = (SELECT id FROM community WHERE tenant_id = @st AND name = @small_feed_name);
SET @sevent = (SELECT MIN(id) FROM perk WHERE tenant_id = @st AND kind = 'EVENT');
SET @su0 = (SELECT MAX(id) FROM app_user);
SET @scm0 = (SELECT MAX(id) FROM community_member);
SET @sp0 = (SELECT MAX(id) FROM community_post);
SET @se0 = (SELECT MAX(id) FROM engagement_entry);
SET @scl0 = (SELECT MAX(id) FROM perk_claim);
INSERT INTO app_user (id, tenant_id, email, display_name, password_hash, role, status, locale, failed_logins,
                      security_stamp, terms_accepted_at, created_at, last_login_at, version)
SELECT @su0 + s.seq, @st, CONCAT('membre.', s.seq, '@exemple.fr'), CONCAT('Membre ', s.seq), @shash, 'MEMBER',
       'ACTIVE', 'fr', 0, 0, @now - INTERVAL (60 - s.seq) DAY, @now - INTERVAL (60 - s.seq) DAY,
       IF(s.seq % 3 = 0, NULL, @now - INTERVAL s.seq HOUR), 0
  FROM seq_1_to_60 s;
INSERT INTO community_member (id, tenant_id, community_id, member_id, status, created_at, joined_at, version)
SELECT @scm0 + s.seq, @st, @sfeed, @su0 + s.seq, 'ACTIVE', @now - INTERVAL (60 - s.seq) DAY,
       @now - INTERVAL (60 - s.seq) DAY, 0
  FROM seq_1_to_60 s;
INSERT INTO community_post (id, tenant_id, community_id, author_id, body, pin_order, hidden, created_at, version)
SELECT @sp0 + s.seq, @st, @sfeed, @su0 + 1 + s.seq % 60,
       CONCAT('Ma routine du soir : démaquillage doux, sérum, puis la crème de nuit. #', s.seq), 0, FALSE,
       @now - INTERVAL 1 HOUR - INTERVAL (40 - s.seq) DAY, 0
  FROM seq_1_to_40 s;
INSERT INTO engagement_entry (id, tenant_id, member_id, action, reference, points, reason, occurred_at, version)
SELECT @se0 + s.seq, @st, @su0 + 1 + s.seq % 60, 'RECEIVED_REACTION', CONCAT('generated:', s.seq), 2, '',
       @now - INTERVAL (600 - s.seq) HOUR, 0
  FROM seq_1_to_600 s;
INSERT INTO perk_claim (id, tenant_id, perk_id, member_id, status, claimed_at, queued_at, version, turn)
SELECT @scl0 + s.seq, @st, p.id, @su0 + s.seq,
       IF(p.taken + s.seq <= p.capacity, 'CONFIRMED', 'WAITLISTED'),
       @now - INTERVAL (60 - s.seq) MINUTE, @now - INTERVAL (60 - s.seq) MINUTE, 0, p.last_turn + s.seq
  FROM seq_1_to_60 s JOIN perk p ON p.id = @sevent;
UPDATE perk SET taken = LEAST(capacity, taken + 60), last_turn = last_turn + 60 WHERE id = @sevent;

ANALYZE TABLE app_user, community, community_member, community_post, engagement_entry, perk, perk_claim;

SELECT (SELECT COUNT(*) FROM app_user WHERE tenant_id = @t) AS people,
       (SELECT COUNT(*) FROM engagement_entry WHERE tenant_id = @t) AS ledger_lines,
       (SELECT COUNT(*) FROM community_post WHERE tenant_id = @t) AS posts,
       (SELECT COUNT(*) FROM perk_claim WHERE tenant_id = @t) AS claims,
       (SELECT COUNT(*) FROM perk WHERE tenant_id = @t) AS perks,
       (SELECT COUNT(*) FROM community_member WHERE tenant_id = @t) AS memberships,
       @k0 + 1 AS busy_perk, @feed AS feed_community,
       (SELECT COUNT(*) FROM app_user WHERE tenant_id = @st) AS small_people,
       (SELECT COUNT(*) FROM community_post WHERE tenant_id = @st) AS small_posts,
       (SELECT COUNT(*) FROM perk_claim WHERE tenant_id = @st) AS small_claims;
