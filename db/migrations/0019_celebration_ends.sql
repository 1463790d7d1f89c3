-- Home counts a fortnight's anniversaries on every opening (about 800 on a database of 20,000 people), and
-- each was checked against three rules as it was counted: nobody on it has died, no two on it have split up,
-- and it names someone or a client outside the trash. Those checks cost four times the count itself. Now each
-- event carries the day its anniversaries stop being celebrated (`celebration_ends_on`), kept by the triggers
-- below whenever what the rules read changes, and the count reads it from the covering index:
--   null  celebrated;
--   ''    not at all: someone on it has died, or it names nobody and no client outside the trash;
--   a day the earliest day two people on it (neither in the trash) split up: celebrated before it.
-- Only yearly events have anniversaries, so only theirs is kept (`event_recurs_yearly`, from the catalogue); any
-- other event's stays null and is never read, and the triggers pass over them at the cost of one lookup.
DROP INDEX `life_events_yearly_cover_idx`;--> statement-breakpoint
ALTER TABLE `life_events` ADD `celebration_ends_on` text;--> statement-breakpoint
-- The rules, written once: each trigger asks this view for the events it may have changed.
CREATE VIEW `celebration_ends` AS SELECT e.id AS event_id, CASE
  WHEN NOT event_recurs_yearly(e.type_key) THEN NULL
  WHEN EXISTS (SELECT 1 FROM life_event_people lp JOIN people p ON p.id = lp.person_id WHERE lp.event_id = e.id AND p.died_on IS NOT NULL AND p.deleted_at IS NULL) THEN ''
  WHEN NOT (EXISTS (SELECT 1 FROM life_event_people lp JOIN people p ON p.id = lp.person_id WHERE lp.event_id = e.id AND p.deleted_at IS NULL)
         OR EXISTS (SELECT 1 FROM clients c WHERE c.id = e.client_id AND c.deleted_at IS NULL)) THEN ''
  ELSE (SELECT min(r.until) FROM life_event_people a
          JOIN relationships r ON r.person_a_id = a.person_id
          JOIN life_event_people b ON b.event_id = a.event_id AND b.person_id = r.person_b_id
          JOIN people pa ON pa.id = a.person_id
          JOIN people pb ON pb.id = b.person_id
        WHERE a.event_id = e.id AND r.kind IN ('partner', 'spouse') AND r.until IS NOT NULL AND pa.deleted_at IS NULL AND pb.deleted_at IS NULL)
END AS ends_on FROM life_events e;--> statement-breakpoint
UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id) WHERE event_recurs_yearly(type_key);--> statement-breakpoint
CREATE INDEX `life_events_yearly_cover_idx` ON `life_events` (`type_key`, substr(`date`, 6), `deleted_at`, `tone_override`, `date`, `precision`, `client_id`, `celebration_ends_on`);--> statement-breakpoint
-- A new event, or one moved to another client or given another type.
CREATE TRIGGER `life_events_celebration_insert` AFTER INSERT ON `life_events` WHEN event_recurs_yearly(new.type_key) BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = new.id) WHERE id = new.id AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = new.id);
END;--> statement-breakpoint
CREATE TRIGGER `life_events_celebration_client` AFTER UPDATE OF client_id, type_key ON `life_events` WHEN old.client_id IS NOT new.client_id OR old.type_key IS NOT new.type_key BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = new.id) WHERE id = new.id AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = new.id);
END;--> statement-breakpoint
-- Someone added to an event or taken off it (forgetting a person takes them off every event).
CREATE TRIGGER `life_event_people_celebration_insert` AFTER INSERT ON `life_event_people` WHEN event_recurs_yearly((SELECT type_key FROM life_events WHERE id = new.event_id)) BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = new.event_id) WHERE id = new.event_id AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = new.event_id);
END;--> statement-breakpoint
CREATE TRIGGER `life_event_people_celebration_delete` AFTER DELETE ON `life_event_people` WHEN event_recurs_yearly((SELECT type_key FROM life_events WHERE id = old.event_id)) BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = old.event_id) WHERE id = old.event_id AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = old.event_id);
END;--> statement-breakpoint
CREATE TRIGGER `life_event_people_celebration_update` AFTER UPDATE OF event_id, person_id ON `life_event_people` BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id) WHERE id IN (old.event_id, new.event_id) AND event_recurs_yearly(type_key) AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id);
END;--> statement-breakpoint
-- A death recorded or taken back, a person put in the trash or restored: every event they are on.
CREATE TRIGGER `people_celebration_update` AFTER UPDATE OF died_on, deleted_at ON `people` WHEN old.died_on IS NOT new.died_on OR old.deleted_at IS NOT new.deleted_at BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id) WHERE id IN (SELECT event_id FROM life_event_people WHERE person_id = new.id) AND event_recurs_yearly(type_key) AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id);
END;--> statement-breakpoint
-- A client put in the trash or restored: its events.
CREATE TRIGGER `clients_celebration_update` AFTER UPDATE OF deleted_at ON `clients` WHEN old.deleted_at IS NOT new.deleted_at BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id) WHERE client_id = new.id AND event_recurs_yearly(type_key) AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id);
END;--> statement-breakpoint
-- A couple's relationship recorded, changed or removed: the events with both of them on.
CREATE TRIGGER `relationships_celebration_insert` AFTER INSERT ON `relationships` WHEN new.kind IN ('partner', 'spouse') AND new.until IS NOT NULL BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id) WHERE id IN (SELECT a.event_id FROM life_event_people a JOIN life_event_people b ON b.event_id = a.event_id WHERE a.person_id = new.person_a_id AND b.person_id = new.person_b_id) AND event_recurs_yearly(type_key) AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id);
END;--> statement-breakpoint
CREATE TRIGGER `relationships_celebration_update` AFTER UPDATE ON `relationships` WHEN (old.kind IN ('partner', 'spouse') AND old.until IS NOT NULL) OR (new.kind IN ('partner', 'spouse') AND new.until IS NOT NULL) BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id)
    WHERE id IN (SELECT a.event_id FROM life_event_people a JOIN life_event_people b ON b.event_id = a.event_id WHERE (a.person_id = old.person_a_id AND b.person_id = old.person_b_id) OR (a.person_id = new.person_a_id AND b.person_id = new.person_b_id))
      AND event_recurs_yearly(type_key) AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id);
END;--> statement-breakpoint
CREATE TRIGGER `relationships_celebration_delete` AFTER DELETE ON `relationships` WHEN old.kind IN ('partner', 'spouse') AND old.until IS NOT NULL BEGIN
  UPDATE `life_events` SET celebration_ends_on = (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id) WHERE id IN (SELECT a.event_id FROM life_event_people a JOIN life_event_people b ON b.event_id = a.event_id WHERE a.person_id = old.person_a_id AND b.person_id = old.person_b_id) AND event_recurs_yearly(type_key) AND celebration_ends_on IS NOT (SELECT ends_on FROM celebration_ends WHERE event_id = life_events.id);
END;
