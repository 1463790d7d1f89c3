import { z } from 'zod';
import { Id, Instant, optionalText } from './common.ts';

export const VISIT_STATUSES = ['planned', 'completed', 'cancelled'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export interface VisitAttendee {
  personId: number;
  expected: boolean;
  attended: boolean;
}

export interface Visit {
  id: number;
  clientId: number;
  clientName: string;
  startsAt: string;
  endsAt: string | null;
  status: VisitStatus;
  purpose: string | null;
  location: string | null;
  notes: string | null;
  workDone: string | null;
  completedAt: string | null;
  externalUid: string | null;
  attendees: VisitAttendee[];
  createdAt: string;
  updatedAt: string;
}

const endAfterStart = (v: { startsAt?: string; endsAt?: string | null }, ctx: z.RefinementCtx) => {
  if (v.startsAt && v.endsAt && v.endsAt < v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The visit ends before it starts.' });
};

export const VisitCreate = z
  .object({
    clientId: Id,
    startsAt: Instant,
    endsAt: Instant.nullish().transform((v) => v ?? null),
    status: z.enum(VISIT_STATUSES).default('planned'),
    purpose: optionalText(500, 'The purpose'),
    location: optionalText(500, 'The location'),
    notes: optionalText(100_000, 'Notes'),
    workDone: optionalText(100_000, 'Work done'),
    externalUid: optionalText(500, 'The external id'),
    expectedPersonIds: z.array(Id).max(100).default([]),
  })
  .strict()
  .superRefine(endAfterStart);
export type VisitCreate = z.input<typeof VisitCreate>;

/** Also the autosave of a visit log: any subset of fields, saved as typed. */
export const VisitUpdate = z
  .object({
    id: Id,
    clientId: Id.optional(),
    startsAt: Instant.optional(),
    endsAt: Instant.nullish(),
    purpose: optionalText(500, 'The purpose').optional(),
    location: optionalText(500, 'The location').optional(),
    notes: optionalText(100_000, 'Notes').optional(),
    workDone: optionalText(100_000, 'Work done').optional(),
  })
  .strict()
  .superRefine(endAfterStart);
export type VisitUpdate = z.input<typeof VisitUpdate>;

export const VisitSetAttendees = z
  .object({
    id: Id,
    attendees: z.array(z.object({ personId: Id, expected: z.boolean().default(true), attended: z.boolean().default(false) }).strict()).max(100),
  })
  .strict();

/** `startsAt`: when it really happened, for a visit logged before the day it was planned for. */
export const VisitComplete = z.object({ id: Id, completedAt: Instant.optional(), startsAt: Instant.optional() }).strict();
export const VisitCancel = z.object({ id: Id }).strict();

export const VisitList = z
  .object({
    clientId: Id.optional(),
    from: Instant.optional(),
    to: Instant.optional(),
    status: z.enum(VISIT_STATUSES).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict()
  .default({ limit: 200 });
