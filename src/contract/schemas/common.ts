import { z } from 'zod';

export const Id = z.number({ error: 'An id must be a number.' }).int('An id must be a whole number.').positive('An id must be positive.');

/**
 * NUL and other control characters (terminal escape sequences start with one), and lone UTF-16
 * surrogates (half a character, which no file format can write), are refused in every text field.
 * Line breaks and tabs stay allowed.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isSafeText = (text: string): boolean => !UNSAFE_TEXT.test(text);
const unsafeMessage = (what: string) => `${what} contains control characters or broken characters; type it again without them.`;

/** Optional free text: trimmed, empty becomes null so the database never holds "". */
export const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text.` })
    .max(max, `${what} is too long (at most ${max} characters).`)
    .refine(isSafeText, unsafeMessage(what))
    .transform((s) => (s.trim() === '' ? null : s.trim()))
    .nullish()
    .transform((v) => v ?? null);

export const requiredText = (max: number, what: string, hint: string) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .min(1, hint)
    .max(max, `${what} is too long (at most ${max} characters).`)
    .refine(isSafeText, unsafeMessage(what));

/**
 * The years a date may fall in. Instants (visits, follow-ups) are this life's: 1900–2200, so every
 * time zone can still place them on a calendar day. Calendar dates reach further back for the
 * birthdays and anniversaries of older relatives.
 */
export const INSTANT_YEARS = { min: 1900, max: 2200 } as const;
export const CALENDAR_YEARS = { min: 1800, max: 2200 } as const;

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** UTC instant as ISO-8601 text, e.g. 2026-11-25T09:30:00.000Z. */
export const Instant = z.iso
  .datetime({ offset: true, error: 'Use a date and time like 2026-11-25T09:30:00Z.' })
  .transform((s) => new Date(s).toISOString())
  .refine((iso) => yearOf(iso) >= INSTANT_YEARS.min && yearOf(iso) <= INSTANT_YEARS.max, `Use a date and time between the years ${INSTANT_YEARS.min} and ${INSTANT_YEARS.max}.`);

/** Calendar date (no time zone) as yyyy-MM-dd. */
export const CalendarDate = z.iso
  .date({ error: 'Use a date like 2026-11-25.' })
  .refine((date) => yearOf(date) >= CALENDAR_YEARS.min && yearOf(date) <= CALENDAR_YEARS.max, `Use a date between the years ${CALENDAR_YEARS.min} and ${CALENDAR_YEARS.max}.`);

export const ById = z.object({ id: Id }).strict();
export type ById = z.infer<typeof ById>;

const knownLocale = (tag: string): boolean => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 1;
  } catch {
    return false;
  }
};

/** The user's locale, how dates and times are written: a BCP 47 tag such as "en-US". */
export const Locale = z.string().max(35).refine(knownLocale, { message: 'Unknown locale: use a language tag such as "en-GB" or "en-US".' });
