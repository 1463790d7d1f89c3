CREATE INDEX `people_birthday_idx` ON `people` (`birthday_month`,`birthday_day`);--> statement-breakpoint
CREATE INDEX `people_died_on_idx` ON `people` (`died_on`) WHERE `died_on` is not null;--> statement-breakpoint
CREATE INDEX `visits_client_status_starts_idx` ON `visits` (`client_id`,`status`,`starts_at`) WHERE `deleted_at` is null;--> statement-breakpoint
CREATE INDEX `life_events_yearly_idx` ON `life_events` (`type_key`,substr(`date`, 6));