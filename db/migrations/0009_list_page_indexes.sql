CREATE INDEX `incidents_started_idx` ON `incidents` (`started_at`);--> statement-breakpoint
CREATE INDEX `know_how_most_asked_idx` ON `know_how` ("times_asked" desc,"last_asked_at" desc);