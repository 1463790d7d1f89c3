import { z } from 'zod';
import { lifeEventTypeKeySchema, toneSchema, type LifeEventTypeKey, type Tone } from '../../catalogue/life-events.ts';
import { datePrecisionSchema, type DatePrecision } from '../../dates/calendar-date.ts';
import { CalendarDate, Id, Instant, optionalText, requiredText } from './common.ts';

export interface Acknowledgement {
  id: number;
  eventId: number;
  visitId: number | null;
  at: string;
  note: string | null;
}

/**
 * Something else a saved (or trashed) life event changed: a death event marks the person as
 * having died, a separation ends the partnership, a retirement ends a role. The UI says so,
 * with Undo (which trashes the event and so takes the change back).
 */
export interface FactChange {
  kind: 'died' | 'relationship-ended' | 'role-ended';
  /** The person (died), relationship or role changed. */
  recordId: number;
  personName: string;
  /** The partner for a relationship, the client for a role. */
  otherName: string | null;
  date: string;
  precision: DatePrecision;
}

export interface LifeEvent {
  id: number;
  typeKey: LifeEventTypeKey;
  title: string;
  date: string;
  precision: DatePrecision;
  endDate: string | null;
  ongoing: boolean;
  toneOverride: Tone | null;
  /** The tone that applies: the override, else the catalogue's default. */
  tone: Tone;
  clientId: number | null;
  notes: string | null;
  personIds: number[];
  acknowledgements: Acknowledgement[];
  createdAt: string;
  updatedAt: string;
  /** On create and update: what else saving it changed. */
  alsoChanged?: FactChange[];
}

const eventFields = {
  typeKey: lifeEventTypeKeySchema,
  title: requiredText(200, 'The title', 'Say briefly what happened (e.g. "Lily born").'),
  date: CalendarDate,
  precision: datePrecisionSchema.default('day'),
  endDate: CalendarDate.nullish().transform((v) => v ?? null),
  ongoing: z.boolean().default(false),
  toneOverride: toneSchema.nullish().transform((v) => v ?? null),
  clientId: Id.nullish().transform((v) => v ?? null),
  notes: optionalText(20000, 'Notes'),
  personIds: z.array(Id).max(50, 'At most 50 people per event.').default([]),
  /** Who it happened to (who died, who retired), when the user said so; one of `personIds`. */
  subjectId: Id.nullish().transform((v) => v ?? null),
};

const checkEvent = <T extends { personIds?: number[]; clientId?: number | null; endDate?: string | null; date?: string }>(e: T, ctx: z.RefinementCtx) => {
  if (e.endDate && e.date && e.endDate < e.date) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date is before the start date.' });
};

export const LifeEventCreate = z
  .object(eventFields)
  .strict()
  .superRefine((e, ctx) => {
    checkEvent(e, ctx);
    if (e.personIds.length === 0 && e.clientId === null) ctx.addIssue({ code: 'custom', path: ['personIds'], message: 'Say who the event is about (at least one person, or a client).' });
  });
export type LifeEventCreate = z.input<typeof LifeEventCreate>;

export const LifeEventUpdate = z
  .object({
    id: Id,
    typeKey: eventFields.typeKey.optional(),
    title: eventFields.title.optional(),
    date: CalendarDate.optional(),
    precision: datePrecisionSchema.optional(),
    endDate: eventFields.endDate.optional(),
    ongoing: z.boolean().optional(),
    toneOverride: eventFields.toneOverride.optional(),
    clientId: eventFields.clientId.optional(),
    notes: eventFields.notes.optional(),
    personIds: z.array(Id).max(50).optional(),
    subjectId: eventFields.subjectId,
  })
  .strict()
  .superRefine(checkEvent);

export const LifeEventList = z
  .object({ personId: Id.optional(), clientId: Id.optional() })
  .strict()
  .refine((q) => q.personId !== undefined || q.clientId !== undefined, { message: 'Give a personId or a clientId.' });

export const AcknowledgementRecord = z
  .object({
    /** One or more events asked about at once (the ticks on a visit log). */
    eventIds: z.array(Id).min(1, 'Tick at least one item.').max(200),
    visitId: Id.nullish().transform((v) => v ?? null),
    at: Instant.optional(),
    note: optionalText(2000, 'The note'),
  })
  .strict();

/** Take back ticks: the acknowledgements of these events recorded at this visit (or, without a visit, these acknowledgement ids). */
export const AcknowledgementRemove = z
  .object({
    eventIds: z.array(Id).min(1, 'Say which item to un-tick.').max(200),
    visitId: Id,
  })
  .strict();

/** Add or change "what they said" after ticking. */
export const AcknowledgementNote = z
  .object({
    eventIds: z.array(Id).min(1, 'Say which item the note is for.').max(200),
    visitId: Id,
    note: optionalText(2000, 'The note'),
  })
  .strict();
