CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`phone` text,
	`email` text,
	`address` text,
	`access_hours` text,
	`parking` text,
	`ask_for` text,
	`site_notes` text,
	`rhythm_days` integer,
	`notes` text,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "clients_kind_check" CHECK("clients"."kind" in ('business', 'household'))
);
--> statement-breakpoint
CREATE INDEX `clients_name_idx` ON `clients` (`name`);