import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Acknowledgement, AcknowledgementNote, AcknowledgementRecord, AcknowledgementRemove } from '../../src/contract/schemas/events.ts';
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

    /** Takes back the ticks given at this visit (a mis-tick): the events become unasked again as far as this visit goes. */
    remove({ eventIds, visitId }: Parsed<typeof AcknowledgementRemove>): { removed: number } {
      requireVisit(db, visitId);
      const { changes } = db.delete(acknowledgements).where(and(eq(acknowledgements.visitId, visitId), inArray(acknowledgements.eventId, [...new Set(eventIds)]))).run();
      return { removed: changes };
    },

    /** "What they said", added or changed after ticking. */
    setNote({ eventIds, visitId, note }: Parsed<typeof AcknowledgementNote>): Acknowledgement[] {
      requireVisit(db, visitId);
      const which = and(eq(acknowledgements.visitId, visitId), inArray(acknowledgements.eventId, [...new Set(eventIds)]));
      return db.update(acknowledgements).set({ note, updatedAt: isoNow(clock) }).where(which).returning().all().map(toAcknowledgement);
    },
  };
}

export type AcknowledgementsRepository = ReturnType<typeof acknowledgementsRepository>;
