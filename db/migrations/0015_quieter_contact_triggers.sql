-- The triggers of 0014 kept `phone`/`email` and `contact_details` in step by writing the owner's row on every
-- entry, and every such write re-indexed them for search (an FTS5 delete with secure-delete on): an import of
-- 5,000 cards became four times slower. Now a write that changes nothing writes nothing, and search re-indexes once.
DROP TRIGGER `people_search_update`;
--> statement-breakpoint
-- Re-indexes only when something it indexes really changed (a trigger that writes the same number back no longer rewrites the entry).
CREATE TRIGGER `people_search_update` AFTER UPDATE OF id, given_name, family_name, nickname, interests, notes, phone, deleted_at ON `people` WHEN old.id IS NOT new.id OR old.given_name IS NOT new.given_name OR old.family_name IS NOT new.family_name OR old.nickname IS NOT new.nickname OR old.interests IS NOT new.interests OR old.notes IS NOT new.notes OR old.phone IS NOT new.phone OR old.deleted_at IS NOT new.deleted_at BEGIN
  DELETE FROM search_index WHERE rowid = (6 << 40) + old.id * 8 + 2;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + p.id * 8 + 2, concat_ws(' ', p.given_name, p.family_name, p.nickname), concat_ws(' · ', p.interests, p.notes), search_characters(concat_ws(' ', p.given_name, p.family_name, p.nickname)), search_characters(concat_ws(' · ', p.interests, p.notes)), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE person_id = p.id AND kind = 'phone'))) FROM `people` p WHERE p.id = new.id AND p.deleted_at IS NULL;
END;
--> statement-breakpoint
DROP TRIGGER `contact_details_people_insert`;
--> statement-breakpoint
DROP TRIGGER `contact_details_people_update`;
--> statement-breakpoint
DROP TRIGGER `contact_details_people_delete`;
--> statement-breakpoint
-- A new entry sets the owner's phone or e-mail only when it becomes the first of its list (that change re-indexes them);
-- another number, which leaves the first as it is, is indexed here. The owner's own first number, written as they were
-- inserted, is already in their entry.
CREATE TRIGGER `contact_details_people_insert` AFTER INSERT ON `contact_details` WHEN new.person_id IS NOT NULL BEGIN
  DELETE FROM search_index WHERE new.kind = 'phone' AND rowid = (6 << 40) + new.person_id * 8 + 2 AND (SELECT phone FROM `people` WHERE id = new.person_id) IS (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1) AND NOT ((SELECT phone FROM `people` WHERE id = new.person_id) IS new.value AND (SELECT count(*) FROM contact_details WHERE person_id = new.person_id AND kind = 'phone') = 1);
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + p.id * 8 + 2, concat_ws(' ', p.given_name, p.family_name, p.nickname), concat_ws(' · ', p.interests, p.notes), search_characters(concat_ws(' ', p.given_name, p.family_name, p.nickname)), search_characters(concat_ws(' · ', p.interests, p.notes)), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE person_id = p.id AND kind = 'phone'))) FROM `people` p WHERE p.id = new.person_id AND p.deleted_at IS NULL AND new.kind = 'phone' AND (SELECT phone FROM `people` WHERE id = new.person_id) IS (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1) AND NOT ((SELECT phone FROM `people` WHERE id = new.person_id) IS new.value AND (SELECT count(*) FROM contact_details WHERE person_id = new.person_id AND kind = 'phone') = 1);
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE new.kind = 'phone' AND id = new.person_id AND phone IS NOT (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `people` SET email = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE new.kind = 'email' AND id = new.person_id AND email IS NOT (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'email' ORDER BY position, id LIMIT 1);
END;
--> statement-breakpoint
-- A changed or moved entry: the owners' first phone and e-mail follow their lists, and a changed number is re-indexed.
CREATE TRIGGER `contact_details_people_update` AFTER UPDATE ON `contact_details` WHEN old.person_id IS NOT NULL OR new.person_id IS NOT NULL BEGIN
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE id = old.person_id AND phone IS NOT (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `people` SET email = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.person_id AND email IS NOT (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'email' ORDER BY position, id LIMIT 1);
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE id = new.person_id AND phone IS NOT (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `people` SET email = (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = new.person_id AND email IS NOT (SELECT value FROM contact_details WHERE person_id = new.person_id AND kind = 'email' ORDER BY position, id LIMIT 1);
  DELETE FROM search_index WHERE (old.kind = 'phone' OR new.kind = 'phone') AND (old.value IS NOT new.value OR old.kind IS NOT new.kind OR old.person_id IS NOT new.person_id) AND rowid IN ((6 << 40) + old.person_id * 8 + 2, (6 << 40) + new.person_id * 8 + 2);
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + p.id * 8 + 2, concat_ws(' ', p.given_name, p.family_name, p.nickname), concat_ws(' · ', p.interests, p.notes), search_characters(concat_ws(' ', p.given_name, p.family_name, p.nickname)), search_characters(concat_ws(' · ', p.interests, p.notes)), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE person_id = p.id AND kind = 'phone'))) FROM `people` p WHERE p.id = old.person_id AND p.deleted_at IS NULL AND (old.kind = 'phone' OR new.kind = 'phone') AND (old.value IS NOT new.value OR old.kind IS NOT new.kind OR old.person_id IS NOT new.person_id);
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + p.id * 8 + 2, concat_ws(' ', p.given_name, p.family_name, p.nickname), concat_ws(' · ', p.interests, p.notes), search_characters(concat_ws(' ', p.given_name, p.family_name, p.nickname)), search_characters(concat_ws(' · ', p.interests, p.notes)), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE person_id = p.id AND kind = 'phone'))) FROM `people` p WHERE p.id = new.person_id AND p.deleted_at IS NULL AND (old.kind = 'phone' OR new.kind = 'phone') AND (old.value IS NOT new.value OR old.kind IS NOT new.kind OR old.person_id IS NOT new.person_id) AND new.person_id IS NOT old.person_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_people_delete` AFTER DELETE ON `contact_details` WHEN old.person_id IS NOT NULL BEGIN
  UPDATE `people` SET phone = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE id = old.person_id AND phone IS NOT (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `people` SET email = (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.person_id AND email IS NOT (SELECT value FROM contact_details WHERE person_id = old.person_id AND kind = 'email' ORDER BY position, id LIMIT 1);
  DELETE FROM search_index WHERE old.kind = 'phone' AND rowid = (6 << 40) + old.person_id * 8 + 2;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (6 << 40) + p.id * 8 + 2, concat_ws(' ', p.given_name, p.family_name, p.nickname), concat_ws(' · ', p.interests, p.notes), search_characters(concat_ws(' ', p.given_name, p.family_name, p.nickname)), search_characters(concat_ws(' · ', p.interests, p.notes)), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE person_id = p.id AND kind = 'phone'))) FROM `people` p WHERE p.id = old.person_id AND p.deleted_at IS NULL AND old.kind = 'phone';
END;
--> statement-breakpoint
DROP TRIGGER `clients_search_update`;
--> statement-breakpoint
-- Re-indexes only when something it indexes really changed (a trigger that writes the same number back no longer rewrites the entry).
CREATE TRIGGER `clients_search_update` AFTER UPDATE OF id, name, notes, phone, deleted_at ON `clients` WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.notes IS NOT new.notes OR old.phone IS NOT new.phone OR old.deleted_at IS NOT new.deleted_at BEGIN
  DELETE FROM search_index WHERE rowid = (5 << 40) + old.id * 8 + 1;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + p.id * 8 + 1, p.name, p.notes, search_characters(p.name), search_characters(p.notes), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE client_id = p.id AND kind = 'phone'))) FROM `clients` p WHERE p.id = new.id AND p.deleted_at IS NULL;
END;
--> statement-breakpoint
DROP TRIGGER `contact_details_clients_insert`;
--> statement-breakpoint
DROP TRIGGER `contact_details_clients_update`;
--> statement-breakpoint
DROP TRIGGER `contact_details_clients_delete`;
--> statement-breakpoint
-- A new entry sets the owner's phone or e-mail only when it becomes the first of its list (that change re-indexes them);
-- another number, which leaves the first as it is, is indexed here. The owner's own first number, written as they were
-- inserted, is already in their entry.
CREATE TRIGGER `contact_details_clients_insert` AFTER INSERT ON `contact_details` WHEN new.client_id IS NOT NULL BEGIN
  DELETE FROM search_index WHERE new.kind = 'phone' AND rowid = (5 << 40) + new.client_id * 8 + 1 AND (SELECT phone FROM `clients` WHERE id = new.client_id) IS (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1) AND NOT ((SELECT phone FROM `clients` WHERE id = new.client_id) IS new.value AND (SELECT count(*) FROM contact_details WHERE client_id = new.client_id AND kind = 'phone') = 1);
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + p.id * 8 + 1, p.name, p.notes, search_characters(p.name), search_characters(p.notes), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE client_id = p.id AND kind = 'phone'))) FROM `clients` p WHERE p.id = new.client_id AND p.deleted_at IS NULL AND new.kind = 'phone' AND (SELECT phone FROM `clients` WHERE id = new.client_id) IS (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1) AND NOT ((SELECT phone FROM `clients` WHERE id = new.client_id) IS new.value AND (SELECT count(*) FROM contact_details WHERE client_id = new.client_id AND kind = 'phone') = 1);
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE new.kind = 'phone' AND id = new.client_id AND phone IS NOT (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `clients` SET email = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE new.kind = 'email' AND id = new.client_id AND email IS NOT (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'email' ORDER BY position, id LIMIT 1);
END;
--> statement-breakpoint
-- A changed or moved entry: the owners' first phone and e-mail follow their lists, and a changed number is re-indexed.
CREATE TRIGGER `contact_details_clients_update` AFTER UPDATE ON `contact_details` WHEN old.client_id IS NOT NULL OR new.client_id IS NOT NULL BEGIN
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE id = old.client_id AND phone IS NOT (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `clients` SET email = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.client_id AND email IS NOT (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'email' ORDER BY position, id LIMIT 1);
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE id = new.client_id AND phone IS NOT (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `clients` SET email = (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = new.client_id AND email IS NOT (SELECT value FROM contact_details WHERE client_id = new.client_id AND kind = 'email' ORDER BY position, id LIMIT 1);
  DELETE FROM search_index WHERE (old.kind = 'phone' OR new.kind = 'phone') AND (old.value IS NOT new.value OR old.kind IS NOT new.kind OR old.client_id IS NOT new.client_id) AND rowid IN ((5 << 40) + old.client_id * 8 + 1, (5 << 40) + new.client_id * 8 + 1);
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + p.id * 8 + 1, p.name, p.notes, search_characters(p.name), search_characters(p.notes), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE client_id = p.id AND kind = 'phone'))) FROM `clients` p WHERE p.id = old.client_id AND p.deleted_at IS NULL AND (old.kind = 'phone' OR new.kind = 'phone') AND (old.value IS NOT new.value OR old.kind IS NOT new.kind OR old.client_id IS NOT new.client_id);
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + p.id * 8 + 1, p.name, p.notes, search_characters(p.name), search_characters(p.notes), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE client_id = p.id AND kind = 'phone'))) FROM `clients` p WHERE p.id = new.client_id AND p.deleted_at IS NULL AND (old.kind = 'phone' OR new.kind = 'phone') AND (old.value IS NOT new.value OR old.kind IS NOT new.kind OR old.client_id IS NOT new.client_id) AND new.client_id IS NOT old.client_id;
END;
--> statement-breakpoint
CREATE TRIGGER `contact_details_clients_delete` AFTER DELETE ON `contact_details` WHEN old.client_id IS NOT NULL BEGIN
  UPDATE `clients` SET phone = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1) WHERE id = old.client_id AND phone IS NOT (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'phone' ORDER BY position, id LIMIT 1);
  UPDATE `clients` SET email = (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'email' ORDER BY position, id LIMIT 1) WHERE id = old.client_id AND email IS NOT (SELECT value FROM contact_details WHERE client_id = old.client_id AND kind = 'email' ORDER BY position, id LIMIT 1);
  DELETE FROM search_index WHERE old.kind = 'phone' AND rowid = (5 << 40) + old.client_id * 8 + 1;
  INSERT INTO search_index (rowid, name, body, name_chars, body_chars, phone) SELECT (5 << 40) + p.id * 8 + 1, p.name, p.notes, search_characters(p.name), search_characters(p.notes), search_phone(concat_ws(char(10), p.phone, (SELECT group_concat(value, char(10)) FROM contact_details WHERE client_id = p.id AND kind = 'phone'))) FROM `clients` p WHERE p.id = old.client_id AND p.deleted_at IS NULL AND old.kind = 'phone';
END;
