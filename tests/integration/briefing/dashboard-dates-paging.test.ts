import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardStatements } from '../../../db/briefing/dashboard-statements.ts';
import { pagedDatesBetween, rankedDatesBetween } from '../../../db/briefing/gather-dashboard.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { byDay } from '../../../src/briefing/dashboard.ts';
import { LIFE_EVENT_TYPES } from '../../../src/catalogue/life-events.ts';
import { addDays } from '../../../src/dates/calendar-date.ts';
import { anniversariesBetween } from '../../../src/dates/yearly.ts';
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
      insert into life_event_people (event_id, person_id) select (select id from life_events where title = 'Leap-day wedding'), id from people where family_name in ('Day', 'Twin');
      insert into clients (name, kind) values ('Kept Ltd', 'business');
      insert into people (given_name, family_name) values ('Ex', 'One'), ('Ex', 'Two'), ('Gone', 'Soon');
      insert into relationships (person_a_id, person_b_id, kind, since, until) select a.id, b.id, 'spouse', '2010-05-01', '2024-03-01' from people a, people b where a.family_name = 'One' and b.family_name = 'Two';
      insert into life_events (type_key, title, date, precision, client_id) values
        ('wedding', 'Their wedding, since split', '2010-11-27', 'day', null),
        ('wedding', 'Only someone trashed', '2015-11-28', 'day', null),
        ('wedding', 'Someone trashed, a client kept', '2016-11-28', 'day', (select id from clients where name = 'Kept Ltd'));
      insert into life_event_people (event_id, person_id) select e.id, p.id from life_events e, people p where e.title = 'Their wedding, since split' and p.given_name = 'Ex';
      insert into life_event_people (event_id, person_id) select e.id, p.id from life_events e, people p where e.title like '%trashed%' and p.family_name = 'Soon';
      update people set deleted_at = '2026-11-20T09:00:00.000Z' where family_name = 'Soon';
      insert into people (given_name, family_name, died_on) values ('Late', 'Husband', '2025-01-10'), ('Late', 'Wife', null);
      insert into life_events (type_key, title, date, precision) values ('wedding', 'A wedding, one of them since died', '2012-11-29', 'day');
      insert into life_event_people (event_id, person_id) select e.id, p.id from life_events e, people p where e.title = 'A wedding, one of them since died' and p.given_name = 'Late';`);
    q = dashboardStatements(store.db);
  }, 120_000);
  afterAll(() => store.dispose());

  it('keeps a celebration only when nobody on it has died, no two on it have split up, and it names someone or a client', () => {
    const today = '2026-11-25';
    const range = { from: today, to: addDays(today, 14) };
    const celebration = new Set<string>(LIFE_EVENT_TYPES.filter((t) => t.recursYearly && t.tone === 'celebration').map((t) => t.key));
    const yearly = new Set<string>(LIFE_EVENT_TYPES.filter((t) => t.recursYearly).map((t) => t.key));
    type Row = { id: number; typeKey: string; date: string; precision: 'day' | 'month' | 'year'; toneOverride: string | null; clientId: number | null };
    const events = store.sqlite.prepare('select id, type_key as typeKey, date, precision, tone_override as toneOverride, client_id as clientId from life_events where deleted_at is null').all() as Row[];
    const people = new Map((store.sqlite.prepare('select id, died_on as diedOn from people where deleted_at is null').all() as { id: number; diedOn: string | null }[]).map((p) => [p.id, p]));
    const liveClients = new Set((store.sqlite.prepare('select id from clients where deleted_at is null').all() as { id: number }[]).map((c) => c.id));
    const on = new Map<number, number[]>();
    for (const l of store.sqlite.prepare('select event_id as e, person_id as p from life_event_people').all() as { e: number; p: number }[]) on.set(l.e, [...(on.get(l.e) ?? []), l.p]);
    const split = new Set((store.sqlite.prepare("select person_a_id as a, person_b_id as b from relationships where kind in ('partner', 'spouse') and until is not null and until <= ?").all(today) as { a: number; b: number }[]).map((r) => `${r.a}:${r.b}`));
    const expected = events.flatMap((e) => {
      if (!yearly.has(e.typeKey) || (e.toneOverride ?? (celebration.has(e.typeKey) ? 'celebration' : 'other')) !== 'celebration') return [];
      const living = (on.get(e.id) ?? []).flatMap((id) => people.get(id) ?? []);
      if (living.some((p) => p.diedOn !== null)) return [];
      if (living.some((a) => living.some((b) => split.has(`${a.id}:${b.id}`)))) return [];
      if (living.length === 0 && (e.clientId === null || !liveClients.has(e.clientId))) return [];
      return anniversariesBetween({ date: e.date, precision: e.precision }, range.from, range.to).map((a) => `${e.id}@${a.on.date}`);
    });
    const found = rankedDatesBetween(q, range, today).flatMap((item) => (item.kind === 'anniversary' ? item.about.filter((r) => r.type === 'event').map((r) => `${r.id}@${item.on.date}`) : []));
    expect(found.sort()).toEqual(expected.sort());
    const titled = (title: string) => (store.sqlite.prepare('select id from life_events where title = ?').get(title) as { id: number }).id;
    expect(found.some((f) => f.startsWith(`${titled('Their wedding, since split')}@`))).toBe(false);
    expect(found.some((f) => f.startsWith(`${titled('Only someone trashed')}@`))).toBe(false);
    expect(found.some((f) => f.startsWith(`${titled('A wedding, one of them since died')}@`))).toBe(false);
    expect(found).toContain(`${titled('Someone trashed, a client kept')}@2026-11-28`);
  });

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
