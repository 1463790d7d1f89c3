import { z } from 'zod';
import { CalendarDate, Id, requiredText } from './common.ts';

/** What a client's own field holds: words (the ISP, the router) or a date (a renewal). */
export const FIELD_KINDS = ['text', 'date'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The longest a reminder may start before its date: three years. */
export const MAX_REMIND_DAYS = 1095;

export interface ClientField {
  id: number;
  clientId: number;
  label: string;
  kind: FieldKind;
  /** As typed for `text`; `yyyy-MM-dd` for `date`. */
  value: string;
  /** For a date: how many days before it a reminder begins; null for none. */
  remindDaysBefore: number | null;
  position: number;
}

export const ClientFieldsOf = z.object({ clientId: Id }).strict();
export type ClientFieldsOf = z.input<typeof ClientFieldsOf>;

const Label = requiredText(60, 'The label', 'Give the field a label, e.g. "ISP" or "Microsoft 365 renewal".');

const RemindDays = z
  .number({ error: 'The reminder must be a number of days, e.g. 30.' })
  .int('The reminder must be a whole number of days, e.g. 30.')
  .min(0, 'The reminder cannot be a negative number of days: use 0 for the day itself, or leave it empty for no reminder.')
  .max(MAX_REMIND_DAYS, `A reminder can begin at most ${MAX_REMIND_DAYS} days (three years) before the date.`)
  .nullish()
  .transform((v) => v ?? null);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day on the calendar as yyyy-MM-dd; "31 February" is named back to the user, not just refused. */
const FieldDate = z
  .string({ error: 'The date must be text like 2027-03-01.' })
  .trim()
  .superRefine((value, ctx) => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: 'Give the date, e.g. 2027-03-01.' });
      return;
    }
    const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (parts === null) {
      ctx.addIssue({ code: 'custom', message: `"${value}" is not a date: type it as year-month-day, e.g. 2027-03-01.` });
      return;
    }
    const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
    if (month < 1 || month > 12) {
      ctx.addIssue({ code: 'custom', message: `There is no month ${month}: type the date as year-month-day, e.g. 2027-03-01.` });
      return;
    }
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) ctx.addIssue({ code: 'custom', message: `${day} ${MONTHS[month - 1]} ${year} is not a day on the calendar (${MONTHS[month - 1]} ${year} has ${daysInMonth} days); check the date.` });
  })
  .pipe(CalendarDate);

const Which = {
  /** The field to change; without it a new field is added to `clientId`'s list. */
  id: Id.optional(),
  clientId: Id.optional(),
};

const TextField = z
  .object({
    ...Which,
    kind: z.literal('text'),
    label: Label,
    value: requiredText(500, 'The value', 'Type what to keep under this label, or remove the field.'),
    remindDaysBefore: z.null({ error: 'Only a date can have a reminder: make the field a date, or leave the reminder out.' }).optional(),
  })
  .strict();

const DateField = z
  .object({
    ...Which,
    kind: z.literal('date'),
    label: Label,
    value: FieldDate,
    remindDaysBefore: RemindDays,
  })
  .strict();

/** Adds a field (with `clientId`) or changes one (with `id`): its label, kind, value and reminder. */
export const ClientFieldSet = z.discriminatedUnion('kind', [TextField, DateField], { error: 'The kind must be text or date.' }).refine((f) => (f.id === undefined) !== (f.clientId === undefined), {
  message: 'Say which client to add the field to (clientId), or which field to change (id): one of them.',
});
export type ClientFieldSet = z.input<typeof ClientFieldSet>;
export type ClientFieldInput = z.output<typeof ClientFieldSet>;
