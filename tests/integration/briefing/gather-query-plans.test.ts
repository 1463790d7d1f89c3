import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardStatements } from '../../../db/briefing/dashboard-statements.ts';
import { gatherDashboard } from '../../../db/briefing/gather-dashboard.ts';
import { gatherVisit } from '../../../db/briefing/gather-visit.ts';
import { briefingStatements } from '../../../db/briefing/statements.ts';
import { dashboardWindow } from '../../../db/briefing/window.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import * as schema from '../../../db/schema/index.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

/** Tables the briefing must never read whole: each grows with years of history. */
const GROWING = /^SCAN (people|life_events|life_event_people|acknowledgements|visits|visit_attendees|follow_ups|incidents|know_how|relationships|roles)\b(?! USING (COVERING )?INDEX)/;

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
    expect(queries.length).toBeLessThanOrEqual(16);
    for (const { sql, plan } of plans()) expect(plan.filter((d) => GROWING.test(d)), sql).toEqual([]);
  });

  it('reads the dashboard with index lookups only', () => {
    const window = dashboardWindow(new Date('2026-11-25T08:00:00Z'), 'Europe/London');
    const snapshot = gatherDashboard(dashboardStatements(db), briefingStatements(db), window);
    expect(snapshot.visits).toHaveLength(1);
    expect(snapshot.people.map((p) => p.givenName)).toContain('Ann');
    expect(snapshot.lifeEvents.map((e) => e.title)).toEqual(['Wedding']);
    expect(snapshot.clients[0]).toMatchObject({ lastCompletedVisitAt: '2026-10-26T10:00:00.000Z', nextPlannedVisitAt: '2026-11-26T10:00:00.000Z' });
    for (const { sql, plan } of plans()) expect(plan.filter((d) => GROWING.test(d)), sql).toEqual([]);
  });
});
