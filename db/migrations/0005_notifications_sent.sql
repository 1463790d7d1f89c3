CREATE TABLE `notifications_sent` (
	`key` text PRIMARY KEY NOT NULL,
	`sent_at` text NOT NULL
);
