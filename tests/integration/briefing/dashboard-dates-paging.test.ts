import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardStatements } from '../../../db/briefing/dashboard-statements.ts';
import { pagedDatesBetween, rankedDatesBetween } from '../../../db/briefing/gather-dashboard.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { byDay } from '../../../src/briefing/dashboard.ts';
import { addDays } from '../../../src/dates/calendar-date.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * Home shows five dates of the thousand or more a large database has in two weeks. The paged
 * read counts them in SQL and reads only the days the page reaches; it must give exactly the
 * page (and the total) that ranking every date gives, whatever the day, the range and the offset.
 */
describe('the dashboard dates, a page at a time', () => {
  let store: TempStore;
  let q: ReturnType<typeof dashboardStatements>;
  beforeAll(async () => {
    store = await tempStore();
    // Big enough that every day has several birthdays and anniversaries, ties included.
    generateSampleData(store.sqlite, { name: 'paging', seed: 4_242, clients: 120, people: 2_400, events: 12_000, visits: 600 }, new Date('2026-11-25T08:00:00Z'));
    // Someone trashed, someone who died, and a couple who split keep or drop their dates in both reads alike.
    store.sqlite.exec(`
      update people set deleted_at = '2026-11-20T09:00:00.000Z' where id in (select id from people where birthday_month = 11 limit 3);
      update people set died_on = '2026-06-01' where id in (select id from people where birthday_month = 12 and died_on is null limit 3);
      insert into people (given_name, family_name, birthday_month, birthday_day) values ('Leap', 'Day', 2, 29), ('Leap', 'Twin', 2, 29);
      insert into life_events (type_key, title, date, precision) values ('wedding', 'Leap-day wedding', '2024-02-29', 'day');
      insert into life_event_people (event_id, person_id) select (select id from life_events where title = 'Leap-day wedding'), id from people where family_name in ('Day', 'Twin');`);
    q = dashboardStatements(store.db);
  }, 120_000);
  afterAll(() => store.dispose());

  const cases = [
    { today: '2026-11-25', days: 14 }, // Home's look-ahead, month-precision November dates ranked first
    { today: '2026-12-24', days: 14 }, // across the new year
    { today: '2027-02-20', days: 14 }, // 29 February birthdays on the 28th in a common year
    { today: '2028-02-20', days: 14 }, // and on their own day in a leap year
    { today: '2026-12-01', days: 0 }, // a single day, the first of a month
  ];

  for (const { today, days } of cases) {
    it(`from ${today} for ${days} days: every page and total as ranking them all gives`, () => {
      const range = { from: today, to: addDays(today, days) };
      for (const dayOnly of [false, true]) {
        const all = rankedDatesBetween(q, range, today)
          .filter((item) => !dayOnly || item.on.precision === 'day')
          .sort(byDay);
        expect(all.length).toBeGreaterThan(days === 0 ? 0 : 40);
        if (today.endsWith('02-20')) {
          const leapDay = today.startsWith('2027') ? '2027-02-28' : '2028-02-29';
          const wedding = (store.sqlite.prepare("select id from life_events where title = 'Leap-day wedding'").get() as { id: number }).id;
          const onLeapDay = all.filter((item) => item.on.date === leapDay && (item.text.startsWith('Birthday of Leap') || item.about.some((r) => r.type === 'event' && r.id === wedding)));
          expect(onLeapDay.map((item) => item.kind).sort()).toEqual(['anniversary', 'birthday', 'birthday']);
        }
        // The first item of every day, and the one before it: pages that start on, and cross into, each day.
        const dayStarts = all.flatMap((item, i) => (i === 0 || all[i - 1]?.on.date !== item.on.date ? [[i, 5] as const, [Math.max(0, i - 1), 3] as const] : []));
        for (const [offset, limit] of [[0, 5], [5, 5], [3, 20], [all.length - 2, 5], [all.length, 5], ...dayStarts] as const) {
          const page = pagedDatesBetween(q, range, today, offset, limit, dayOnly);
          expect(page.total).toBe(all.length);
          expect(page.items).toEqual(all.slice(offset, offset + limit));
        }
      }
    });
  }
});
