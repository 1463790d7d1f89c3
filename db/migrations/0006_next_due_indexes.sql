DROP INDEX `visits_client_status_starts_idx`;--> statement-breakpoint
CREATE INDEX `visits_planned_starts_idx` ON `visits` (`starts_at`) WHERE "visits"."status" = 'planned' and "visits"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `visits_client_status_starts_idx` ON `visits` (`client_id`,`status`,`starts_at`) WHERE "visits"."deleted_at" is null;--> statement-breakpoint
ALTER TABLE `clients` ADD `last_visit_at` text;--> statement-breakpoint
CREATE INDEX `clients_next_due_idx` ON `clients` (julianday("last_visit_at") + "rhythm_days") WHERE "clients"."rhythm_days" is not null and "clients"."last_visit_at" is not null and "clients"."archived_at" is null and "clients"."deleted_at" is null;