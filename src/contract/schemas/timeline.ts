import { z } from 'zod';
import { Id } from './common.ts';

/** What a person's story is made of, newest first. */
export const STORY_KINDS = ['visit', 'contact', 'event', 'said', 'followUp', 'incident'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

export interface StoryEntry {
  kind: StoryKind;
  /** The record it comes from (a visit, contact, life event, follow-up or incident id; for `said`, the event's). */
  id: number;
  /** When: an instant, or for a life event its calendar day (yyyy-MM-dd) read with `precision`. */
  at: string;
  precision: 'instant' | 'day' | 'month' | 'year';
  /** One line: "Visit to Smith Dental: Router", "Phone call: Printer jams again". */
  title: string;
  /** What was done, said or promised; null when there is nothing more. */
  detail: string | null;
  clientId: number | null;
  clientName: string | null;
}

const LIMIT = 'Give the number of entries (limit) as a whole number from 1 to 500.';
export const PersonStory = z
  .object({
    id: Id,
    /** Only these kinds (default: all). */
    kinds: z.array(z.enum(STORY_KINDS, { error: `Each kind must be one of: ${STORY_KINDS.join(', ')}.` })).max(STORY_KINDS.length).optional(),
    limit: z.number({ error: LIMIT }).int({ error: LIMIT }).min(1, { error: LIMIT }).max(500, { error: LIMIT }).default(100),
  })
  .strict();
export type PersonStory = z.input<typeof PersonStory>;
