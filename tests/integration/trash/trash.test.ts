import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../db/handlers/index.ts';
import { trashRepository } from '../../../db/repositories/trash.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { records } from '../search/records.ts';

describe('the trash', () => {
  let store: TempStore;
  let call: Dispatcher;
  let r: ReturnType<typeof records>;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, clock);
    r = records(store);
  });
  afterEach(() => store.dispose());

  const trashed = (table: string, id: number, at: string) => store.sqlite.prepare(`update ${table} set deleted_at = ? where id = ?`).run(at, id);
  const list = () => {
    const result = call('trash:list', {});
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { entity: string; id: number; label: string; deletedAt: string }[];
  };

  it('lists everything in the trash across every kind of record, most recent first, with labels a person recognises', () => {
    const client = r.client('Smith Dental');
    const gone = r.client('Patel Household', { kind: 'household' });
    const sue = r.person('Sue', 'Baker');
    const lily = r.person('Lily');
    const event = r.event('Hip operation', { clientId: client });
    const visit = r.visit(client, { startsAt: '2026-03-04T10:00:00.000Z' });
    const followUp = r.followUp(client, { kind: 'call', dueAt: '2026-03-05T18:00:00.000Z' });
    const incident = r.incident(client, 'Server down');
    const knowHow = r.knowHow(client, 'How do I print double-sided?');
    trashed('clients', gone, '2026-11-20T10:00:00.000Z');
    trashed('people', sue, '2026-11-21T10:00:00.000Z');
    trashed('people', lily, '2026-11-21T11:00:00.000Z');
    trashed('life_events', event, '2026-11-19T10:00:00.000Z');
    trashed('visits', visit, '2026-11-22T10:00:00.000Z');
    trashed('follow_ups', followUp, '2026-11-23T10:00:00.000Z');
    trashed('incidents', incident, '2026-11-18T10:00:00.000Z');
    trashed('know_how', knowHow, '2026-11-17T10:00:00.000Z');

    expect(list()).toEqual([
      { entity: 'followUp', id: followUp, label: 'Follow-up (call) with Smith Dental, due', day: '2026-03-05', deletedAt: '2026-11-23T10:00:00.000Z' },
      { entity: 'visit', id: visit, label: 'Visit to Smith Dental on', day: '2026-03-04', deletedAt: '2026-11-22T10:00:00.000Z' },
      { entity: 'person', id: lily, label: 'Lily', day: null, deletedAt: '2026-11-21T11:00:00.000Z' },
      { entity: 'person', id: sue, label: 'Sue Baker', day: null, deletedAt: '2026-11-21T10:00:00.000Z' },
      { entity: 'client', id: gone, label: 'Patel Household', day: null, deletedAt: '2026-11-20T10:00:00.000Z' },
      { entity: 'event', id: event, label: 'Hip operation', day: null, deletedAt: '2026-11-19T10:00:00.000Z' },
      { entity: 'incident', id: incident, label: 'Server down', day: null, deletedAt: '2026-11-18T10:00:00.000Z' },
      { entity: 'knowHow', id: knowHow, label: 'How do I print double-sided?', day: null, deletedAt: '2026-11-17T10:00:00.000Z' },
    ]);
  });

  it('restores a record: it leaves the trash and comes back everywhere', () => {
    const client = r.client('Smith Dental');
    expect(call('clients:delete', { id: client })).toMatchObject({ ok: true });
    expect(call('clients:get', { id: client })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    clock.advance(60_000);

    expect(call('trash:restore', { entity: 'client', id: client })).toEqual({
      ok: true,
      value: { entity: 'client', id: client, label: 'Smith Dental', day: null, deletedAt: '2026-11-25T09:00:00.000Z' },
    });
    expect(call('clients:get', { id: client })).toMatchObject({ ok: true, value: { name: 'Smith Dental', updatedAt: '2026-11-25T09:01:00.000Z' } });
    expect(list()).toEqual([]);
  });

  it('will not restore a record whose client is still in the trash, and says what to do', () => {
    const client = r.client('Smith Dental');
    const visit = r.visit(client);
    trashed('visits', visit, '2026-11-20T10:00:00.000Z');
    trashed('clients', client, '2026-11-21T10:00:00.000Z');

    expect(call('trash:restore', { entity: 'visit', id: visit })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'This visit belongs to Smith Dental, which is in the trash too. Restore Smith Dental first, then the visit.' },
    });
    expect(list()).toHaveLength(2);
    expect(call('trash:restore', { entity: 'client', id: client })).toMatchObject({ ok: true });
    expect(call('trash:restore', { entity: 'visit', id: visit })).toMatchObject({ ok: true, value: { entity: 'visit', id: visit } });
  });

  it('says so when the record is not in the trash', () => {
    const client = r.client('Smith Dental');
    expect(call('trash:restore', { entity: 'client', id: client })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/not in the trash/) } });
    expect(call('trash:restore', { entity: 'knowHow', id: 99 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('empties only when confirmed, deletes everything in it for good with what belongs to it, and leaves the rest', () => {
    const kept = r.client('Kept Ltd');
    const keptVisit = r.visit(kept);
    const gone = r.client('Gone Ltd');
    r.visit(gone);
    r.incident(gone, 'Flooded comms room');
    const sue = r.person('Sue', 'Baker');
    r.role(sue, kept);
    r.followUp(kept, { personId: sue });
    const trashedVisit = r.visit(kept);
    r.followUp(kept, { sourceVisitId: trashedVisit });
    trashed('clients', gone, '2026-11-20T10:00:00.000Z');
    trashed('people', sue, '2026-11-20T10:00:00.000Z');
    trashed('visits', trashedVisit, '2026-11-20T10:00:00.000Z');

    expect(call('trash:empty', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call('trash:empty', { confirm: false })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(list()).toHaveLength(3);

    expect(call('trash:empty', { confirm: true })).toEqual({ ok: true, value: { deleted: 3 } });
    expect(list()).toEqual([]);
    expect(store.sqlite.prepare('select id from visits').all()).toEqual([{ id: keptVisit }]);
    expect(countRows(store, 'incidents')).toBe(0);
    expect(countRows(store, 'roles')).toBe(0);
    expect(store.sqlite.prepare('select person_id as personId, source_visit_id as visitId from follow_ups').all()).toEqual([
      { personId: null, visitId: null },
      { personId: null, visitId: null },
    ]);
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(call('trash:empty', { confirm: true })).toEqual({ ok: true, value: { deleted: 0 } });
  });

  it('empties all or nothing, even when called outside the dispatcher', () => {
    const client = r.client('Gone Ltd');
    const sue = r.person('Sue');
    trashed('clients', client, '2026-11-20T10:00:00.000Z');
    trashed('people', sue, '2026-11-20T10:00:00.000Z');
    store.sqlite.exec("create trigger refuse before delete on clients begin select raise(abort, 'disk says no'); end");
    expect(() => trashRepository(store.sqlite, clock).empty()).toThrow(/disk says no/);
    expect(list().map((item) => item.entity)).toEqual(['client', 'person']);
  });
});
