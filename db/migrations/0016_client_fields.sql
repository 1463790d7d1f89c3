CREATE TABLE `client_fields` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`label` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`remind_days_before` integer,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "client_fields_kind_check" CHECK("client_fields"."kind" in ('text', 'date')),
	CONSTRAINT "client_fields_reminder_check" CHECK("client_fields"."remind_days_before" is null or ("client_fields"."kind" = 'date' and "client_fields"."remind_days_before" >= 0))
);
--> statement-breakpoint
CREATE INDEX `client_fields_client_idx` ON `client_fields` (`client_id`,`position`);--> statement-breakpoint
CREATE INDEX `client_fields_reminder_idx` ON `client_fields` (julianday("value") - "remind_days_before") WHERE "client_fields"."remind_days_before" is not null;