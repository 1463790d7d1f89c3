CREATE INDEX `clients_trashed_idx` ON `clients` (`deleted_at`) WHERE "clients"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX `people_trashed_idx` ON `people` (`deleted_at`) WHERE "people"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX `relationships_ended_couples_idx` ON `relationships` (`person_a_id`,`person_b_id`) WHERE "relationships"."until" is not null and "relationships"."kind" in ('partner', 'spouse');--> statement-breakpoint
CREATE INDEX `visits_trashed_idx` ON `visits` (`deleted_at`) WHERE "visits"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX `life_events_trashed_idx` ON `life_events` (`deleted_at`) WHERE "life_events"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX `follow_ups_trashed_idx` ON `follow_ups` (`deleted_at`) WHERE "follow_ups"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX `incidents_trashed_idx` ON `incidents` (`deleted_at`) WHERE "incidents"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX `know_how_trashed_idx` ON `know_how` (`deleted_at`) WHERE "know_how"."deleted_at" is not null;--> statement-breakpoint
CREATE INDEX `contacts_trashed_idx` ON `contacts` (`deleted_at`) WHERE "contacts"."deleted_at" is not null;