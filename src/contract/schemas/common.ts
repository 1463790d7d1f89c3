import { z } from 'zod';

export const Id = z.number({ error: 'An id must be a number.' }).int('An id must be a whole number.').positive('An id must be positive.');

/** Optional free text: trimmed, empty becomes null so the database never holds "". */
export const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .max(max, `${what} is too long (at most ${max} characters).`)
    .transform((s) => (s.trim() === '' ? null : s.trim()))
    .nullish()
    .transform((v) => v ?? null);

export const requiredText = (max: number, what: string, hint: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, hint)
    .max(max, `${what} is too long (at most ${max} characters).`);

/** UTC instant as ISO-8601 text, e.g. 2026-11-25T09:30:00.000Z. */
export const Instant = z.iso.datetime({ offset: true, error: 'Use a date and time like 2026-11-25T09:30:00Z.' }).transform((s) => new Date(s).toISOString());

/** Calendar date (no time zone) as yyyy-MM-dd. */
export const CalendarDate = z.iso.date({ error: 'Use a date like 2026-11-25.' });

export const ById = z.object({ id: Id }).strict();
export type ById = z.infer<typeof ById>;
