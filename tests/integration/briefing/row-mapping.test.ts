import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withFastRows } from '../../../db/briefing/row-mapping.ts';
import { briefingStatements } from '../../../db/briefing/statements.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../../../db/sample/sizes.ts';
import { lifeEvents } from '../../../db/schema/life-events.ts';
import { visitAttendees } from '../../../db/schema/visits.ts';
import { people } from '../../../db/schema/people.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

/** The briefing's fast rows are drizzle's rows: same keys, same decoded values (booleans, counts, nulls). */
describe('rows built once per statement', () => {
  let store: TempStore;
  beforeAll(async () => {
    store = await tempStore();
    generateSampleData(store.sqlite, SAMPLE_SIZES.sample, new Date('2026-11-25T08:00:00Z'));
  });
  afterAll(() => store.dispose());

  it('give what drizzle gives, for columns, booleans, counts, expressions and nulls', () => {
    const selects = [
      store.db.select({ id: lifeEvents.id, ongoing: lifeEvents.ongoing, endDate: lifeEvents.endDate, clientId: lifeEvents.clientId }).from(lifeEvents).prepare(),
      store.db.select({ visitId: visitAttendees.visitId, expected: visitAttendees.expected, attended: visitAttendees.attended }).from(visitAttendees).prepare(),
      store.db.select({ month: people.birthdayMonth, n: count() }).from(people).groupBy(people.birthdayMonth).prepare(),
      store.db.select({ id: people.id, name: sql<string>`${people.givenName} || ' ' || coalesce(${people.familyName}, '?')`, n: sql<number>`length(${people.givenName})`.mapWith(String).as('n') }).from(people).prepare(),
    ];
    for (const drizzle of selects) {
      const fast = withFastRows(drizzle);
      expect(fast).not.toBe(drizzle);
      const rows = drizzle.all();
      expect(rows.length).toBeGreaterThan(5);
      expect(fast.all()).toEqual(rows);
    }
    // Decoded as drizzle decodes: booleans, not 0 and 1; a count as a number; mapWith applied.
    const [ongoing, attendance, counts, named] = selects.map((s) => withFastRows(s).all()) as unknown as [{ ongoing: unknown }[], { attended: unknown }[], { n: unknown }[], { n: unknown }[]];
    expect(new Set(ongoing.map((r) => typeof r.ongoing))).toEqual(new Set(['boolean']));
    expect(new Set(attendance.map((r) => typeof r.attended))).toEqual(new Set(['boolean']));
    expect(typeof counts[0]!.n).toBe('number');
    expect(typeof named[0]!.n).toBe('string');
  });

  it('every read of the briefing is taken over and reads as before', () => {
    const q = briefingStatements(store.db);
    const ids = JSON.stringify((store.sqlite.prepare('select id from life_events limit 40').all() as { id: number }[]).map((r) => r.id));
    expect(q.eventsByIds.all({ ids })).toEqual((Object.getPrototypeOf(q.eventsByIds) as typeof q.eventsByIds).all({ ids }));
    expect(Object.hasOwn(q.eventsByIds, 'all')).toBe(true);
  });
});
