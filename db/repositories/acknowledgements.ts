import type { z } from 'zod';
import type { Acknowledgement, AcknowledgementRecord } from '../../src/contract/schemas/events.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { acknowledgements } from '../schema/life-events.ts';
import { requireEvent, requireVisit } from './references.ts';
import { toAcknowledgement } from './rows.ts';

type Parsed<T extends z.ZodType> = z.output<T>;

export function acknowledgementsRepository(db: Db, clock: Clock) {
  return {
    /** Records that each event was asked about (the ticks on a visit log), all or none. */
    record({ eventIds, visitId, at, note }: Parsed<typeof AcknowledgementRecord>): Acknowledgement[] {
      const unique = [...new Set(eventIds)];
      for (const id of unique) requireEvent(db, id);
      if (visitId !== null) requireVisit(db, visitId);
      const now = isoNow(clock);
      const rows = unique.map((eventId) => ({ eventId, visitId, at: at ?? now, note, createdAt: now, updatedAt: now }));
      return db.insert(acknowledgements).values(rows).returning().all().map(toAcknowledgement);
    },
  };
}

export type AcknowledgementsRepository = ReturnType<typeof acknowledgementsRepository>;
