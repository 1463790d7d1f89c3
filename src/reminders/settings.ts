import { z } from 'zod';

/** "HH:mm", 24-hour. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Write the time as HH:MM, for example 07:30.' });

/** What and when Ask After reminds you: kept in the database, so it travels with backups. */
export const ReminderSettings = z
  .object({
    /** Off: no notifications at all. */
    enabled: z.boolean().default(true),
    /** How long before a planned visit its reminder comes. */
    leadMinutes: z.int({ error: 'Give the lead time in whole minutes.' }).min(0, { error: 'The lead time cannot be negative.' }).max(1440, { error: 'The lead time can be at most a day (1440 minutes).' }).default(60),
    /** A summary of the day's visits at `morningAt`. */
    morningSummary: z.boolean().default(true),
    morningAt: clockTime.default('08:00'),
    /** Nothing is shown between `start` and `end` (across midnight when start > end); it waits. */
    quietHours: z.object({ enabled: z.boolean(), start: clockTime, end: clockTime }).strict().default({ enabled: true, start: '21:00', end: '07:00' }),
  })
  .strict();
export type ReminderSettings = z.output<typeof ReminderSettings>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = ReminderSettings.parse({});
