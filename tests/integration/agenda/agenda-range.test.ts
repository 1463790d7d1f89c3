import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { agendaQueries } from '../../../db/repositories/agenda.ts';
import { visits } from '../../../db/schema/visits.ts';
import { AGENDA_MAX_ITEMS, type Agenda } from '../../../src/contract/schemas/agenda.ts';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { seedClient, seedPerson, trashClient } from '../visits/seed.ts';

describe('agenda:range, every client’s visits and contacts by day', () => {
  let store: TempStore;
  let call: Dispatcher;
  let smith: number;
  let baker: number;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-12-02T09:00:00.000Z'));
    smith = seedClient(store, 'Smith Dental');
    baker = seedClient(store, 'The Bakers');
  });
  afterEach(() => store.dispose());

  const value = <T>(result: ReturnType<Dispatcher>): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const plan = (clientId: number, startsAt: string, purpose = 'Check-up') => value<Visit>(call('visits:create', { clientId, startsAt, purpose }));
  const week = (timeZone: string, start = '2026-11-23') => value<Agenda>(call('agenda:range', { start, days: 7, timeZone }));
  const dayOf = (agenda: Agenda, id: number) => agenda.days.find((d) => d.visits.some((v) => v.id === id))?.date;

  it('a visit at 23:30 on Sunday evening lands on Sunday on the user’s calendar, whatever day it is in UTC', () => {
    // 23:30 on Sunday 29 November in New York is 04:30 on Monday in UTC.
    const newYork = plan(smith, '2026-11-30T04:30:00Z');
    // 23:30 on Sunday in Tokyo is 14:30 on Sunday in UTC; 00:30 on Monday there is still Sunday in UTC.
    const tokyoSunday = plan(baker, '2026-11-29T14:30:00Z');
    const tokyoMonday = plan(baker, '2026-11-29T15:30:00Z');

    expect(dayOf(week('America/New_York'), newYork.id)).toBe('2026-11-29');
    const tokyo = week('Asia/Tokyo');
    expect(dayOf(tokyo, tokyoSunday.id)).toBe('2026-11-29');
    // Monday 30 November in Tokyo is the next week: not in this one at all.
    expect(dayOf(tokyo, tokyoMonday.id)).toBeUndefined();
    expect(dayOf(week('Asia/Tokyo', '2026-11-30'), tokyoMonday.id)).toBe('2026-11-30');
  });

  it('days follow the clock across a change of summer time', () => {
    // London's clocks went back at 02:00 on Sunday 25 October 2026: that day lasts 25 hours.
    const lateSaturday = plan(smith, '2026-10-24T22:30:00Z'); // 23:30 BST, Saturday
    const lateSunday = plan(smith, '2026-10-25T23:30:00Z'); // 23:30 GMT, Sunday
    const agenda = week('Europe/London', '2026-10-19');
    expect(agenda.from).toBe('2026-10-18T23:00:00.000Z');
    expect(agenda.to).toBe('2026-10-26T00:00:00.000Z');
    expect(dayOf(agenda, lateSaturday.id)).toBe('2026-10-24');
    expect(dayOf(agenda, lateSunday.id)).toBe('2026-10-25');
  });

  it('shows planned and logged visits and every kind of contact across clients, in time order; leaves out cancelled, trashed and trashed clients’', () => {
    const sue = seedPerson(store, 'Sue');
    const later = plan(smith, '2026-11-25T14:00:00Z', 'Printer');
    const earlier = plan(baker, '2026-11-25T09:00:00Z', 'Router');
    const logged = plan(smith, '2026-11-24T10:00:00Z', 'Backups');
    value(call('visits:complete', { id: logged.id }));
    value(call('visits:cancel', { id: plan(smith, '2026-11-26T10:00:00Z').id }));
    value(call('visits:delete', { id: plan(smith, '2026-11-26T11:00:00Z').id }));
    value(call('contacts:create', { clientId: smith, personId: sue, kind: 'call', occurredAt: '2026-11-25T16:00:00Z', summary: 'Printer jams again' }));
    value(call('contacts:create', { clientId: baker, kind: 'remote', occurredAt: '2026-11-25T08:00:00Z', summary: 'Set up the scanner' }));
    const gone = seedClient(store, 'Gone Ltd');
    plan(gone, '2026-11-25T12:00:00Z');
    value(call('contacts:create', { clientId: gone, kind: 'email', occurredAt: '2026-11-25T12:00:00Z', summary: 'Invoice' }));
    trashClient(store, gone);

    const agenda = week('Europe/London');
    expect(agenda.days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    const wednesday = agenda.days[2]!;
    expect(wednesday.visits.map((v) => [v.id, v.clientName, v.purpose, v.status])).toEqual([
      [earlier.id, 'The Bakers', 'Router', 'planned'],
      [later.id, 'Smith Dental', 'Printer', 'planned'],
    ]);
    expect(wednesday.contacts.map((c) => [c.kind, c.clientName, c.personName, c.summary])).toEqual([
      ['remote', 'The Bakers', null, 'Set up the scanner'],
      ['call', 'Smith Dental', 'Sue', 'Printer jams again'],
    ]);
    expect(agenda.days[1]!.visits).toMatchObject([{ id: logged.id, status: 'completed' }]);
    expect(agenda.days[3]!.visits).toEqual([]);
    expect(agenda.more).toBe(false);
  });

  it('a moved visit (visits:update) shows on its new day', () => {
    const visit = plan(smith, '2026-11-24T10:00:00Z');
    value(call('visits:update', { id: visit.id, startsAt: '2026-11-27T14:00:00Z' }));
    expect(dayOf(week('Europe/London'), visit.id)).toBe('2026-11-27');
  });

  it(`stops at ${AGENDA_MAX_ITEMS} visits and says there are more`, () => {
    const rows = Array.from({ length: AGENDA_MAX_ITEMS + 5 }, (_, i) => ({
      clientId: smith,
      startsAt: new Date(Date.parse('2026-11-24T08:00:00Z') + i * 60_000).toISOString(),
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }));
    for (let i = 0; i < rows.length; i += 200) store.db.insert(visits).values(rows.slice(i, i + 200)).run();
    const agenda = week('Europe/London');
    expect(agenda.days.reduce((n, d) => n + d.visits.length, 0)).toBe(AGENDA_MAX_ITEMS);
    expect(agenda.more).toBe(true);
  });

  it('refuses a range it cannot read with a sentence saying what to give, and defaults to seven days', () => {
    expect(call('agenda:range', { start: '2026-11-23', days: 0, timeZone: 'Europe/London' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/number of days/) } });
    expect(call('agenda:range', { start: '2026-11-23', days: 43 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call('agenda:range', { start: '2026-11-23', timeZone: 'Mars/Olympus' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Unknown time zone/) } });
    expect(call('agenda:range', { start: '23/11/2026' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/2026-11-25/) } });
    expect(value<Agenda>(call('agenda:range', { start: '2026-11-23', timeZone: 'UTC' })).days).toHaveLength(7);
  });

  // The plan is fixed when the statement is prepared, so an empty database shows the real one.
  it('reads a range in two queries, each searching its time index (the large sample holds 100,000 visits)', () => {
    const planOf = (query: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = query.toSQL();
      const bound = params.map((p) => (typeof p === 'number' ? p : '2026-11-23T00:00:00.000Z'));
      return (store.sqlite.prepare(`explain query plan ${sql}`).all(...bound) as { detail: string }[]).map((r) => r.detail);
    };
    const { visitsIn, contactsIn } = agendaQueries(store.db);
    const visitPlan = planOf(visitsIn);
    expect(visitPlan).toContainEqual('SEARCH visits USING INDEX visits_starts_idx (starts_at>? AND starts_at<?)');
    expect(visitPlan).not.toContainEqual(expect.stringMatching(/^SCAN|TEMP B-TREE/));
    const contactPlan = planOf(contactsIn);
    expect(contactPlan).toContainEqual('SEARCH contacts USING INDEX contacts_occurred_idx (occurred_at>? AND occurred_at<?)');
    expect(contactPlan).not.toContainEqual(expect.stringMatching(/^SCAN|TEMP B-TREE/));
  });
});
