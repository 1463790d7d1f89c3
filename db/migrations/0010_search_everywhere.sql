-- Search, second version (issue 11): faster as you type, Chinese and Japanese from one character,
-- person notes, follow-ups and phone numbers (docs/data-model.md, "Search").
--
-- rowid = (priority << 40) + id * 8 + source, so reading matches in rowid order, highest first,
-- gives people, then clients, then life events, know-how, incidents, follow-ups and visits,
-- newest first within each; a query stops after the few it needs, however common the word.
-- Sources: 1 client, 2 person, 3 life event, 4 visit, 5 incident, 6 know-how, 7 follow-up.
-- Columns: name (names and titles) and body (longer text) as written; name_chars and body_chars
-- hold their Han and kana characters one by one (search_characters), phone the numbers as
-- digits and their last nine digits (search_phone). Both functions are registered on every
-- connection (db/search-functions.ts) and come from src/search/terms.ts.
--> statement-breakpoint
DROP TRIGGER `clients_search_insert`;
--> statement-breakpoint
DROP TRIGGER `clients_search_update`;
--> statement-breakpoint
DROP TRIGGER `clients_search_delete`;
--> statement-breakpoint
DROP TRIGGER `people_search_insert`;
--> statement-breakpoint
DROP TRIGGER `people_search_update`;
--> statement-breakpoint
DROP TRIGGER `people_search_delete`;
--> statement-breakpoint
DROP TRIGGER `life_events_search_insert`;
--> statement-breakpoint
DROP TRIGGER `life_events_search_update`;
--> statement-breakpoint
DROP TRIGGER `life_events_search_delete`;
--> statement-breakpoint
DROP TRIGGER `visits_search_insert`;
--> statement-breakpoint
DROP TRIGGER `visits_search_update`;
--> statement-breakpoint
DROP TRIGGER `visits_search_delete`;
--> statement-breakpoint
DROP TRIGGER `incidents_search_insert`;
--> statement-breakpoint
DROP TRIGGER `incidents_search_update`;
--> statement-breakpoint
DROP TRIGGER `incidents_search_delete`;
--> statement-breakpoint
DROP TRIGGER `know_how_search_insert`;
--> statement-breakpoint
DROP TRIGGER `know_how_search_update`;
--> statement-breakpoint
DROP TRIGGER `know_how_search_delete`;
--> statement-breakpoint
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(name, body, name_chars, body_chars, phone, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((6 << 40) + new.id * 8 + 2, concat_ws(' ', new.given_name, new.family_name, new.nickname), concat_ws(' · ', new.interests, new.notes), search_characters(concat_ws(' ', new.given_name, new.family_name, new.nickname)), search_characters(concat_ws(' · ', new.interests, new.notes)), search_phone(new.phone));
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE OF id, given_name, family_name, nickname, interests, notes, phone, deleted_at ON `people` BEGIN
  DELETE FROM search_index WHERE rowid = (6 << 40) + old.id * 8 + 2;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + new.id * 8 + 2, concat_ws(' ', new.given_name, new.family_name, new.nickname), concat_ws(' · ', new.interests, new.notes), search_characters(concat_ws(' ', new.given_name, new.family_name, new.nickname)), search_characters(concat_ws(' · ', new.interests, new.notes)), search_phone(new.phone) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
  DELETE FROM search_index WHERE rowid = (6 << 40) + old.id * 8 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_insert` AFTER INSERT ON `clients` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((5 << 40) + new.id * 8 + 1, new.name, new.notes, search_characters(new.name), search_characters(new.notes), search_phone(new.phone));
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_update` AFTER UPDATE OF id, name, notes, phone, deleted_at ON `clients` BEGIN
  DELETE FROM search_index WHERE rowid = (5 << 40) + old.id * 8 + 1;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + new.id * 8 + 1, new.name, new.notes, search_characters(new.name), search_characters(new.notes), search_phone(new.phone) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_delete` AFTER DELETE ON `clients` BEGIN
  DELETE FROM search_index WHERE rowid = (5 << 40) + old.id * 8 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `life_events_search_insert` AFTER INSERT ON `life_events` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((4 << 40) + new.id * 8 + 3, new.title, new.notes, search_characters(new.title), search_characters(new.notes), null);
END;
--> statement-breakpoint
CREATE TRIGGER `life_events_search_update` AFTER UPDATE OF id, title, notes, deleted_at ON `life_events` BEGIN
  DELETE FROM search_index WHERE rowid = (4 << 40) + old.id * 8 + 3;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (4 << 40) + new.id * 8 + 3, new.title, new.notes, search_characters(new.title), search_characters(new.notes), null WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `life_events_search_delete` AFTER DELETE ON `life_events` BEGIN
  DELETE FROM search_index WHERE rowid = (4 << 40) + old.id * 8 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `know_how_search_insert` AFTER INSERT ON `know_how` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((3 << 40) + new.id * 8 + 6, new.question, new.answer, search_characters(new.question), search_characters(new.answer), null);
END;
--> statement-breakpoint
CREATE TRIGGER `know_how_search_update` AFTER UPDATE OF id, question, answer, deleted_at ON `know_how` BEGIN
  DELETE FROM search_index WHERE rowid = (3 << 40) + old.id * 8 + 6;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (3 << 40) + new.id * 8 + 6, new.question, new.answer, search_characters(new.question), search_characters(new.answer), null WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `know_how_search_delete` AFTER DELETE ON `know_how` BEGIN
  DELETE FROM search_index WHERE rowid = (3 << 40) + old.id * 8 + 6;
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_search_insert` AFTER INSERT ON `incidents` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((2 << 40) + new.id * 8 + 5, new.summary, concat_ws(' · ', new.cause, new.prevention), search_characters(new.summary), search_characters(concat_ws(' · ', new.cause, new.prevention)), null);
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_search_update` AFTER UPDATE OF id, summary, cause, prevention, deleted_at ON `incidents` BEGIN
  DELETE FROM search_index WHERE rowid = (2 << 40) + old.id * 8 + 5;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (2 << 40) + new.id * 8 + 5, new.summary, concat_ws(' · ', new.cause, new.prevention), search_characters(new.summary), search_characters(concat_ws(' · ', new.cause, new.prevention)), null WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_search_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM search_index WHERE rowid = (2 << 40) + old.id * 8 + 5;
END;
--> statement-breakpoint
CREATE TRIGGER `follow_ups_search_insert` AFTER INSERT ON `follow_ups` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((1 << 40) + new.id * 8 + 7, null, concat_ws(' · ', new.context, new.outcome), search_characters(null), search_characters(concat_ws(' · ', new.context, new.outcome)), null);
END;
--> statement-breakpoint
CREATE TRIGGER `follow_ups_search_update` AFTER UPDATE OF id, context, outcome, deleted_at ON `follow_ups` BEGIN
  DELETE FROM search_index WHERE rowid = (1 << 40) + old.id * 8 + 7;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (1 << 40) + new.id * 8 + 7, null, concat_ws(' · ', new.context, new.outcome), search_characters(null), search_characters(concat_ws(' · ', new.context, new.outcome)), null WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `follow_ups_search_delete` AFTER DELETE ON `follow_ups` BEGIN
  DELETE FROM search_index WHERE rowid = (1 << 40) + old.id * 8 + 7;
END;
--> statement-breakpoint
CREATE TRIGGER `visits_search_insert` AFTER INSERT ON `visits` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((0 << 40) + new.id * 8 + 4, new.purpose, concat_ws(' · ', new.notes, new.work_done), search_characters(new.purpose), search_characters(concat_ws(' · ', new.notes, new.work_done)), null);
END;
--> statement-breakpoint
CREATE TRIGGER `visits_search_update` AFTER UPDATE OF id, purpose, notes, work_done, deleted_at ON `visits` BEGIN
  DELETE FROM search_index WHERE rowid = (0 << 40) + old.id * 8 + 4;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (0 << 40) + new.id * 8 + 4, new.purpose, concat_ws(' · ', new.notes, new.work_done), search_characters(new.purpose), search_characters(concat_ws(' · ', new.notes, new.work_done)), null WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `visits_search_delete` AFTER DELETE ON `visits` BEGIN
  DELETE FROM search_index WHERE rowid = (0 << 40) + old.id * 8 + 4;
END;
--> statement-breakpoint
-- Index what an existing database already holds, outside the trash.
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + id * 8 + 2, concat_ws(' ', given_name, family_name, nickname), concat_ws(' · ', interests, notes), search_characters(concat_ws(' ', given_name, family_name, nickname)), search_characters(concat_ws(' · ', interests, notes)), search_phone(phone) FROM `people` WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + id * 8 + 1, name, notes, search_characters(name), search_characters(notes), search_phone(phone) FROM `clients` WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (4 << 40) + id * 8 + 3, title, notes, search_characters(title), search_characters(notes), null FROM `life_events` WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (3 << 40) + id * 8 + 6, question, answer, search_characters(question), search_characters(answer), null FROM `know_how` WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (2 << 40) + id * 8 + 5, summary, concat_ws(' · ', cause, prevention), search_characters(summary), search_characters(concat_ws(' · ', cause, prevention)), null FROM `incidents` WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (1 << 40) + id * 8 + 7, null, concat_ws(' · ', context, outcome), search_characters(null), search_characters(concat_ws(' · ', context, outcome)), null FROM `follow_ups` WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (0 << 40) + id * 8 + 4, purpose, concat_ws(' · ', notes, work_done), search_characters(purpose), search_characters(concat_ws(' · ', notes, work_done)), null FROM `visits` WHERE deleted_at IS NULL;
--> statement-breakpoint
-- Deleting a row removes its words from the index at once, so a forgotten person leaves no trace
-- in it (FTS5 would otherwise keep deleted words in old segments until they happen to merge).
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
