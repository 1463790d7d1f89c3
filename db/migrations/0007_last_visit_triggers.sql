-- clients.last_visit_at: the start of each client's last completed visit outside the trash,
-- kept up to date as visits are added, logged, moved, trashed, restored or deleted.
UPDATE `clients` SET `last_visit_at` = (
  SELECT max(v.`starts_at`) FROM `visits` v WHERE v.`client_id` = `clients`.`id` AND v.`status` = 'completed' AND v.`deleted_at` IS NULL
);--> statement-breakpoint
CREATE TRIGGER `visits_last_visit_insert` AFTER INSERT ON `visits` WHEN new.`status` = 'completed' AND new.`deleted_at` IS NULL BEGIN
  UPDATE `clients` SET `last_visit_at` = (
    SELECT max(v.`starts_at`) FROM `visits` v WHERE v.`client_id` = `clients`.`id` AND v.`status` = 'completed' AND v.`deleted_at` IS NULL
  ) WHERE `id` = new.`client_id`;
END;--> statement-breakpoint
CREATE TRIGGER `visits_last_visit_update` AFTER UPDATE OF `status`, `starts_at`, `deleted_at`, `client_id` ON `visits`
WHEN old.`status` IS NOT new.`status` OR old.`starts_at` IS NOT new.`starts_at` OR old.`deleted_at` IS NOT new.`deleted_at` OR old.`client_id` IS NOT new.`client_id` BEGIN
  UPDATE `clients` SET `last_visit_at` = (
    SELECT max(v.`starts_at`) FROM `visits` v WHERE v.`client_id` = `clients`.`id` AND v.`status` = 'completed' AND v.`deleted_at` IS NULL
  ) WHERE `id` IN (old.`client_id`, new.`client_id`);
END;--> statement-breakpoint
CREATE TRIGGER `visits_last_visit_delete` AFTER DELETE ON `visits` WHEN old.`status` = 'completed' BEGIN
  UPDATE `clients` SET `last_visit_at` = (
    SELECT max(v.`starts_at`) FROM `visits` v WHERE v.`client_id` = `clients`.`id` AND v.`status` = 'completed' AND v.`deleted_at` IS NULL
  ) WHERE `id` = old.`client_id`;
END;
