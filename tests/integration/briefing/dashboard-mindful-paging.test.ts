import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardStatements } from '../../../db/briefing/dashboard-statements.ts';
import { dashboardLists } from '../../../db/briefing/dashboard-lists.ts';
import { gatherDated } from '../../../db/briefing/gather-dashboard.ts';
import { briefingStatements } from '../../../db/briefing/statements.ts';
import { dashboardWindow } from '../../../db/briefing/window.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { buildDashboardList, byDay } from '../../../src/briefing/dashboard.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

/**
 * Mindful dates, a page at a time: the lean read ranks and counts the losses from the people
 * and events alone, then words one page with everyone close to them and where each belongs.
 * Every page must read as the engine words it with the whole database in view.
 */
describe('mindful dates, a page at a time', () => {
  let store: TempStore;
  beforeAll(async () => {
    store = await tempStore();
    generateSampleData(store.sqlite, { name: 'mindful', seed: 303, clients: 60, people: 900, events: 1_500, visits: 300 }, new Date('2026-11-25T08:00:00Z'));
    // Deaths whose anniversaries fall in the fortnight ahead, recorded on the person, by a death event, or both.
    store.sqlite.exec(`
      update people set died_on = '20' || (15 + id % 10) || '-' || case when id % 2 = 0 then '11-' || (20 + id % 10) else '12-0' || (1 + id % 8) end
        where id in (select a.id from people a join relationships r on r.person_a_id = a.id or r.person_b_id = a.id where a.died_on is null group by a.id order by a.id limit 40);
      insert into life_events (type_key, title, date, precision) select 'death', 'Funeral of ' || given_name, died_on, 'day' from people where died_on is not null and id % 3 = 0;
      insert into life_event_people (event_id, person_id) select e.id, p.id from life_events e join people p on e.title = 'Funeral of ' || p.given_name and e.date = p.died_on;
      insert into life_events (type_key, title, date, precision) values ('death', 'Grandad Joe (not in the book)', '2019-11-30', 'day'), ('death', 'Lost in the war', '1944-12-01', 'month');
      -- A yearly date the consultant marked as a loss: the wedding day of someone widowed.
      insert into life_events (type_key, title, date, precision, tone_override) values ('wedding', 'Their wedding day (he died in 2024)', '1980-11-28', 'day', 'grief');
      insert into life_event_people (event_id, person_id) select (select id from life_events where tone_override = 'grief'), min(id) from people where died_on is null;
      -- A friend of someone who died, placed only by her daughter, a client's contact who never knew the deceased.
      insert into people (given_name, family_name, died_on) values ('Dora', 'Departed', '2020-11-27');
      insert into people (given_name, family_name) values ('Frieda', 'Friend'), ('Connie', 'Contact');
      insert into roles (person_id, client_id, role) select id, (select min(id) from clients), 'owner' from people where given_name = 'Connie';
      insert into relationships (person_a_id, person_b_id, kind) select a.id, b.id, 'friend' from people a, people b where a.given_name = 'Dora' and b.given_name = 'Frieda';
      insert into relationships (person_a_id, person_b_id, kind) select a.id, b.id, 'parent' from people a, people b where a.given_name = 'Frieda' and b.given_name = 'Connie';`);
  }, 120_000);
  afterAll(() => store.dispose());

  for (const now of ['2026-11-25T08:00:00Z', '2026-11-17T08:00:00Z', '2026-12-02T20:00:00Z']) {
    it(`from ${now}: every page and the total as the engine gives with everyone in view`, () => {
      const q = dashboardStatements(store.db);
      const v = briefingStatements(store.db);
      const lists = dashboardLists(q, v);
      const at = new Date(now);
      const window = dashboardWindow(at, 'Europe/London');
      const options = { now: at, timeZone: 'Europe/London', from: window.from, to: window.to, lastOpenedAt: null };
      const ids = (table: string) => new Set((store.sqlite.prepare(`select id from ${table}`).all() as { id: number }[]).map((r) => r.id));
      const everything = gatherDated(q, v, { people: ids('people'), events: ids('life_events') }, window.now, true);
      const all = buildDashboardList('mindful', everything, options).sort(byDay);
      expect(all.length).toBeGreaterThan(12);
      if (now < '2026-11-28') expect(all.some((item) => item.text.includes('Their wedding day'))).toBe(true);
      if (now < '2026-11-28') expect(all.find((item) => item.text.includes('Dora Departed'))?.detail).toContain("Frieda Friend (Connie Contact's parent)");
      for (const [offset, limit] of [[0, 5], [5, 5], [3, 7], [0, 100], [all.length - 1, 5]] as const) {
        const page = lists.page('mindful', offset, limit, options, window);
        expect(page.total).toBe(all.length);
        expect(page.items).toEqual(all.slice(offset, offset + limit));
      }
    });
  }
});
