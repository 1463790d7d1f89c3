CREATE TABLE `client_tags` (
	`client_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`client_id`, `tag_id`),
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `client_tags_tag_idx` ON `client_tags` (`tag_id`,`client_id`);--> statement-breakpoint
CREATE TABLE `person_tags` (
	`person_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	PRIMARY KEY(`person_id`, `tag_id`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `person_tags_tag_idx` ON `person_tags` (`tag_id`,`person_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`rhythm_days` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_name_idx` ON `tags` ("name" collate nocase);--> statement-breakpoint
DROP INDEX `clients_next_due_idx`;--> statement-breakpoint
ALTER TABLE `clients` ADD `tag_rhythm_days` integer;--> statement-breakpoint
CREATE INDEX `clients_next_due_idx` ON `clients` (julianday("last_contact_at") + coalesce("rhythm_days", "tag_rhythm_days")) WHERE coalesce("clients"."rhythm_days", "clients"."tag_rhythm_days") is not null and "clients"."last_contact_at" is not null and "clients"."archived_at" is null and "clients"."deleted_at" is null;--> statement-breakpoint
-- clients.tag_rhythm_days: the shortest rhythm among the client's tags, kept as tags are put on,
-- taken off, given another rhythm or deleted (a deleted tag's links go by cascade, which fires
-- the delete trigger), so the dashboard's index covers rhythms that come from a tag.
CREATE TRIGGER `client_tags_rhythm_insert` AFTER INSERT ON `client_tags` BEGIN
  UPDATE `clients` SET `tag_rhythm_days` = (
    SELECT min(t.`rhythm_days`) FROM `client_tags` ct JOIN `tags` t ON t.`id` = ct.`tag_id` WHERE ct.`client_id` = `clients`.`id`
  ) WHERE `id` = new.`client_id`;
END;--> statement-breakpoint
CREATE TRIGGER `client_tags_rhythm_delete` AFTER DELETE ON `client_tags` BEGIN
  UPDATE `clients` SET `tag_rhythm_days` = (
    SELECT min(t.`rhythm_days`) FROM `client_tags` ct JOIN `tags` t ON t.`id` = ct.`tag_id` WHERE ct.`client_id` = `clients`.`id`
  ) WHERE `id` = old.`client_id`;
END;--> statement-breakpoint
CREATE TRIGGER `tags_rhythm_update` AFTER UPDATE OF `rhythm_days` ON `tags` WHEN old.`rhythm_days` IS NOT new.`rhythm_days` BEGIN
  UPDATE `clients` SET `tag_rhythm_days` = (
    SELECT min(t.`rhythm_days`) FROM `client_tags` ct JOIN `tags` t ON t.`id` = ct.`tag_id` WHERE ct.`client_id` = `clients`.`id`
  ) WHERE `id` IN (SELECT `client_id` FROM `client_tags` WHERE `tag_id` = new.`id`);
END;