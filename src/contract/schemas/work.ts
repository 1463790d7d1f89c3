import { z } from 'zod';
import { Id, Instant, optionalText, requiredText } from './common.ts';

export const FOLLOW_UP_KINDS = ['call', 'email', 'visit', 'check'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export interface FollowUp {
  id: number;
  clientId: number;
  personId: number | null;
  dueAt: string;
  kind: FollowUpKind;
  context: string | null;
  sourceVisitId: number | null;
  /** The call, e-mail or message it was promised in. */
  sourceContactId: number | null;
  doneAt: string | null;
  outcome: string | null;
  createdAt: string;
  updatedAt: string;
}

export const FollowUpCreate = z
  .object({
    clientId: Id,
    personId: Id.nullish().transform((v) => v ?? null),
    dueAt: Instant,
    kind: z.enum(FOLLOW_UP_KINDS, { error: 'The kind must be call, email, visit or check.' }),
    context: optionalText(20000, 'The context'),
    sourceVisitId: Id.nullish().transform((v) => v ?? null),
  })
  .strict();
export const FollowUpUpdate = FollowUpCreate.partial().extend({ id: Id, outcome: optionalText(5000, 'The outcome').optional() }).strict();
export const FollowUpDone = z.object({ id: Id, done: z.boolean().default(true), at: Instant.optional(), outcome: optionalText(5000, 'The outcome').optional() }).strict();
/** "Ask someone else at the client" for a promise whose person has died or left. */
export const FollowUpReassign = z.object({ id: Id, personId: Id }).strict();
export const FollowUpList = z
  .object({ clientId: Id.optional(), personId: Id.optional(), open: z.boolean().optional(), dueBefore: Instant.optional() })
  .strict()
  .default({});

export interface Incident {
  id: number;
  clientId: number;
  startedAt: string;
  resolvedAt: string | null;
  summary: string;
  impact: string | null;
  cause: string | null;
  prevention: string | null;
  explainedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const incidentFields = {
  clientId: Id,
  startedAt: Instant,
  resolvedAt: Instant.nullish().transform((v) => v ?? null),
  summary: requiredText(500, 'The summary', 'Say what broke (e.g. "Backup drive full").'),
  impact: optionalText(5000, 'The impact'),
  cause: optionalText(10000, 'The cause'),
  prevention: optionalText(10000, 'The prevention'),
  explainedAt: Instant.nullish().transform((v) => v ?? null),
};
export const IncidentCreate = z.object(incidentFields).strict();
export const IncidentUpdate = z.object(incidentFields).partial().extend({ id: Id }).strict();
export const IncidentList = z.object({ clientId: Id.optional(), unexplained: z.boolean().optional() }).strict().default({});

export interface KnowHow {
  id: number;
  clientId: number | null;
  personId: number | null;
  question: string;
  answer: string | null;
  timesAsked: number;
  lastAskedAt: string;
  createdAt: string;
  updatedAt: string;
}

export const KnowHowCreate = z
  .object({
    clientId: Id.nullish().transform((v) => v ?? null),
    personId: Id.nullish().transform((v) => v ?? null),
    question: requiredText(1000, 'The question', 'Write the question they asked.'),
    answer: optionalText(20000, 'The answer'),
    lastAskedAt: Instant.optional(),
  })
  .strict()
  .refine((k) => k.clientId !== null || k.personId !== null, { message: 'Say which client or person asked.', path: ['clientId'] });
export const KnowHowUpdate = z
  .object({ id: Id, question: requiredText(1000, 'The question', 'Write the question they asked.').optional(), answer: optionalText(20000, 'The answer').optional(), clientId: Id.nullish(), personId: Id.nullish() })
  .strict();
/** "They asked again": bumps the count and the date. */
export const KnowHowAskedAgain = z.object({ id: Id, at: Instant.optional() }).strict();
export const KnowHowList = z.object({ clientId: Id.optional(), personId: Id.optional() }).strict().default({});
