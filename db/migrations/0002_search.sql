-- Full-text search over everything a consultant might type a word from (docs/data-model.md).
-- One FTS5 table for all sources, so bm25 ranks them against each other. Its rowid encodes the
-- source: rowid = id * 8 + kind (1 client, 2 person, 3 life event, 4 visit, 5 incident,
-- 6 know-how), which lets triggers find a row's entry by rowid instead of scanning.
-- `name` holds names and titles (weighted higher when ranking); `body` the longer text.
-- Triggers keep it in step with every write, and only rows outside the trash are indexed.
CREATE VIRTUAL TABLE `search_index` USING fts5(name, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE TRIGGER `clients_search_insert` AFTER INSERT ON `clients` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body) VALUES (new.id * 8 + 1, new.name, new.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_update` AFTER UPDATE OF id, name, notes, deleted_at ON `clients` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
  INSERT INTO search_index (rowid, name, body) SELECT new.id * 8 + 1, new.name, new.notes WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_delete` AFTER DELETE ON `clients` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body) VALUES (new.id * 8 + 2, concat_ws(' ', new.given_name, new.family_name, new.nickname), new.interests);
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE OF id, given_name, family_name, nickname, interests, deleted_at ON `people` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
  INSERT INTO search_index (rowid, name, body) SELECT new.id * 8 + 2, concat_ws(' ', new.given_name, new.family_name, new.nickname), new.interests WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_delete` AFTER DELETE ON `people` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `life_events_search_insert` AFTER INSERT ON `life_events` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body) VALUES (new.id * 8 + 3, new.title, new.notes);
END;
--> statement-breakpoint
CREATE TRIGGER `life_events_search_update` AFTER UPDATE OF id, title, notes, deleted_at ON `life_events` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
  INSERT INTO search_index (rowid, name, body) SELECT new.id * 8 + 3, new.title, new.notes WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `life_events_search_delete` AFTER DELETE ON `life_events` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `visits_search_insert` AFTER INSERT ON `visits` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body) VALUES (new.id * 8 + 4, new.purpose, concat_ws(' · ', new.notes, new.work_done));
END;
--> statement-breakpoint
CREATE TRIGGER `visits_search_update` AFTER UPDATE OF id, purpose, notes, work_done, deleted_at ON `visits` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
  INSERT INTO search_index (rowid, name, body) SELECT new.id * 8 + 4, new.purpose, concat_ws(' · ', new.notes, new.work_done) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `visits_search_delete` AFTER DELETE ON `visits` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_search_insert` AFTER INSERT ON `incidents` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body) VALUES (new.id * 8 + 5, new.summary, concat_ws(' · ', new.cause, new.prevention));
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_search_update` AFTER UPDATE OF id, summary, cause, prevention, deleted_at ON `incidents` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
  INSERT INTO search_index (rowid, name, body) SELECT new.id * 8 + 5, new.summary, concat_ws(' · ', new.cause, new.prevention) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_search_delete` AFTER DELETE ON `incidents` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 5;
END;
--> statement-breakpoint
CREATE TRIGGER `know_how_search_insert` AFTER INSERT ON `know_how` WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_index (rowid, name, body) VALUES (new.id * 8 + 6, new.question, new.answer);
END;
--> statement-breakpoint
CREATE TRIGGER `know_how_search_update` AFTER UPDATE OF id, question, answer, deleted_at ON `know_how` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
  INSERT INTO search_index (rowid, name, body) SELECT new.id * 8 + 6, new.question, new.answer WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `know_how_search_delete` AFTER DELETE ON `know_how` BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 8 + 6;
END;
--> statement-breakpoint
-- Index what an existing database already holds.
INSERT INTO search_index (rowid, name, body) SELECT id * 8 + 1, name, notes FROM clients WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body) SELECT id * 8 + 2, concat_ws(' ', given_name, family_name, nickname), interests FROM people WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body) SELECT id * 8 + 3, title, notes FROM life_events WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body) SELECT id * 8 + 4, purpose, concat_ws(' · ', notes, work_done) FROM visits WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body) SELECT id * 8 + 5, summary, concat_ws(' · ', cause, prevention) FROM incidents WHERE deleted_at IS NULL;
--> statement-breakpoint
INSERT INTO search_index (rowid, name, body) SELECT id * 8 + 6, question, answer FROM know_how WHERE deleted_at IS NULL;
