CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`given_name` text NOT NULL,
	`family_name` text,
	`nickname` text,
	`birthday_month` integer,
	`birthday_day` integer,
	`birthday_year` integer,
	`died_on` text,
	`phone` text,
	`email` text,
	`interests` text,
	`preferences` text,
	`tech_comfort` text,
	`explain_how` text,
	`follow_up_consent` text DEFAULT 'not_asked' NOT NULL,
	`follow_up_channel` text,
	`follow_up_times` text,
	`notes` text,
	`external_uid` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "people_birthday_check" CHECK(("people"."birthday_month" is null and "people"."birthday_day" is null and "people"."birthday_year" is null) or ("people"."birthday_month" between 1 and 12 and "people"."birthday_day" between 1 and 31))
);
--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`family_name`,`given_name`);--> statement-breakpoint
CREATE INDEX `people_external_uid_idx` ON `people` (`external_uid`);--> statement-breakpoint
CREATE INDEX `people_email_idx` ON `people` (`email`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_a_id` integer NOT NULL,
	`person_b_id` integer NOT NULL,
	`kind` text NOT NULL,
	`since` text,
	`until` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_a_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_b_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "relationships_distinct_check" CHECK("relationships"."person_a_id" <> "relationships"."person_b_id")
);
--> statement-breakpoint
CREATE INDEX `relationships_a_idx` ON `relationships` (`person_a_id`);--> statement-breakpoint
CREATE INDEX `relationships_b_idx` ON `relationships` (`person_b_id`);--> statement-breakpoint
CREATE TABLE `roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`role` text NOT NULL,
	`title` text,
	`since` text,
	`until` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `roles_client_idx` ON `roles` (`client_id`,`until`);--> statement-breakpoint
CREATE INDEX `roles_person_idx` ON `roles` (`person_id`);--> statement-breakpoint
CREATE TABLE `visit_attendees` (
	`visit_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`expected` integer DEFAULT true NOT NULL,
	`attended` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`visit_id`, `person_id`),
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `visit_attendees_person_idx` ON `visit_attendees` (`person_id`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`purpose` text,
	`location` text,
	`notes` text,
	`work_done` text,
	`completed_at` text,
	`external_uid` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "visits_status_check" CHECK("visits"."status" in ('planned', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `visits_client_starts_idx` ON `visits` (`client_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `visits_starts_idx` ON `visits` (`starts_at`);--> statement-breakpoint
CREATE INDEX `visits_external_uid_idx` ON `visits` (`external_uid`);--> statement-breakpoint
CREATE TABLE `acknowledgements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`visit_id` integer,
	`at` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `life_events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `acknowledgements_event_idx` ON `acknowledgements` (`event_id`,`at`);--> statement-breakpoint
CREATE INDEX `acknowledgements_visit_idx` ON `acknowledgements` (`visit_id`);--> statement-breakpoint
CREATE TABLE `life_event_people` (
	`event_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `person_id`),
	FOREIGN KEY (`event_id`) REFERENCES `life_events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `life_event_people_person_idx` ON `life_event_people` (`person_id`,`event_id`);--> statement-breakpoint
CREATE TABLE `life_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type_key` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`precision` text NOT NULL,
	`end_date` text,
	`ongoing` integer DEFAULT false NOT NULL,
	`tone_override` text,
	`client_id` integer,
	`notes` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "life_events_precision_check" CHECK("life_events"."precision" in ('day', 'month', 'year'))
);
--> statement-breakpoint
CREATE INDEX `life_events_client_idx` ON `life_events` (`client_id`);--> statement-breakpoint
CREATE INDEX `life_events_date_idx` ON `life_events` (`date`);--> statement-breakpoint
CREATE TABLE `follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`person_id` integer,
	`due_at` text NOT NULL,
	`kind` text NOT NULL,
	`context` text,
	`source_visit_id` integer,
	`done_at` text,
	`outcome` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_visit_id`) REFERENCES `visits`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `follow_ups_due_idx` ON `follow_ups` (`done_at`,`due_at`);--> statement-breakpoint
CREATE INDEX `follow_ups_client_idx` ON `follow_ups` (`client_id`,`done_at`);--> statement-breakpoint
CREATE INDEX `follow_ups_person_idx` ON `follow_ups` (`person_id`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`started_at` text NOT NULL,
	`resolved_at` text,
	`summary` text NOT NULL,
	`impact` text,
	`cause` text,
	`prevention` text,
	`explained_at` text,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incidents_client_idx` ON `incidents` (`client_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `know_how` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer,
	`person_id` integer,
	`question` text NOT NULL,
	`answer` text,
	`times_asked` integer DEFAULT 1 NOT NULL,
	`last_asked_at` text NOT NULL,
	`deleted_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "know_how_owner_check" CHECK("know_how"."client_id" is not null or "know_how"."person_id" is not null)
);
--> statement-breakpoint
CREATE INDEX `know_how_client_idx` ON `know_how` (`client_id`);--> statement-breakpoint
CREATE INDEX `know_how_person_idx` ON `know_how` (`person_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `clients` ADD `deleted_at` text;