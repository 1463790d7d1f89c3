import { z } from 'zod';
import { Id } from './common.ts';

export const TRASHABLE = ['client', 'person', 'event', 'visit', 'followUp', 'incident', 'knowHow', 'contact'] as const;
export type Trashable = (typeof TRASHABLE)[number];

export interface TrashItem {
  entity: Trashable;
  id: number;
  label: string;
  deletedAt: string;
}

export const TrashRef = z.object({ entity: z.enum(TRASHABLE, { error: `The kind of record must be one of: ${TRASHABLE.join(', ')}.` }), id: Id }).strict();
export type TrashRef = z.input<typeof TrashRef>;
export const TrashEmpty = z.object({ confirm: z.literal(true, { error: 'Emptying the trash deletes for good: pass confirm: true.' }) }).strict();
