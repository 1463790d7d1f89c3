import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every reminder occurrence the app has shown (`visit:7@2026-06-02T09:00:00.000Z`,
 * `morning:2026-06-02`), recorded in the same transaction that decides to show it, before it
 * is shown: the unique key is what keeps a reminder from coming twice across restarts.
 */
export const notificationsSent = sqliteTable('notifications_sent', {
  key: text('key').primaryKey(),
  sentAt: text('sent_at').notNull(),
});
