import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gatherVisit, gatherVisits } from '../../../db/briefing/gather-visit.ts';
import { briefingStatements } from '../../../db/briefing/statements.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

/** The gather reads the events that can still matter on each visit's day, and no others. */
describe('the briefing gather reads what can still matter', () => {
  let store: TempStore;
  let visitNow: number;
  let visitThen: number;
  beforeEach(async () => {
    store = await tempStore();
    const call = <T>(channel: string, input: unknown) => {
      const r = (createDispatcher(store, fixedClock('2026-11-25T08:00:00Z')) as (c: string, i: unknown) => { ok: boolean; value: T; error?: { message: string } })(channel, input);
      if (!r.ok) throw new Error(r.error?.message);
      return r.value;
    };
    const client = call<{ id: number }>('clients:create', { name: 'Hill household' }).id;
    const sue = call<{ id: number }>('people:create', { givenName: 'Sue', clientId: client, role: 'owner' }).id;
    call('events:create', { typeKey: 'trip', title: 'Trip to Crete', date: '2023-05-01', personIds: [sue] });
    call('events:create', { typeKey: 'new-job', title: 'New job at the library', date: '2026-10-01', personIds: [sue] });
    call('events:create', { typeKey: 'illness', title: 'Back trouble', date: '2019-03-01', precision: 'month', ongoing: true, personIds: [sue] });
    call('events:create', { typeKey: 'wedding', title: 'Wedding', date: '1990-06-02', personIds: [sue] });
    call('events:create', { typeKey: 'surgery', title: 'Knee operation', date: '2025-11-01', precision: 'month', personIds: [sue] });
    call('events:create', { typeKey: 'injury', title: 'Sprained wrist', date: '2025-11-10', personIds: [sue] });
    visitNow = call<{ id: number }>('visits:create', { clientId: client, startsAt: '2026-11-26T10:00:00Z' }).id;
    visitThen = call<{ id: number }>('visits:create', { clientId: client, startsAt: '2023-05-10T10:00:00Z', status: 'completed' }).id;
  });
  afterEach(() => store.dispose());

  const titles = (id: number) => gatherVisit(briefingStatements(store.db), id).lifeEvents.map((e) => e.title).sort();

  it('leaves out news long told, keeps what is ongoing, yearly, or within a year of the visit', () => {
    // The trip of 2023 is long told. A year before the visit is the bound: "November 2025" still
    // reaches it (its last day is 30 November), 10 November 2025 does not.
    expect(titles(visitNow)).toEqual(['Back trouble', 'Knee operation', 'New job at the library', 'Wedding']);
  });

  it('reads an old event again as soon as it is changed to matter, and lets it go when changed back', () => {
    const run = (query: string) => store.sqlite.prepare(query).run();
    // Re-dated to this autumn; then a month-long trip from the old date; then marked as still going on.
    run("update life_events set date = '2026-09-01' where title = 'Trip to Crete'");
    expect(titles(visitNow)).toContain('Trip to Crete');
    run("update life_events set date = '2023-05-01', end_date = '2026-02-01' where title = 'Trip to Crete'");
    expect(titles(visitNow)).toContain('Trip to Crete');
    run("update life_events set end_date = null, ongoing = 1 where title = 'Trip to Crete'");
    expect(titles(visitNow)).toContain('Trip to Crete');
    run("update life_events set ongoing = 0, type_key = 'separation' where title = 'Trip to Crete'");
    expect(titles(visitNow)).toContain('Trip to Crete');
    run("update life_events set type_key = 'trip' where title = 'Trip to Crete'");
    expect(titles(visitNow)).not.toContain('Trip to Crete');
    // A link moved from an old event onto a recent one (as merging two events would) reads as the recent one says.
    run(`insert into people (given_name) values ('Tom')`);
    run(`insert into roles (person_id, client_id, role) select id, (select min(id) from clients), 'family' from people where given_name = 'Tom'`);
    run(`insert into life_events (type_key, title, date, precision) values ('trip', 'Tom at school camp', '2001-07-01', 'day'), ('trip', 'Tom in Rome', '2026-10-20', 'day')`);
    run(`insert into life_event_people (event_id, person_id) select id, (select id from people where given_name = 'Tom') from life_events where title = 'Tom at school camp'`);
    expect(titles(visitNow)).not.toContain('Tom in Rome');
    run(`update life_event_people set event_id = (select id from life_events where title = 'Tom in Rome') where event_id = (select id from life_events where title = 'Tom at school camp')`);
    expect(titles(visitNow)).toContain('Tom in Rome');
  });

  it('judges each visit on its own day: a briefing for a visit in 2023 still has that spring’s trip', () => {
    // Everything after it is still to come for that visit.
    expect(titles(visitThen)).toEqual(['Back trouble', 'Knee operation', 'New job at the library', 'Sprained wrist', 'Trip to Crete', 'Wedding']);
    const together = gatherVisits(briefingStatements(store.db), [visitNow, visitThen]);
    expect(together).toEqual([gatherVisit(briefingStatements(store.db), visitNow), gatherVisit(briefingStatements(store.db), visitThen)]);
  });
});
