import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardStatements } from '../../../db/briefing/dashboard-statements.ts';
import { dashboardLists } from '../../../db/briefing/dashboard-lists.ts';
import { briefingStatements } from '../../../db/briefing/statements.ts';
import { dashboardWindow } from '../../../db/briefing/window.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { buildDashboardList, byDay } from '../../../src/briefing/dashboard.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * "Time to see…": Home shows five of the clients past their rhythm. The paged read takes the
 * soonest due from the next-due index and counts the rest there, judging one by one only those
 * within a day of today's start; it must give exactly the page and the total that wording every
 * client gives, in any time zone, on the days the clocks change too.
 */
describe('clients past their rhythm, a page at a time', () => {
  let store: TempStore;
  beforeAll(async () => {
    store = await tempStore();
    generateSampleData(store.sqlite, { name: 'rhythm', seed: 77, clients: 400, people: 1_200, events: 1_000, visits: 4_000 }, new Date('2026-11-25T08:00:00Z'));
    // Many clients overdue by a few days to a few weeks, at every hour of the day (last visit and
    // last contact moved together, as the triggers keep them), and some whose last contact fell
    // either side of midnight, a clock change ago or not.
    const at = (sql: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${sql})`;
    store.sqlite.exec(`
      update clients set last_visit_at = ${at("julianday(last_contact_at) - (id % 37) - (id % 24) / 24.0")} where last_contact_at is not null and id % 2 = 0;
      update clients set last_contact_at = last_visit_at where last_contact_at is not null and id % 2 = 0;
      update clients set rhythm_days = 7, last_visit_at = '2026-11-17T23:30:00.000Z', last_contact_at = '2026-11-17T23:30:00.000Z' where id in (select id from clients where rhythm_days is not null limit 3);
      update clients set rhythm_days = 28, last_visit_at = '2026-10-27T23:59:00.000Z', last_contact_at = '2026-10-27T23:59:00.000Z' where id in (select id from clients where rhythm_days is not null limit 3 offset 3);
      update clients set rhythm_days = 28, last_visit_at = '2026-10-28T00:30:00.000Z', last_contact_at = '2026-10-28T00:30:00.000Z' where id in (select id from clients where rhythm_days is not null limit 3 offset 6);`);
  }, 120_000);
  afterAll(() => store.dispose());

  const cases = [
    { now: '2026-11-25T08:00:00Z', timeZone: 'Europe/London' },
    { now: '2026-11-25T08:00:00Z', timeZone: 'Pacific/Auckland' },
    { now: '2026-11-25T03:00:00Z', timeZone: 'America/New_York' },
    { now: '2026-11-02T12:00:00Z', timeZone: 'America/New_York' }, // the day after the clocks went back
    { now: '2027-03-29T07:00:00Z', timeZone: 'Europe/London' }, // the day after they went forward
    { now: '2026-11-25T08:00:00Z', timeZone: 'Asia/Kolkata' },
  ];

  for (const { now, timeZone } of cases) {
    it(`on ${now} in ${timeZone}: every page and the total as wording every client gives`, () => {
      const q = dashboardStatements(store.db);
      const lists = dashboardLists(q, briefingStatements(store.db));
      const at = new Date(now);
      const window = dashboardWindow(at, timeZone);
      const options = { now: at, timeZone, from: window.from, to: window.to, lastOpenedAt: null };
      const everyone = (store.sqlite.prepare('select id from clients').all() as { id: number }[]).map((c) => c.id);
      const clients = q.clientsByIds.all({ ids: JSON.stringify(everyone), now: window.now });
      const all = buildDashboardList('pastRhythm', { visits: [], unloggedVisits: [], clients, followUps: [], people: [], relationships: [], roles: [], lifeEvents: [] }, options).sort(byDay);
      expect(all.length).toBeGreaterThan(10);
      const dayStarts = all.flatMap((item, i) => (i > 0 && all[i - 1]?.on.date !== item.on.date ? [[i - 1, 3] as const] : []));
      for (const [offset, limit] of [[0, 5], [5, 5], [0, 50], [all.length - 2, 5], [all.length, 5], ...dayStarts] as const) {
        const page = lists.page('pastRhythm', offset, limit, options, window);
        expect(page.total).toBe(all.length);
        expect(page.items).toEqual(all.slice(offset, offset + limit));
      }
    });
  }
});
