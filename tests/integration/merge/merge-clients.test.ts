import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import type { Client } from '../../../src/contract/schemas/clients.ts';
import type { DuplicateSuggestions, MergeOutcome, MergePreview } from '../../../src/contract/schemas/merge.ts';
import type { Person } from '../../../src/contract/schemas/people.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';

const NOW = '2026-11-25T08:00:00.000Z';

describe('merging two records of one client, and suggesting duplicates', () => {
  let store: TempStore;
  let dispatch: ReturnType<typeof createDispatcher>;
  const call = <T,>(channel: string, input: unknown): T => {
    const result = dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const refused = (channel: string, input: unknown) => {
    const result = dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} should have been refused`);
    return result.error;
  };

  beforeEach(async () => {
    store = await tempStore();
    dispatch = createDispatcher(store, fixedClock(NOW));
  });
  afterEach(() => store.dispose());

  it('moves visits, contacts, roles, follow-ups, incidents, know-how and news to the client kept, and its rhythm counts them', () => {
    const kept = call<Client>('clients:create', { name: 'Baker & Co', kind: 'business', rhythmDays: 28, notes: 'Back door after 5' }).id;
    const other = call<Client>('clients:create', { name: 'Baker and Co Ltd', kind: 'business', phone: '0113 496 0000', notes: 'Alarm code with Sue' }).id;
    const sue = call<Person>('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: kept, role: 'owner' }).id;
    call('roles:create', { personId: sue, clientId: other, role: 'owner' });
    const visit = call<{ id: number }>('visits:create', { clientId: other, startsAt: '2026-11-20T10:00:00Z', purpose: 'New laptop' }).id;
    call('visits:complete', { id: visit });
    call('contacts:create', { clientId: other, kind: 'call', occurredAt: '2026-11-22T10:00:00Z', summary: 'Printer' });
    call('followUps:create', { clientId: other, dueAt: '2026-11-30T10:00:00Z', kind: 'call', context: 'laptop' });
    call('incidents:create', { clientId: other, startedAt: '2026-11-01T10:00:00Z', summary: 'Server down' });
    call('knowHow:create', { clientId: other, question: 'Wi-Fi password?' });
    call('events:create', { typeKey: 'business-milestone', title: 'Ten years open', date: '2026-11-01', personIds: [sue], clientId: other });

    const preview = call<MergePreview>('clients:mergePreview', { keepId: kept, mergeId: other });
    expect(preview.fields.map((f) => f.field)).toEqual(['name', 'kind', 'phone', 'email', 'address', 'accessHours', 'parking', 'askFor', 'siteNotes', 'rhythmDays', 'rhythmContactKinds', 'notes', 'archived']);
    expect(Object.fromEntries(preview.links.map((l) => [l.link, [l.kept, l.merged]]))).toEqual({
      roles: [1, 1],
      visits: [0, 1],
      contacts: [0, 1],
      followUps: [0, 1],
      incidents: [0, 1],
      knowHow: [0, 1],
      lifeEvents: [0, 1],
    });
    expect(preview.notes).toEqual(['Dropped: 1 role someone had at both records.']);

    const outcome = call<MergeOutcome>('clients:merge', { keepId: kept, mergeId: other, choices: { notes: 'both' } });
    expect(outcome.kept).toEqual({ id: kept, name: 'Baker & Co' });
    expect(call<Client>('clients:get', { id: kept })).toMatchObject({ phone: '0113 496 0000', notes: 'Back door after 5\n\nAlarm code with Sue', rhythmDays: 28 });
    expect(dispatch('clients:get', { id: other })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call<unknown[]>('visits:list', { clientId: kept })).toHaveLength(1);
    expect(call<unknown[]>('contacts:list', { clientId: kept })).toHaveLength(1);
    expect(call<unknown[]>('followUps:list', { clientId: kept })).toHaveLength(1);
    expect(call<unknown[]>('incidents:list', { clientId: kept })).toHaveLength(1);
    expect(call<unknown[]>('knowHow:list', { clientId: kept })).toHaveLength(1);
    expect(call<unknown[]>('events:list', { clientId: kept })).toHaveLength(1);
    // Sue's owner role at both records is one role now.
    expect(call<unknown[]>('roles:listForClient', { clientId: kept })).toHaveLength(1);
    // The rhythm counts the visit and call made under the other record.
    expect(store.sqlite.prepare('select last_visit_at as v, last_contact_at as c from clients where id = ?').get(kept)).toEqual({ v: '2026-11-20T10:00:00.000Z', c: '2026-11-22T10:00:00.000Z' });
  });

  it('refuses a client with itself, unknown or in the trash, and changes nothing', () => {
    const a = call<Client>('clients:create', { name: 'Alpha', kind: 'business' }).id;
    const b = call<Client>('clients:create', { name: 'Beta', kind: 'business' }).id;
    expect(refused('clients:merge', { keepId: a, mergeId: a }).message).toMatch(/same client twice/);
    expect(refused('clients:merge', { keepId: a, mergeId: 77 }).message).toMatch(/Client 77 was not found/);
    call('clients:delete', { id: b });
    expect(refused('clients:mergePreview', { keepId: a, mergeId: b }).message).toBe('Beta is in the trash. Restore it from the Trash first, then merge.');
    expect(store.sqlite.prepare('select count(*) from clients').pluck().get()).toBe(2);
  });

  it('suggests people with the same e-mail, the same phone and alike names, or alike names at one client; and clients alike', () => {
    const shop = call<Client>('clients:create', { name: 'Reed Joinery', kind: 'business', email: 'office@reed.example' }).id;
    call('clients:create', { name: 'Reed Joinery Ltd', kind: 'business' });
    call('clients:create', { name: 'Patel Dental', kind: 'business', email: 'OFFICE@reed.example ' });
    const sue = call<Person>('people:create', { givenName: 'Sue', familyName: 'Reed', clientId: shop, phone: '01632 960001' }).id;
    const susan = call<Person>('people:create', { givenName: 'Susan', familyName: 'Reed', clientId: shop }).id;
    const tom = call<Person>('people:create', { givenName: 'Tom', familyName: 'Reed', clientId: shop, phone: '+44 1632 960001' }).id;
    const tom2 = call<Person>('people:create', { givenName: 'Thomas', familyName: 'Reid', phone: '01632 960001' }).id;
    const ann = call<Person>('people:create', { givenName: 'Ann', email: 'ann@example.com' }).id;
    const annie = call<Person>('people:create', { givenName: 'Annie', familyName: 'Lee', email: 'Ann@Example.com' }).id;

    const found = call<DuplicateSuggestions>('duplicates:suggest', {});
    const pairs = found.people.map((p) => [[p.a.name, p.b.name].join(' / '), p.reasons]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Ann / Annie Lee', ['same e-mail ann@example.com']],
        ['Sue Reed / Susan Reed', ['similar names at Reed Joinery']],
      ]),
    );
    // A shared landline alone is no reason: Sue and Tom share one, and so do Sue and Thomas Reid.
    expect(pairs.map(([names]) => names)).not.toContain('Sue Reed / Tom Reed');
    expect(found.people.find((p) => p.a.id === sue && p.b.id === tom2)).toBeUndefined();
    // Tom Reed and Thomas Reid, on the same number, probably are one.
    expect(found.people.find((p) => p.a.id === tom && p.b.id === tom2)?.reasons).toEqual(['same phone +44 1632 960001']);
    expect(found.people.find((p) => p.a.id === sue && p.b.id === susan)?.a.detail).toBe('Reed Joinery');
    expect(found.people.find((p) => p.a.id === ann && p.b.id === annie)).toBeDefined();
    expect(found.clients.map((p) => [[p.a.name, p.b.name].join(' / '), p.reasons])).toEqual(
      expect.arrayContaining([
        ['Reed Joinery / Reed Joinery Ltd', ['same name']],
        ['Reed Joinery / Patel Dental', ['same e-mail office@reed.example']],
      ]),
    );
  });

  it('sets a pair aside as different, either way round, until asked to offer it again; a bad pair is refused and changes nothing', () => {
    const lewises = call<Client>('clients:create', { name: 'The Lewises', address: '96 Moor Lane' }).id;
    const otherLewises = call<Client>('clients:create', { name: 'The Lewises', address: '75 Park Avenue' }).id;
    const sue = call<Person>('people:create', { givenName: 'Sue', familyName: 'Reed', email: 'sue@reed.example' }).id;
    const susan = call<Person>('people:create', { givenName: 'Susan', familyName: 'Reed', email: 'SUE@reed.example' }).id;
    const suggested = () => call<DuplicateSuggestions>('duplicates:suggest', {});
    expect(suggested().clients.map((p) => [p.a.id, p.b.id])).toEqual([[lewises, otherLewises]]);

    expect(call('duplicates:notSame', { kind: 'client', a: otherLewises, b: lewises })).toEqual({ kind: 'client', a: lewises, b: otherLewises, notSame: true, setAside: 1 });
    expect(suggested()).toMatchObject({ clients: [], setAside: 1 });
    // The people are another list: Sue and Susan still come up.
    expect(suggested().people.map((p) => [p.a.id, p.b.id])).toEqual([[sue, susan]]);

    const before = store.sqlite.prepare('select key, value from settings order by key').all();
    expect(refused('duplicates:notSame', { kind: 'person', a: sue, b: sue }).message).toContain('Choose two different records');
    expect(refused('duplicates:notSame', { kind: 'person', a: sue, b: 999 }).message).toMatch(/Person 999/);
    expect(refused('duplicates:notSame', { kind: 'person', a: sue, b: lewises + 100 })).toMatchObject({ code: 'not_found' });
    expect(store.sqlite.prepare('select key, value from settings order by key').all()).toEqual(before);

    // Undo: offered again.
    expect(call('duplicates:notSame', { kind: 'client', a: lewises, b: otherLewises, notSame: false })).toMatchObject({ notSame: false, setAside: 0 });
    expect(suggested().clients.map((p) => [p.a.id, p.b.id])).toEqual([[lewises, otherLewises]]);
  });
});
