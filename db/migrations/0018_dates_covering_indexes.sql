-- The dashboard counts a fortnight's birthdays and anniversaries on every Home (about 1,300 on a
-- database of 20,000 people): these indexes hold every column those counts read, so they read no
-- row of people or life_events. Each replaces the index whose columns it starts with.
DROP INDEX `people_birthday_idx`;--> statement-breakpoint
CREATE INDEX `people_birthday_cover_idx` ON `people` (`birthday_month`,`birthday_day`,`died_on`,`deleted_at`);--> statement-breakpoint
DROP INDEX `life_events_yearly_idx`;--> statement-breakpoint
CREATE INDEX `life_events_yearly_cover_idx` ON `life_events` (`type_key`, substr(`date`, 6), `deleted_at`, `tone_override`, `date`, `precision`, `client_id`);
