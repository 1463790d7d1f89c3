CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`person_id` integer,
	`kind` text NOT NULL,
	`occurred_at` text NOT NULL,
	`summary` text NOT NULL,
	`promised` text,
	`notes` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "contacts_kind_check" CHECK("contacts"."kind" in ('call', 'email', 'message', 'remote'))
);
--> statement-breakpoint
CREATE INDEX `contacts_client_occurred_idx` ON `contacts` (`client_id`,`occurred_at`) WHERE "contacts"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `contacts_person_occurred_idx` ON `contacts` (`person_id`,`occurred_at`) WHERE "contacts"."deleted_at" is null;--> statement-breakpoint
DROP INDEX `clients_next_due_idx`;--> statement-breakpoint
ALTER TABLE `clients` ADD `rhythm_contact_kinds` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `last_contact_at` text;--> statement-breakpoint
CREATE INDEX `clients_next_due_idx` ON `clients` (julianday("last_contact_at") + "rhythm_days") WHERE "clients"."rhythm_days" is not null and "clients"."last_contact_at" is not null and "clients"."archived_at" is null and "clients"."deleted_at" is null;--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `source_contact_id` integer REFERENCES contacts(id) ON DELETE SET NULL;--> statement-breakpoint
-- clients.last_contact_at: the latest of the last completed visit and the last contact whose kind
-- counts for the client's rhythm, kept up to date as either changes (hand-written).
UPDATE `clients` SET `last_contact_at` = `last_visit_at`;--> statement-breakpoint
CREATE TRIGGER `clients_last_contact_update` AFTER UPDATE OF `last_visit_at`, `rhythm_contact_kinds` ON `clients` BEGIN
  UPDATE `clients` SET `last_contact_at` = nullif(max(
    coalesce(`last_visit_at`, ''),
    coalesce((SELECT max(c.`occurred_at`) FROM `contacts` c WHERE c.`client_id` = `clients`.`id` AND c.`deleted_at` IS NULL
      AND (`clients`.`rhythm_contact_kinds` IS NULL OR instr(',' || `clients`.`rhythm_contact_kinds` || ',', ',' || c.`kind` || ',') > 0)), '')
  ), '') WHERE `id` = new.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `contacts_last_contact_insert` AFTER INSERT ON `contacts` BEGIN
  UPDATE `clients` SET `last_contact_at` = nullif(max(
    coalesce(`last_visit_at`, ''),
    coalesce((SELECT max(c.`occurred_at`) FROM `contacts` c WHERE c.`client_id` = `clients`.`id` AND c.`deleted_at` IS NULL
      AND (`clients`.`rhythm_contact_kinds` IS NULL OR instr(',' || `clients`.`rhythm_contact_kinds` || ',', ',' || c.`kind` || ',') > 0)), '')
  ), '') WHERE `id` = new.`client_id`;
END;--> statement-breakpoint
CREATE TRIGGER `contacts_last_contact_update` AFTER UPDATE OF `occurred_at`, `deleted_at`, `client_id`, `kind` ON `contacts` BEGIN
  UPDATE `clients` SET `last_contact_at` = nullif(max(
    coalesce(`last_visit_at`, ''),
    coalesce((SELECT max(c.`occurred_at`) FROM `contacts` c WHERE c.`client_id` = `clients`.`id` AND c.`deleted_at` IS NULL
      AND (`clients`.`rhythm_contact_kinds` IS NULL OR instr(',' || `clients`.`rhythm_contact_kinds` || ',', ',' || c.`kind` || ',') > 0)), '')
  ), '') WHERE `id` IN (old.`client_id`, new.`client_id`);
END;--> statement-breakpoint
CREATE TRIGGER `contacts_last_contact_delete` AFTER DELETE ON `contacts` BEGIN
  UPDATE `clients` SET `last_contact_at` = nullif(max(
    coalesce(`last_visit_at`, ''),
    coalesce((SELECT max(c.`occurred_at`) FROM `contacts` c WHERE c.`client_id` = `clients`.`id` AND c.`deleted_at` IS NULL
      AND (`clients`.`rhythm_contact_kinds` IS NULL OR instr(',' || `clients`.`rhythm_contact_kinds` || ',', ',' || c.`kind` || ',') > 0)), '')
  ), '') WHERE `id` = old.`client_id`;
END;
