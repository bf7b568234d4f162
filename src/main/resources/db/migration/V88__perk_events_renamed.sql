-- The perk events were gathered into PerkActivity and their listeners into PerkEffects. Spring
-- Modulith reads a pending publication's event by its stored class name and finds its listener by
-- its stored id (class.method(parameter types)): rewrite both, so that effects interrupted before
-- the rename still complete after it.
UPDATE event_publication
   SET event_type = REPLACE(event_type, 'app.ambassade.perks.PerkOperationsEvents$', 'app.ambassade.perks.PerkActivity$')
 WHERE event_type LIKE 'app.ambassade.perks.PerkOperationsEvents$%';

UPDATE event_publication
   SET listener_id = REPLACE(REPLACE(REPLACE(listener_id,
           'app.ambassade.perks.PerkOperationsEvents$', 'app.ambassade.perks.PerkActivity$'),
           'app.ambassade.perks.ClaimListeners.', 'app.ambassade.perks.PerkEffects.'),
           'app.ambassade.perks.PerkOperationsListener.', 'app.ambassade.perks.PerkEffects.')
 WHERE listener_id LIKE 'app.ambassade.perks.ClaimListeners.%'
    OR listener_id LIKE 'app.ambassade.perks.PerkOperationsListener.%';
