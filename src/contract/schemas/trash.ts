import { z } from 'zod';
import { Id } from './common.ts';

export const TRASHABLE = ['client', 'person', 'event', 'visit', 'followUp', 'incident', 'knowHow', 'contact'] as const;
export type Trashable = (typeof TRASHABLE)[number];

export interface TrashItem {
  entity: Trashable;
  id: number;
  /** How a person recognises it: "Visit to Smith Dental on" (completed by `day`), "Sue Baker". */
  label: string;
  /** The calendar day that completes the label, written by the screen in the user's locale. */
  day: string | null;
  deletedAt: string;
}

export const TrashRef = z.object({ entity: z.enum(TRASHABLE, { error: `The kind of record must be one of: ${TRASHABLE.join(', ')}.` }), id: Id }).strict();
export type TrashRef = z.input<typeof TrashRef>;
export const TrashEmpty = z.object({ confirm: z.literal(true, { error: 'Emptying the trash deletes for good: pass confirm: true.' }) }).strict();
