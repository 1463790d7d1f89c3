import { z } from 'zod';
import { Id } from './common.ts';

/**
 * Merging two records of the same person (or client): the one kept keeps its id, the one
 * merged in gives it every link and is deleted for good. Each field is taken from the kept
 * record, from the merged one, or (free text) from both, one after the other.
 */
export const MERGE_CHOICES = ['kept', 'merged', 'both'] as const;
export type MergeChoice = (typeof MERGE_CHOICES)[number];

export const PERSON_MERGE_FIELDS = [
  'givenName',
  'familyName',
  'nickname',
  'birthday',
  'diedOn',
  'phone',
  'email',
  'interests',
  'preferences',
  'techComfort',
  'explainHow',
  'followUpConsent',
  'followUpChannel',
  'followUpTimes',
  'notes',
] as const;
export type PersonMergeField = (typeof PERSON_MERGE_FIELDS)[number];

export const CLIENT_MERGE_FIELDS = ['name', 'kind', 'phone', 'email', 'address', 'accessHours', 'parking', 'askFor', 'siteNotes', 'rhythmDays', 'rhythmContactKinds', 'notes', 'archived'] as const;
export type ClientMergeField = (typeof CLIENT_MERGE_FIELDS)[number];

const Choice = z.enum(MERGE_CHOICES, { error: 'Each field is taken from "kept", "merged" or "both".' });

const pair = {
  keepId: Id,
  mergeId: Id,
};

const choicesFor = <F extends readonly [string, ...string[]]>(fields: F) =>
  z
    .partialRecord(z.enum(fields, { error: `Fields that can be chosen: ${fields.join(', ')}.` }), Choice)
    .default({});

export const PeopleMergePreview = z.object(pair).strict();
export const PeopleMerge = z.object({ ...pair, choices: choicesFor(PERSON_MERGE_FIELDS) }).strict();
export const ClientsMergePreview = z.object(pair).strict();
export const ClientsMerge = z.object({ ...pair, choices: choicesFor(CLIENT_MERGE_FIELDS) }).strict();
export type PeopleMerge = z.input<typeof PeopleMerge>;
export type ClientsMerge = z.input<typeof ClientsMerge>;

/**
 * "These two are different": a pair the duplicate suggestions no longer offer (or, with
 * `notSame: false`, offer again: the undo).
 */
export const DuplicatesNotSame = z
  .object({ kind: z.enum(['person', 'client']), a: Id, b: Id, notSame: z.boolean().default(true) })
  .strict()
  .refine((pair) => pair.a !== pair.b, { message: 'Choose two different records: a record is always the same as itself.', path: ['b'] });

export interface DuplicatesNotSameResult {
  kind: 'person' | 'client';
  a: number;
  b: number;
  notSame: boolean;
  /** How many pairs are now set aside as different, of people and clients together. */
  setAside: number;
}

export const DuplicatesSuggest = z
  .object({ limit: z.number().int().min(1).max(500).default(100) })
  .strict()
  .default({ limit: 100 });

export interface MergeSide {
  id: number;
  name: string;
}

/** One field side by side: both values as they read, and what the merge takes unless told otherwise. */
export interface MergeFieldView {
  field: string;
  label: string;
  kept: string | null;
  merged: string | null;
  proposed: MergeChoice;
  /** The choices that make sense here (equal or empty values offer fewer). */
  choices: MergeChoice[];
  /** Why a choice is fixed or what it means ("A death on either side carries over."). */
  note: string | null;
}

/** How many records of one kind hang off each side; all of them end up on the kept one. */
export interface MergeLinkCount {
  link: string;
  label: string;
  kept: number;
  merged: number;
}

export interface MergePreview {
  kind: 'person' | 'client';
  kept: MergeSide;
  merged: MergeSide;
  fields: MergeFieldView[];
  links: MergeLinkCount[];
  /** What else happens, in words (links that would repeat or point at themselves are dropped). */
  notes: string[];
}

export interface MergeOutcome {
  kind: 'person' | 'client';
  kept: MergeSide;
  merged: MergeSide;
  /** By kind: how many records came from the merged one (`merged`) and how many the kept one has now (`kept`). */
  moved: MergeLinkCount[];
  /** Links dropped because they would repeat one the kept record has, or point at itself. */
  dropped: string[];
}

export interface DuplicateSide {
  id: number;
  name: string;
  /** A word to tell them apart: their client, phone or e-mail. */
  detail: string | null;
}

export interface DuplicatePair {
  kind: 'person' | 'client';
  a: DuplicateSide;
  b: DuplicateSide;
  /** Why they look alike: "same phone 07700 900123", "similar names at Baker & Co". */
  reasons: string[];
}

export interface DuplicateSuggestions {
  people: DuplicatePair[];
  clients: DuplicatePair[];
  /** Pairs set aside as different (duplicates:notSame), left out of the lists above. */
  setAside: number;
}
