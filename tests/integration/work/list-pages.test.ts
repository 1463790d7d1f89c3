import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { followUpsPage } from '../../../db/repositories/follow-ups.ts';
import { incidentsPage } from '../../../db/repositories/incidents.ts';
import { knowHowPage } from '../../../db/repositories/know-how.ts';
import * as schema from '../../../db/schema/index.ts';
import type { ListPage } from '../../../src/contract/schemas/pages.ts';
import type { FollowUpRow, IncidentRow, KnowHowRow } from '../../../src/contract/schemas/work.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

const NOW = '2026-11-25T09:00:00.000Z';
const day = (n: number) => new Date(Date.parse(NOW) + n * 86_400_000).toISOString();

/**
 * The follow-ups, incidents and know-how screens ask the database for a page: the first rows
 * in the list's order, how many there are in all, and the names to show, with the filter run
 * over every row (not just the page already drawn).
 */
describe('follow-ups, incidents and know-how a page at a time', () => {
  let store: TempStore;
  let call: Dispatcher;
  let acme: number;
  let sue: number;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock(NOW));
    acme = value<{ id: number }>(call('clients:create', { name: 'Acme Printing' })).id;
    sue = value<{ id: number }>(call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: acme, role: 'owner' })).id;
  });
  afterEach(() => store.dispose());

  function value<T>(result: ReturnType<Dispatcher>): T {
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  }
  const page = <T>(channel: 'followUps:page' | 'incidents:page' | 'knowHow:page', input: object) => value<ListPage<T>>(call(channel, input as never));

  it('follow-ups: overdue, coming up and done are separate pages with their totals, soonest (or latest done) first', () => {
    // 60 overdue, oldest last created; 3 coming up; 2 done.
    for (let i = 0; i < 60; i++) call('followUps:create', { clientId: acme, dueAt: day(-1 - i), kind: 'call', context: `Overdue ${i}` });
    for (let i = 0; i < 3; i++) call('followUps:create', { clientId: acme, personId: sue, dueAt: day(1 + i), kind: 'email', context: `Soon ${i}` });
    const first = value<{ id: number }>(call('followUps:create', { clientId: acme, dueAt: day(-100), kind: 'check', context: 'Done early' }));
    const second = value<{ id: number }>(call('followUps:create', { clientId: acme, dueAt: day(-100), kind: 'check', context: 'Done late' }));
    call('followUps:done', { id: first.id, at: day(-50) });
    call('followUps:done', { id: second.id, at: day(-2) });

    const overdue = page<FollowUpRow>('followUps:page', { section: 'overdue', limit: 50 });
    expect(overdue.total).toBe(60);
    expect(overdue.items).toHaveLength(50);
    expect(overdue.items[0]).toMatchObject({ context: 'Overdue 59', clientName: 'Acme Printing', personName: null });
    expect(overdue.items.map((f) => f.dueAt)).toEqual([...overdue.items.map((f) => f.dueAt)].sort());

    const upcoming = page<FollowUpRow>('followUps:page', { section: 'upcoming' });
    expect(upcoming).toMatchObject({ total: 3, items: [{ context: 'Soon 0', personName: 'Sue Baker' }, { context: 'Soon 1' }, { context: 'Soon 2' }] });
    expect(page<FollowUpRow>('followUps:page', { section: 'done' }).items.map((f) => f.context)).toEqual(['Done late', 'Done early']);
  });

  it('follow-ups: the filter finds a row beyond the first page, by context, kind, client or person, every word at once', () => {
    for (let i = 0; i < 60; i++) call('followUps:create', { clientId: acme, dueAt: day(-1 - i), kind: 'call', context: i === 0 ? 'Ask about the new toner' : `Check ${i}` });
    call('followUps:create', { clientId: acme, personId: sue, dueAt: day(-200), kind: 'email', context: 'Send the invoice' });
    // The last one due is not on the first page of 50 …
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue' }).items.some((f) => f.context === 'Ask about the new toner')).toBe(false);
    // … but the filter finds it, in any case, with every word somewhere in the row.
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue', query: 'TONER' })).toMatchObject({ total: 1, items: [{ context: 'Ask about the new toner' }] });
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue', query: 'sue invoice' })).toMatchObject({ total: 1, items: [{ personName: 'Sue Baker' }] });
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue', query: 'email' }).total).toBe(1);
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue', query: 'acme' }).total).toBe(61);
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue', query: 'sue toner' }).total).toBe(0);
    // Wildcards typed are taken as they are.
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue', query: '%' }).total).toBe(0);
  });

  it('follow-ups: a person in the trash is not named, and a client in the trash hides its follow-ups', () => {
    call('followUps:create', { clientId: acme, personId: sue, dueAt: day(-1), kind: 'call' });
    call('people:delete', { id: sue });
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue' })).toMatchObject({ total: 1, items: [{ personName: null }] });
    call('clients:delete', { id: acme });
    expect(page<FollowUpRow>('followUps:page', { section: 'overdue' })).toEqual({ total: 0, items: [] });
  });

  it('incidents: latest first with the client’s name; “not yet explained” and the filter run in the database', () => {
    const other = value<{ id: number }>(call('clients:create', { name: 'The Patels' })).id;
    for (let i = 0; i < 55; i++) call('incidents:create', { clientId: acme, startedAt: day(-1 - i), summary: `Printer jam ${i}` });
    call('incidents:create', { clientId: other, startedAt: day(-300), summary: 'Backup drive full', cause: 'Never pruned' });
    const all = page<IncidentRow>('incidents:page', {});
    expect(all.total).toBe(56);
    expect(all.items).toHaveLength(50);
    expect(all.items[0]).toMatchObject({ summary: 'Printer jam 0', clientName: 'Acme Printing' });
    expect(page<IncidentRow>('incidents:page', { query: 'patels' })).toMatchObject({ total: 1, items: [{ summary: 'Backup drive full', clientName: 'The Patels' }] });
    expect(page<IncidentRow>('incidents:page', { query: 'pruned' }).total).toBe(1);
    expect(page<IncidentRow>('incidents:page', { unexplained: true })).toMatchObject({ total: 1, items: [{ summary: 'Backup drive full' }] });
    expect(page<IncidentRow>('incidents:page', { unexplained: true, query: 'jam' }).total).toBe(0);
  });

  it('know-how: most asked first with who asked; the filter looks in questions, answers and names', () => {
    for (let i = 0; i < 55; i++) call('knowHow:create', { clientId: acme, question: `Question ${i}`, lastAskedAt: day(-1 - i) });
    const printer = value<{ id: number }>(call('knowHow:create', { personId: sue, question: 'How do I add the printer?', answer: 'Settings, then Devices.', lastAskedAt: day(-400) }));
    call('knowHow:askedAgain', { id: printer.id, at: day(-399) });
    const first = page<KnowHowRow>('knowHow:page', { limit: 3 });
    expect(first.total).toBe(56);
    expect(first.items.map((k) => k.question)).toEqual(['How do I add the printer?', 'Question 0', 'Question 1']);
    expect(first.items[0]).toMatchObject({ personName: 'Sue Baker', clientName: null, timesAsked: 2 });
    expect(first.items[1]).toMatchObject({ clientName: 'Acme Printing', personName: null });
    expect(page<KnowHowRow>('knowHow:page', { query: 'devices' }).total).toBe(1);
    expect(page<KnowHowRow>('knowHow:page', { query: 'baker' }).total).toBe(1);
    expect(page<KnowHowRow>('knowHow:page', { query: 'question 54' })).toMatchObject({ total: 1, items: [{ question: 'Question 54' }] });
    call('people:delete', { id: sue });
    expect(page<KnowHowRow>('knowHow:page', {}).total).toBe(55);
  });

  it('refuses a page size or filter that makes no sense, with a sentence saying what to do', () => {
    for (const [channel, input] of [
      ['followUps:page', { section: 'overdue', limit: 0 }],
      ['incidents:page', { limit: 2.5 }],
      ['knowHow:page', { limit: 1_000_000 }],
    ] as const) {
      const r = call(channel, input as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/page size \(limit\) as a whole number from 1 to 5,000/);
    }
    const section = call('followUps:page', { section: 'late' } as never);
    expect(section.ok || section.error.message).toMatch(/Say which follow-ups: overdue, upcoming or done\./);
    const long = call('knowHow:page', { query: 'x'.repeat(201) });
    expect(long.ok || long.error.message).toMatch(/Keep the filter to 200 characters or fewer\./);
  });

  it('reads each page through an index in the list’s order: no scan of the table, no sort of every row', () => {
    for (let i = 0; i < 5; i++) {
      call('followUps:create', { clientId: acme, dueAt: day(i - 2), kind: 'call' });
      call('incidents:create', { clientId: acme, startedAt: day(-i), summary: 'Jam' });
      call('knowHow:create', { clientId: acme, question: `Q${i}` });
    }
    const queries: { sql: string; params: unknown[] }[] = [];
    const db = drizzle(store.sqlite, { schema, logger: { logQuery: (sql, params) => queries.push({ sql, params }) } });
    const rows = (run: () => unknown) => {
      queries.length = 0;
      run();
      // The first query reads the page; the second counts.
      const { sql, params } = queries[0]!;
      return (store.sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
    };
    for (const section of ['overdue', 'upcoming', 'done'] as const) {
      const plan = rows(() => followUpsPage(db, NOW, { section, limit: 50 }));
      expect(plan, section).toContainEqual(expect.stringMatching(/^SEARCH follow_ups USING INDEX follow_ups_due_idx/));
      expect(plan.filter((step) => /TEMP B-TREE/.test(step)), section).toEqual([]);
    }
    const incidentsPlan = rows(() => incidentsPage(db, { limit: 50 }));
    expect(incidentsPlan).toContainEqual(expect.stringMatching(/^SCAN incidents USING INDEX incidents_started_idx/));
    expect(incidentsPlan.filter((step) => /TEMP B-TREE/.test(step))).toEqual([]);
    const knowHowPlan = rows(() => knowHowPage(db, { limit: 50 }));
    expect(knowHowPlan).toContainEqual(expect.stringMatching(/^SCAN know_how USING INDEX know_how_most_asked_idx/));
    expect(knowHowPlan.filter((step) => /TEMP B-TREE/.test(step))).toEqual([]);
  });
});
