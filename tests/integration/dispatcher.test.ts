import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../db/handlers/index.ts';
import { isReadChannel } from '../../src/contract/channel-names.ts';
import { CHANNELS } from '../../src/contract/channels.ts';
import { countRows, fixedClock, tempStore, type TempStore } from '../helpers/temp-store.ts';

describe('the handler table behind every transport', () => {
  let store: TempStore;
  let call: Dispatcher;
  beforeEach(async () => {
    store = await tempStore();
    call = createDispatcher(store, fixedClock('2026-11-25T09:00:00.000Z'));
  });
  afterEach(() => store.dispose());

  it('creates, lists, renames and archives through channels', () => {
    const created = call('clients:create', { name: 'Smith Dental', kind: 'business' });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: number } }).value.id;
    expect(call('clients:update', { id, name: 'Smith & Jones Dental' })).toMatchObject({ ok: true, value: { name: 'Smith & Jones Dental' } });
    expect(call('clients:archive', { id, archived: true })).toMatchObject({ ok: true, value: { archived: true } });
    expect(call('clients:list', undefined)).toEqual({ ok: true, value: [] });
    expect(call('clients:list', { includeArchived: true })).toMatchObject({ ok: true, value: [{ name: 'Smith & Jones Dental' }] });
  });

  it('gives the Clients list only what it shows and filters by, for the same clients as clients:list', () => {
    const smith = call('clients:create', { name: 'Smith Dental', kind: 'business', phone: '01632 960001', address: '1 High Street', notes: 'Long notes the list never shows', siteNotes: 'Server in the cupboard' });
    const patels = call('clients:create', { name: 'The Patels', kind: 'household', email: 'patels@example.org' });
    const smithId = (smith as { value: { id: number } }).value.id;
    call('clients:archive', { id: (patels as { value: { id: number } }).value.id, archived: true });
    expect(call('clients:rows', undefined)).toEqual({ ok: true, value: [{ id: smithId, name: 'Smith Dental', kind: 'business', phone: '01632 960001', email: null, address: '1 High Street', archived: false }] });
    const all = call('clients:rows', { includeArchived: true }) as { ok: true; value: { name: string; archived: boolean }[] };
    expect(all.value.map((c) => [c.name, c.archived])).toEqual([
      ['Smith Dental', false],
      ['The Patels', true],
    ]);
    const listed = call('clients:list', { includeArchived: true }) as { ok: true; value: { name: string }[] };
    expect(listed.value.map((c) => c.name)).toEqual(all.value.map((c) => c.name));
    expect(call('clients:rows', { includeArchived: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rejects an unknown channel', () => {
    expect(call('clients:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('reports a missing record as not_found', () => {
    expect(call('clients:get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Client 42/) } });
  });

  it('turns a SQLite failure into a storage error and leaves the file unchanged', () => {
    call('clients:create', { name: 'Before', kind: 'business' });
    store.sqlite.exec('create trigger block_insert before insert on clients begin select raise(abort, \'disk says no\'); end');
    const result = call('clients:create', { name: 'After', kind: 'business' });
    expect(result).toMatchObject({ ok: false });
    expect(countRows(store, 'clients')).toBe(1);
  });

  it('every channel rejects garbage input with a clear message and writes nothing', () => {
    const before = store.sqlite.serialize();
    for (const channel of CHANNELS) {
      for (const garbage of [42, 'text', [1], { id: 'one' }, { unexpected: true }]) {
        const result = call(channel, garbage);
        expect(result, `${channel} with ${JSON.stringify(garbage)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        // A refused write says nothing was saved; a refused read just says what is wrong.
        if (!result.ok) expect(result.error.message).toMatch(isReadChannel(channel) ? /^(?!Nothing was saved).{5,}/ : /^Nothing was saved\. .{5,}/);
      }
    }
    expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);
  });

  it('a refused read says what is wrong, not that nothing was saved', () => {
    expect(call('people:list', { limit: 0 })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'invalid_input', message: 'Give the page size (limit) as a whole number from 1 to 5,000.' }),
    });
  });
});
