CREATE TABLE `contact_details` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer,
	`client_id` integer,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`label` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "contact_details_owner_check" CHECK(("contact_details"."person_id" is null) <> ("contact_details"."client_id" is null)),
	CONSTRAINT "contact_details_kind_check" CHECK("contact_details"."kind" in ('phone', 'email'))
);
--> statement-breakpoint
CREATE INDEX `contact_details_person_idx` ON `contact_details` (`person_id`,`kind`,`position`) WHERE "contact_details"."person_id" is not null;--> statement-breakpoint
CREATE INDEX `contact_details_client_idx` ON `contact_details` (`client_id`,`kind`,`position`) WHERE "contact_details"."client_id" is not null;
--> statement-breakpoint
-- Every number and address held so far becomes the first (primary) entry of its owner's list.
INSERT INTO contact_details (person_id, kind, value, position) SELECT id, 'phone', trim(phone), 0 FROM people WHERE trim(coalesce(phone, '')) <> '' ORDER BY id;
--> statement-breakpoint
INSERT INTO contact_details (person_id, kind, value, position) SELECT id, 'email', trim(email), 0 FROM people WHERE trim(coalesce(email, '')) <> '' ORDER BY id;
--> statement-breakpoint
INSERT INTO contact_details (client_id, kind, value, position) SELECT id, 'phone', trim(phone), 0 FROM clients WHERE trim(coalesce(phone, '')) <> '' ORDER BY id;
--> statement-breakpoint
INSERT INTO contact_details (client_id, kind, value, position) SELECT id, 'email', trim(email), 0 FROM clients WHERE trim(coalesce(email, '')) <> '' ORDER BY id;
--> statement-breakpoint
DROP TRIGGER `people_search_insert`;
--> statement-breakpoint
DROP TRIGGER `people_search_update`;
--> statement-breakpoint
-- Indexes every number of theirs; the entry may already be there when inserting the row added its first number (below).
CREATE TRIGGER `people_search_insert` AFTER INSERT ON `people` WHEN new.deleted_at IS NULL BEGIN
  DELETE FROM search_index WHERE rowid = (6 << 40) + new.id * 8 + 2;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((6 << 40) + new.id * 8 + 2, concat_ws(' ', new.given_name, new.family_name, new.nickname), concat_ws(' · ', new.interests, new.notes), search_characters(concat_ws(' ', new.given_name, new.family_name, new.nickname)), search_characters(concat_ws(' · ', new.interests, new.notes)), search_phone(concat_ws(char(10), new.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE person_id = new.id AND kind = 'phone'))));
END;
--> statement-breakpoint
CREATE TRIGGER `people_search_update` AFTER UPDATE OF id, given_name, family_name, nickname, interests, notes, phone, deleted_at ON `people` BEGIN
  DELETE FROM search_index WHERE rowid = (6 << 40) + old.id * 8 + 2;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + new.id * 8 + 2, concat_ws(' ', new.given_name, new.family_name, new.nickname), concat_ws(' · ', new.interests, new.notes), search_characters(concat_ws(' ', new.given_name, new.family_name, new.nickname)), search_characters(concat_ws(' · ', new.interests, new.notes)), search_phone(concat_ws(char(10), new.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE person_id = new.id AND kind = 'phone'))) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_people_insert` AFTER INSERT ON `contact_details` WHEN new.person_id IS NOT NULL BEGIN
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_people_update` AFTER UPDATE ON `contact_details` WHEN old.person_id IS NOT NULL OR new.person_id IS NOT NULL BEGIN
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.person_id;
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = new.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_people_delete` AFTER DELETE ON `contact_details` WHEN old.person_id IS NOT NULL BEGIN
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.person_id;
END;
--> statement-breakpoint
-- A phone written straight into `people` (an older writer) becomes the first entry of the list.
CREATE TRIGGER `people_phone_insert` AFTER INSERT ON `people` WHEN trim(coalesce(new.phone, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE person_id = new.id AND kind = 'phone') BEGIN
  INSERT INTO contact_details (person_id, kind, value, position, created_at, updated_at) VALUES (new.id, 'phone', trim(new.phone), 0, new.created_at, new.updated_at);
END;
--> statement-breakpoint
-- Replacing `people`.phone directly replaces the primary entry; clearing it removes that entry (the next one becomes primary).
CREATE TRIGGER `people_phone_update` AFTER UPDATE OF phone ON `people` WHEN new.phone IS NOT old.phone AND new.phone IS NOT (SELECT value FROM contact_details WHERE person_id = new.id AND kind = 'phone' ORDER BY position, id LIMIT 1) BEGIN
  DELETE FROM contact_details WHERE trim(coalesce(new.phone, '')) = '' AND id = (SELECT id FROM contact_details WHERE person_id = new.id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE contact_details SET value = trim(new.phone), updated_at = new.updated_at WHERE trim(coalesce(new.phone, '')) <> '' AND id = (SELECT id FROM contact_details WHERE person_id = new.id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  INSERT INTO contact_details (person_id, kind, value, position, created_at, updated_at) SELECT new.id, 'phone', trim(new.phone), 0, new.updated_at, new.updated_at WHERE trim(coalesce(new.phone, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE person_id = new.id AND kind = 'phone');
END;
--> statement-breakpoint
-- A email written straight into `people` (an older writer) becomes the first entry of the list.
CREATE TRIGGER `people_email_insert` AFTER INSERT ON `people` WHEN trim(coalesce(new.email, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE person_id = new.id AND kind = 'email') BEGIN
  INSERT INTO contact_details (person_id, kind, value, position, created_at, updated_at) VALUES (new.id, 'email', trim(new.email), 0, new.created_at, new.updated_at);
END;
--> statement-breakpoint
-- Replacing `people`.email directly replaces the primary entry; clearing it removes that entry (the next one becomes primary).
CREATE TRIGGER `people_email_update` AFTER UPDATE OF email ON `people` WHEN new.email IS NOT old.email AND new.email IS NOT (SELECT value FROM contact_details WHERE person_id = new.id AND kind = 'email' ORDER BY position, id LIMIT 1) BEGIN
  DELETE FROM contact_details WHERE trim(coalesce(new.email, '')) = '' AND id = (SELECT id FROM contact_details WHERE person_id = new.id AND kind = 'email' ORDER BY position, id LIMIT 1);
  UPDATE contact_details SET value = trim(new.email), updated_at = new.updated_at WHERE trim(coalesce(new.email, '')) <> '' AND id = (SELECT id FROM contact_details WHERE person_id = new.id AND kind = 'email' ORDER BY position, id LIMIT 1);
  INSERT INTO contact_details (person_id, kind, value, position, created_at, updated_at) SELECT new.id, 'email', trim(new.email), 0, new.updated_at, new.updated_at WHERE trim(coalesce(new.email, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE person_id = new.id AND kind = 'email');
END;
--> statement-breakpoint
DROP TRIGGER `clients_search_insert`;
--> statement-breakpoint
DROP TRIGGER `clients_search_update`;
--> statement-breakpoint
-- Indexes every number of theirs; the entry may already be there when inserting the row added its first number (below).
CREATE TRIGGER `clients_search_insert` AFTER INSERT ON `clients` WHEN new.deleted_at IS NULL BEGIN
  DELETE FROM search_index WHERE rowid = (5 << 40) + new.id * 8 + 1;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) VALUES ((5 << 40) + new.id * 8 + 1, new.name, new.notes, search_characters(new.name), search_characters(new.notes), search_phone(concat_ws(char(10), new.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE client_id = new.id AND kind = 'phone'))));
END;
--> statement-breakpoint
CREATE TRIGGER `clients_search_update` AFTER UPDATE OF id, name, notes, phone, deleted_at ON `clients` BEGIN
  DELETE FROM search_index WHERE rowid = (5 << 40) + old.id * 8 + 1;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + new.id * 8 + 1, new.name, new.notes, search_characters(new.name), search_characters(new.notes), search_phone(concat_ws(char(10), new.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE client_id = new.id AND kind = 'phone'))) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_clients_insert` AFTER INSERT ON `contact_details` WHEN new.client_id IS NOT NULL BEGIN
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = new.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_clients_update` AFTER UPDATE ON `contact_details` WHEN old.client_id IS NOT NULL OR new.client_id IS NOT NULL BEGIN
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.client_id;
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = new.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_clients_delete` AFTER DELETE ON `contact_details` WHEN old.client_id IS NOT NULL BEGIN
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1), email = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.client_id;
END;
--> statement-breakpoint
-- A phone written straight into `clients` (an older writer) becomes the first entry of the list.
CREATE TRIGGER `clients_phone_insert` AFTER INSERT ON `clients` WHEN trim(coalesce(new.phone, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE client_id = new.id AND kind = 'phone') BEGIN
  INSERT INTO contact_details (client_id, kind, value, position, created_at, updated_at) VALUES (new.id, 'phone', trim(new.phone), 0, new.created_at, new.updated_at);
END;
--> statement-breakpoint
-- Replacing `clients`.phone directly replaces the primary entry; clearing it removes that entry (the next one becomes primary).
CREATE TRIGGER `clients_phone_update` AFTER UPDATE OF phone ON `clients` WHEN new.phone IS NOT old.phone AND new.phone IS NOT (SELECT value FROM contact_details WHERE client_id = new.id AND kind = 'phone' ORDER BY position, id LIMIT 1) BEGIN
  DELETE FROM contact_details WHERE trim(coalesce(new.phone, '')) = '' AND id = (SELECT id FROM contact_details WHERE client_id = new.id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE contact_details SET value = trim(new.phone), updated_at = new.updated_at WHERE trim(coalesce(new.phone, '')) <> '' AND id = (SELECT id FROM contact_details WHERE client_id = new.id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  INSERT INTO contact_details (client_id, kind, value, position, created_at, updated_at) SELECT new.id, 'phone', trim(new.phone), 0, new.updated_at, new.updated_at WHERE trim(coalesce(new.phone, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE client_id = new.id AND kind = 'phone');
END;
--> statement-breakpoint
-- A email written straight into `clients` (an older writer) becomes the first entry of the list.
CREATE TRIGGER `clients_email_insert` AFTER INSERT ON `clients` WHEN trim(coalesce(new.email, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE client_id = new.id AND kind = 'email') BEGIN
  INSERT INTO contact_details (client_id, kind, value, position, created_at, updated_at) VALUES (new.id, 'email', trim(new.email), 0, new.created_at, new.updated_at);
END;
--> statement-breakpoint
-- Replacing `clients`.email directly replaces the primary entry; clearing it removes that entry (the next one becomes primary).
CREATE TRIGGER `clients_email_update` AFTER UPDATE OF email ON `clients` WHEN new.email IS NOT old.email AND new.email IS NOT (SELECT value FROM contact_details WHERE client_id = new.id AND kind = 'email' ORDER BY position, id LIMIT 1) BEGIN
  DELETE FROM contact_details WHERE trim(coalesce(new.email, '')) = '' AND id = (SELECT id FROM contact_details WHERE client_id = new.id AND kind = 'email' ORDER BY position, id LIMIT 1);
  UPDATE contact_details SET value = trim(new.email), updated_at = new.updated_at WHERE trim(coalesce(new.email, '')) <> '' AND id = (SELECT id FROM contact_details WHERE client_id = new.id AND kind = 'email' ORDER BY position, id LIMIT 1);
  INSERT INTO contact_details (client_id, kind, value, position, created_at, updated_at) SELECT new.id, 'email', trim(new.email), 0, new.updated_at, new.updated_at WHERE trim(coalesce(new.email, '')) <> '' AND NOT EXISTS (SELECT 1 FROM contact_details WHERE client_id = new.id AND kind = 'email');
END;
