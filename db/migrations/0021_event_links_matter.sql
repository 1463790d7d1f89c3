-- A briefing reads the events of everyone around a visit, and a client of twenty years has hundreds told long ago:
-- each was read to be judged and turned away (Home's five visit cards read 504 on a database of 20,000 people
-- to keep 162). Now each link of an event to a person carries the last day the event can still matter
-- (`event_matters_through`, src/briefing/event-relevance.ts), kept by the triggers below, and a briefing reads only
-- the links that reach its day, in life_event_people_matters_idx.
ALTER TABLE `life_event_people` ADD `matters_through` text;--> statement-breakpoint
UPDATE `life_event_people` SET matters_through = (SELECT event_matters_through(e.type_key, e.date, e.end_date, e.precision, e.ongoing) FROM life_events e WHERE e.id = life_event_people.event_id);--> statement-breakpoint
CREATE INDEX `life_event_people_matters_idx` ON `life_event_people` (`person_id`,`matters_through`,`event_id`);--> statement-breakpoint
-- Someone added to an event, or a link moved to another event.
CREATE TRIGGER `life_event_people_matters_insert` AFTER INSERT ON `life_event_people` BEGIN
  UPDATE `life_event_people` SET matters_through = (SELECT event_matters_through(e.type_key, e.date, e.end_date, e.precision, e.ongoing) FROM life_events e WHERE e.id = new.event_id) WHERE event_id = new.event_id AND person_id = new.person_id;
END;--> statement-breakpoint
CREATE TRIGGER `life_event_people_matters_move` AFTER UPDATE OF event_id ON `life_event_people` WHEN old.event_id IS NOT new.event_id BEGIN
  UPDATE `life_event_people` SET matters_through = (SELECT event_matters_through(e.type_key, e.date, e.end_date, e.precision, e.ongoing) FROM life_events e WHERE e.id = new.event_id) WHERE event_id = new.event_id AND person_id = new.person_id;
END;--> statement-breakpoint
-- An event's type, dates or "ongoing" changed: each of its links.
CREATE TRIGGER `life_events_matters_update` AFTER UPDATE OF type_key, date, end_date, precision, ongoing ON `life_events` BEGIN
  UPDATE `life_event_people` SET matters_through = event_matters_through(new.type_key, new.date, new.end_date, new.precision, new.ongoing) WHERE event_id = new.id AND matters_through IS NOT event_matters_through(new.type_key, new.date, new.end_date, new.precision, new.ongoing);
END;
