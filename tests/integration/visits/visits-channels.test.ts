import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import type { Visit } from '../../../src/contract/schemas/visits.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { seedClient, seedPerson } from './seed.ts';

describe('visits through the handler table', () => {
  let store: TempStore;
  let call: Dispatcher;
  let clientId: number;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
    clientId = seedClient(store, 'Smith Dental');
  });
  afterEach(() => store.dispose());

  const value = <T>(result: ReturnType<Dispatcher>): T => {
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };

  it('plans, autosaves, logs attendance, completes and lists a visit', () => {
    const sue = seedPerson(store, 'Sue');
    const visit = value<Visit>(call('visits:create', { clientId, startsAt: '2026-11-25T10:00:00Z', purpose: 'Backups', expectedPersonIds: [sue] }));
    value(call('visits:update', { id: visit.id, notes: 'Sue is back from hospital' }));
    value(call('visits:update', { id: visit.id, workDone: 'Swapped the backup drive' }));
    value(call('visits:setAttendees', { id: visit.id, attendees: [{ personId: sue, attended: true }] }));
    value(call('visits:complete', { id: visit.id }));
    expect(call('visits:list', { clientId, status: 'completed' })).toMatchObject({
      ok: true,
      value: [{ id: visit.id, purpose: 'Backups', notes: 'Sue is back from hospital', workDone: 'Swapped the backup drive', attendees: [{ personId: sue, attended: true }] }],
    });
  });

  it('reports missing records, refused state changes and trash through plain errors', () => {
    expect(call('visits:get', { id: 9 })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Visit 9/) } });
    expect(call('visits:create', { clientId: 404, startsAt: '2026-11-25T10:00:00Z' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const visit = value<Visit>(call('visits:create', { clientId, startsAt: '2026-11-25T10:00:00Z' }));
    value(call('visits:cancel', { id: visit.id }));
    expect(call('visits:complete', { id: visit.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(call('visits:delete', { id: visit.id })).toMatchObject({ ok: true, value: { entity: 'visit', id: visit.id } });
    expect(call('visits:list', undefined)).toEqual({ ok: true, value: [] });
  });

  it('a deleted visit shows in the trash as it was reported, and comes back with its attendees', () => {
    const sue = seedPerson(store, 'Sue');
    const visit = value<Visit>(call('visits:create', { clientId, startsAt: '2026-11-26T10:00:00Z', expectedPersonIds: [sue] }));
    const item = value(call('visits:delete', { id: visit.id }));
    expect(call('trash:list', {})).toEqual({ ok: true, value: [item] });
    value(call('trash:restore', { entity: 'visit', id: visit.id }));
    expect(call('visits:get', { id: visit.id })).toMatchObject({ ok: true, value: { attendees: [{ personId: sue }] } });
  });

  it('a failed create writes nothing, even with several rows involved', () => {
    const sue = seedPerson(store, 'Sue');
    expect(call('visits:create', { clientId, startsAt: '2026-11-25T10:00:00Z', expectedPersonIds: [sue, 404] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(countRows(store, 'visits')).toBe(0);
  });
});
