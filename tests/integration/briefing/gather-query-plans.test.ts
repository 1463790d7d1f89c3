import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardStatements } from '../../../db/briefing/dashboard-statements.ts';
import { dashboardLists } from '../../../db/briefing/dashboard-lists.ts';
import { DASHBOARD_LISTS } from '../../../src/briefing/dashboard.ts';
import { gatherVisit, gatherVisits } from '../../../db/briefing/gather-visit.ts';
import { briefingStatements } from '../../../db/briefing/statements.ts';
import { dashboardWindow } from '../../../db/briefing/window.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import * as schema from '../../../db/schema/index.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

/** Tables the briefing must never read whole: each grows with years of history. */
const GROWING = /^SCAN (people|life_events|life_event_people|acknowledgements|visits|visit_attendees|follow_ups|incidents|know_how|relationships|roles|client_fields)\b(?! USING (COVERING )?INDEX)/;
/**
 * Any other whole read, an index read end to end or a table under an alias included: only the id
 * lists passed in (json_each), a subquery's own few rows (know-how's "asked") and the partial index
 * of couples who split up (a few hundred among 20,000 people) may be read whole.
 */
const ANY_SCAN = /^SCAN (?!json_each\b|j\b|\(subquery-\d+\)|asked\b|e USING INDEX relationships_ended_couples_idx$)/;

describe('the briefing gather', () => {
  let store: TempStore;
  let queries: { sql: string; params: unknown[] }[];
  let db: ReturnType<typeof drizzle<typeof schema>>;
  beforeEach(async () => {
    store = await tempStore();
    const call = createDispatcher(store, fixedClock('2026-11-25T08:00:00Z'));
    const client = (call('clients:create', { name: 'Acme' }) as { value: { id: number } }).value.id;
    const ann = (call('people:create', { givenName: 'Ann', clientId: client, role: 'owner', birthday: { month: 11, day: 30 } }) as { value: { id: number } }).value.id;
    call('events:create', { typeKey: 'wedding', title: 'Wedding', date: '2020-11-28', personIds: [ann] });
    call('visits:create', { clientId: client, startsAt: '2026-11-26T10:00:00Z', expectedPersonIds: [ann] });
    call('visits:create', { clientId: client, startsAt: '2026-10-26T10:00:00Z', status: 'completed' });
    call('clientFields:set', { clientId: client, kind: 'date', label: 'Microsoft 365 renewal', value: '2026-12-01', remindDaysBefore: 30 });
    queries = [];
    db = drizzle(store.sqlite, { schema, logger: { logQuery: (sql, params) => queries.push({ sql, params }) } });
  });
  afterEach(() => store.dispose());

  const plans = () =>
    queries.map(({ sql, params }) => ({
      sql,
      plan: (store.sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail),
    }));

  it('reads one visit’s facts with index lookups only, in a fixed number of queries', () => {
    const snapshot = gatherVisit(briefingStatements(db), 1);
    expect(snapshot.people.map((p) => p.givenName)).toEqual(['Ann']);
    expect(queries.length).toBeLessThanOrEqual(18);
    for (const { sql, plan } of plans()) expect(plan.filter((d) => GROWING.test(d) || ANY_SCAN.test(d)), sql).toEqual([]);
  });

  it('reads the dashboard and its pages with index lookups only, clients included', () => {
    const now = new Date('2026-11-25T08:00:00Z');
    const window = dashboardWindow(now, 'Europe/London');
    const lists = dashboardLists(dashboardStatements(db), briefingStatements(db));
    const options = { now, timeZone: 'Europe/London', from: window.from, to: window.to, lastOpenedAt: new Date('2026-11-18T08:00:00Z') };
    const home = lists.home(options, window);
    expect(home.visitsThisWeek).toHaveLength(1);
    expect(home.dates.map((d) => d.kind)).toEqual(['anniversary', 'birthday']);
    expect(home.dates[1]?.text).toMatch(/Birthday of Ann.*Acme/);
    for (const list of DASHBOARD_LISTS) lists.page(list, 1, 20, options, window);
    const scansClients = /^SCAN clients\b(?! USING (COVERING )?INDEX)/;
    for (const { sql, plan } of plans()) expect(plan.filter((d) => GROWING.test(d) || scansClients.test(d)), sql).toEqual([]);
  });

  it('gathers the week’s visits in the same number of queries however many there are, each briefing as if read alone', () => {
    const call = createDispatcher(store, fixedClock('2026-11-25T08:00:00Z'));
    const now = new Date('2026-11-25T08:00:00Z');
    const window = dashboardWindow(now, 'Europe/London');
    const options = { now, timeZone: 'Europe/London', from: window.from, to: window.to, lastOpenedAt: new Date('2026-11-18T08:00:00Z') };
    const countHome = () => {
      queries.length = 0;
      const home = dashboardLists(dashboardStatements(db), briefingStatements(db)).home(options, window);
      return { count: queries.length, visits: home.visitsThisWeek.length, total: home.totals.visitsThisWeek, ids: home.visitsThisWeek.map((x) => x.visitId) };
    };
    const one = countHome();
    expect(one.visits).toBe(1);
    // Five more visits this week at three more clients, each with people, events, work and history.
    for (let i = 0; i < 5; i++) {
      const client = (call('clients:create', { name: `Client ${i}` }) as { value: { id: number } }).value.id;
      const person = (call('people:create', { givenName: `Person ${i}`, clientId: client, role: 'owner' }) as { value: { id: number } }).value.id;
      call('events:create', { typeKey: 'new-job', title: `New job ${i}`, date: '2026-10-01', personIds: [person] });
      call('followUps:create', { clientId: client, personId: person, dueAt: '2026-11-30T10:00:00Z', kind: 'call', context: `Ring ${i}` });
      call('visits:create', { clientId: client, startsAt: '2026-10-20T10:00:00Z', status: 'completed' });
      call('visits:create', { clientId: client, startsAt: `2026-11-2${6 + (i % 3)}T1${i}:00:00Z`, expectedPersonIds: [person] });
    }
    const six = countHome();
    // Home shows the first five, in order, and says there are six; "Show 1 more" brings the last.
    expect(six.visits).toBe(5);
    expect(six.total).toBe(6);
    expect(six.count).toBe(one.count);
    const rest = dashboardLists(dashboardStatements(db), briefingStatements(db)).visitsPage('visitsThisWeek', 5, 20, options, window);
    expect(rest.total).toBe(6);
    expect(rest.visits).toHaveLength(1);
    const startsOf = (ids: number[]) => ids.map((id) => (store.sqlite.prepare('select starts_at as s from visits where id = ?').get(id) as { s: string }).s);
    const all = startsOf([...six.ids, ...rest.visits.map((x) => x.visitId)]);
    expect(all).toEqual([...all].sort());
    for (const { sql, plan } of plans()) expect(plan.filter((d) => GROWING.test(d) || ANY_SCAN.test(d)), sql).toEqual([]);

    // Read together, each visit's facts are what reading it alone gives.
    const v = briefingStatements(db);
    const ids = (store.sqlite.prepare('select id from visits order by id').all() as { id: number }[]).map((r) => r.id);
    const together = gatherVisits(v, ids);
    expect(together.map((s) => s.visit.id)).toEqual(ids);
    ids.forEach((id, i) => expect(together[i], `visit ${id}`).toEqual(gatherVisits(v, [id])[0]));
    const second = together.find((s) => s.client.name === 'Client 2' && s.visit.expectedAttendeeIds.length > 0);
    expect(second?.people.map((p) => p.givenName)).toEqual(['Person 2']);
    expect(second?.followUps.map((f) => f.context)).toEqual(['Ring 2']);
    expect(second?.recentVisits.map((r) => r.startsAt)).toEqual(['2026-10-20T10:00:00.000Z']);
    expect(second?.lifeEvents.map((e) => e.title)).toEqual(['New job 2']);
  });

  it('finds the clients due a visit through the index of when each is next due', () => {
    const { sql } = dashboardStatements(db).rhythmDueBefore.getQuery();
    const plan = (store.sqlite.prepare(`explain query plan ${sql}`).all('2026-11-25T00:00:00Z', '2026-11-25T00:00:00Z') as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/clients USING INDEX clients_next_due_idx/);
    expect(plan.join('\n'), plan.join('\n')).toMatch(/SEARCH v USING (COVERING )?INDEX visits_(client_status|planned)_starts_idx/);
    // What the last contact was (a call, an e-mail…): one seek per client shown.
    expect(plan.join('\n'), plan.join('\n')).toMatch(/SEARCH c USING INDEX contacts_client_occurred_idx/);
  });

  it('finds the clients that fell due since the last opening through the same index, bounded on both sides', () => {
    const { sql, params } = dashboardStatements(db).rhythmDueBetween.getQuery();
    const plan = (store.sqlite.prepare(`explain query plan ${sql}`).all(...params.map(() => '2026-11-25T00:00:00Z')) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n'), plan.join('\n')).toMatch(/SEARCH clients USING INDEX clients_next_due_idx \(<expr>>\? AND <expr><\?\)/);
  });

  it('looks up unlogged visits by id, never by reading every planned visit', () => {
    const { sql } = dashboardStatements(db).unloggedByIds.getQuery();
    const plan = (store.sqlite.prepare(`explain query plan ${sql}`).all('[1, 2]') as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n'), plan.join('\n')).toMatch(/SEARCH visits USING INTEGER PRIMARY KEY/);
  });

  it('finds planned visits never logged through the partial index of planned visits', () => {
    const { sql, params } = dashboardStatements(db).unlogged.getQuery();
    const plan = (store.sqlite.prepare(`explain query plan ${sql}`).all(...params.map((p) => (typeof p === 'string' ? p : '2026-11-25T00:00:00Z'))) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/visits USING (COVERING )?INDEX visits_planned_starts_idx/);
  });
});
