import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildBriefing } from '../../../src/briefing/engine.ts';
import { canStillMatter, MATTERS_FOR_DAYS, mattersSince, mattersThrough, storedMattersSince } from '../../../src/briefing/event-relevance.ts';
import type { BriefingSnapshot, LifeEvent } from '../../../src/briefing/snapshot.ts';
import { addDays, periodOf } from '../../../src/dates/calendar-date.ts';
import { localDateOf } from '../../../src/dates/time-zone.ts';
import { world } from './arbitraries.ts';
import { LONDON, event as recorded, snapshot } from './builders.ts';

/** The events a gather may leave out for the visit's day. */
const keptFor = (snapshot: BriefingSnapshot, timeZone: string): BriefingSnapshot => {
  const day = localDateOf(snapshot.visit.startsAt, timeZone);
  return { ...snapshot, lifeEvents: snapshot.lifeEvents.filter((e) => canStillMatter(e, day)) };
};

describe('events that can no longer matter', () => {
  it('leaving them out changes no briefing, word for word, whatever the grief-softening setting', () => {
    let worldsWithOldNews = 0;
    fc.assert(
      fc.property(world({ longAgo: true }), fc.integer({ min: 0, max: 365 }), (w, griefSoftensDays) => {
        const options = { now: w.now, timeZone: w.timeZone, settings: { griefSoftensDays } };
        const kept = keptFor(w.snapshot, w.timeZone);
        if (kept.lifeEvents.length < w.snapshot.lifeEvents.length) worldsWithOldNews++;
        expect(buildBriefing(kept, options)).toEqual(buildBriefing(w.snapshot, options));
      }),
      { numRuns: 400 },
    );
    // The property says something only when events were left out.
    expect(worldsWithOldNews).toBeGreaterThan(100);
  });

  /** A trip of Sue's, changed as each case needs. */
  const event = (over: Partial<LifeEvent>): LifeEvent => recorded(over.typeKey ?? 'trip', [1], over.date ?? '2024-01-10', over);
  const day = '2026-01-10';

  it('keeps an event until the longest window after it has passed, judged on its last day at its precision', () => {
    const bound = addDays(day, -MATTERS_FOR_DAYS);
    expect(canStillMatter(event({ date: bound }), day)).toBe(true);
    expect(canStillMatter(event({ date: addDays(bound, -1) }), day)).toBe(false);
    // A month-precision date is its whole month; a year-precision one its whole year.
    expect(canStillMatter(event({ date: `${bound.slice(0, 8)}01`, precision: 'month' }), day)).toBe(true);
    expect(canStillMatter(event({ date: `${bound.slice(0, 5)}01-01`, precision: 'year' }), day)).toBe(true);
    // The end counts, and an end typed before the start does not hide a start that matters.
    expect(canStillMatter(event({ date: '2020-01-01', endDate: bound }), day)).toBe(true);
    expect(canStillMatter(event({ date: bound, endDate: '2020-01-01' }), day)).toBe(true);
  });

  it('keeps ongoing news, yearly dates and whatever changes someone’s state, however old', () => {
    const old = { date: '2010-05-01' };
    expect(canStillMatter(event(old), day)).toBe(false);
    expect(canStillMatter(event({ ...old, ongoing: true }), day)).toBe(true);
    for (const typeKey of ['death', 'pet-death', 'wedding', 'business-anniversary', 'divorce', 'separation', 'retirement', 'staff-leaving'] as const) {
      expect(canStillMatter(event({ ...old, typeKey }), day), typeKey).toBe(true);
    }
  });

  it('judges stored dates as their periods do, at every precision, whether or not a date sits on its period’s first day', () => {
    const bound = addDays(day, -MATTERS_FOR_DAYS);
    for (let back = 300; back < 800; back += 3) {
      const d = addDays(day, -back);
      for (const precision of ['day', 'month', 'year'] as const) {
        for (const stored of new Set([d, precision === 'month' ? `${d.slice(0, 8)}01` : precision === 'year' ? `${d.slice(0, 5)}01-01` : d])) {
          const byPeriod = periodOf({ date: stored, precision }).last >= bound;
          expect(canStillMatter(event({ date: stored, precision }), day), `${stored} ${precision}`).toBe(byPeriod);
          // The query's bounds agree.
          expect(stored >= storedMattersSince(day)[precision]).toBe(byPeriod);
        }
      }
    }
  });

  it('what an event’s links keep (until when it can matter) never leaves out one that matters, and lets go of the rest', () => {
    const stored = fc.oneof(
      fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      // Text a date never is, as an old import may have left it.
      fc.constantFrom('', '2025', '2025-11', 'abc', '2025-11-31', '0000-01-01'),
    );
    const facts = fc.record({
      typeKey: fc.constantFrom('trip', 'illness', 'new-job', 'wedding', 'death', 'separation', 'retirement', 'made-up'),
      date: stored,
      endDate: fc.option(stored, { nil: null }),
      precision: fc.constantFrom('day' as const, 'month' as const, 'year' as const),
      ongoing: fc.boolean(),
    });
    let letGo = 0;
    fc.assert(
      fc.property(facts, fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }), (e, at) => {
        const visitDay = at.toISOString().slice(0, 10);
        const reached = mattersThrough(e) >= mattersSince(visitDay);
        if (canStillMatter(e, visitDay)) expect(reached, JSON.stringify(e)).toBe(true);
        else if (!reached) letGo++;
      }),
      { numRuns: 3_000 },
    );
    // It says something: events long past (a tenth of those drawn) are let go by the links alone.
    expect(letGo).toBeGreaterThan(150);
    // The edges: the last day of a month or year still reaches a bound inside it, the day after does not.
    expect(mattersThrough(event({ date: '2025-01-01', precision: 'month' })) >= '2025-01-31').toBe(true);
    expect(mattersThrough(event({ date: '2025-01-01', precision: 'month' })) >= '2025-02-01').toBe(false);
    expect(mattersThrough(event({ date: '2025-01-01', precision: 'year' })) >= '2025-12-31').toBe(true);
    expect(mattersThrough(event({ date: '2024-01-10', endDate: '2025-06-01' })) >= '2025-06-01').toBe(true);
  });

  it('an old event never joins two current ones into one fact', () => {
    // Sue's hard time now, and Tom's back trouble since 2023 (ongoing), share nothing. An old
    // "Hard time" of Sue's, on the day Tom's trouble began, used to glue them into one item.
    const now = new Date('2025-11-18T09:00:00Z');
    const sueNow = recorded('mental-health', [1], '2025-11-10', { title: 'Hard time' });
    const tomOngoing = recorded('mental-health', [2], '2023-09-01', { title: 'Back trouble', ongoing: true });
    const sueLongAgo = recorded('mental-health', [1], '2023-09-01', { title: 'Hard time' });
    const world = snapshot({ lifeEvents: [sueNow, tomOngoing, sueLongAgo] });
    const b = buildBriefing(world, { now, timeZone: LONDON });
    const texts = [...b.people.flatMap((p) => p.sections), ...b.client.sections].flatMap((s) => [...s.items, ...s.more]).map((i) => i.detail ?? '');
    expect(texts.filter((d) => d.includes('Hard time'))).toHaveLength(1);
    expect(texts.filter((d) => d.includes('Back trouble'))).toHaveLength(1);
    expect(texts.filter((d) => d.includes('Back trouble') && d.includes('Hard time'))).toEqual([]);
    expect(b).toEqual(buildBriefing(keptFor(world, LONDON), { now, timeZone: LONDON }));
  });
});
