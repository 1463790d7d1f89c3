import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../src/contract/schemas/briefing.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { channels, type Channels } from '../transfer/helpers.ts';

const NOW = '2026-11-25T08:00:00.000Z';
const TZ = 'Europe/London';

describe('tags on clients and people', () => {
  let store: TempStore;
  let api: Channels;
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
  });
  afterEach(() => store.dispose());

  const client = (name: string, rhythmDays: number | null = null) => api.call('clients:create', { name, rhythmDays }).id;
  const visitedOn = (clientId: number, day: string) => {
    const { id } = api.call('visits:create', { clientId, startsAt: `${day}T10:00:00Z` });
    api.call('visits:complete', { id, completedAt: `${day}T11:00:00Z` });
  };
  const pastRhythm = () => api.call('dashboard:get', { timeZone: TZ }).pastRhythm.map((i) => i.text);

  it('puts a tag on by name, one tag whatever the case, and counts who wears it', () => {
    const smith = client('Smith Dental');
    const patels = client('The Patels');
    const sue = api.call('people:create', { givenName: 'Sue' }).id;
    api.call('tags:add', { clientId: smith, name: 'On retainer' });
    expect(api.call('tags:add', { clientId: patels, name: '  on RETAINER ' }).map((t) => t.name)).toEqual(['On retainer']);
    api.call('tags:add', { personId: sue, name: 'Backup contract' });
    // Twice changes nothing.
    api.call('tags:add', { personId: sue, name: 'backup contract' });
    expect(api.call('tags:list', {})).toEqual([
      { id: expect.any(Number), name: 'Backup contract', rhythmDays: null, clients: 0, people: 1 },
      { id: expect.any(Number), name: 'On retainer', rhythmDays: null, clients: 2, people: 0 },
    ]);
  });

  it('filters the clients and people lists by tag in the database, keeping the page size', () => {
    const ids = ['Alpha', 'Beta', 'Gamma'].map((n) => client(n));
    const [retainer] = api.call('tags:add', { clientId: ids[0]!, name: 'On retainer' });
    api.call('tags:add', { clientId: ids[2]!, name: 'On retainer' });
    expect(api.call('clients:list', { tagId: retainer!.id }).map((c) => c.name)).toEqual(['Alpha', 'Gamma']);
    const people = ['Ann', 'Bob', 'Cat', 'Dee'].map((givenName) => api.call('people:create', { givenName }).id);
    for (const personId of people.slice(1)) api.call('tags:add', { personId, name: 'Family' });
    const family = api.call('tags:list', {}).find((t) => t.name === 'Family')!;
    expect(api.call('people:list', { tagId: family.id, limit: 2 }).map((p) => p.givenName)).toEqual(['Bob', 'Cat']);
    expect(api.call('people:list', { tagId: family.id, query: 'de' }).map((p) => p.givenName)).toEqual(['Dee']);
  });

  it('takes a tag off, renames it, refuses a name another tag has, and deletes it from everyone', () => {
    const smith = client('Smith Dental');
    const [tag] = api.call('tags:add', { clientId: smith, name: 'Retainer' });
    api.call('tags:add', { clientId: smith, name: 'Backup contract' });
    expect(api.call('tags:update', { id: tag!.id, name: 'On retainer' }).name).toBe('On retainer');
    expect(api.failure('tags:update', { id: tag!.id, name: 'backup CONTRACT' }).message).toMatch(/already a tag called “Backup contract”/);
    expect(api.call('tags:remove', { clientId: smith, tagId: tag!.id }).map((t) => t.name)).toEqual(['Backup contract']);
    const backup = api.call('tags:of', { clientId: smith })[0]!;
    expect(api.failure('tags:delete', { id: backup.id } as never).message).toMatch(/confirm/);
    expect(api.call('tags:delete', { id: backup.id, confirm: true })).toMatchObject({ name: 'Backup contract', clients: 1 });
    expect(api.call('tags:of', { clientId: smith })).toEqual([]);
  });

  it('refuses a blank tag, one on nobody, and one on both a client and a person, changing nothing', () => {
    const smith = client('Smith Dental');
    const sue = api.call('people:create', { givenName: 'Sue' }).id;
    expect(api.failure('tags:add', { clientId: smith, name: '   ' }).message).toMatch(/Give the tag a name/);
    expect(api.failure('tags:add', { name: 'On retainer' }).message).toMatch(/clientId or a personId/);
    expect(api.failure('tags:add', { clientId: smith, personId: sue, name: 'On retainer' }).message).toMatch(/clientId or a personId/);
    expect(api.failure('tags:add', { clientId: 999, name: 'On retainer' }).message).toMatch(/Client 999 was not found/);
    expect(api.call('tags:list', {})).toEqual([]);
  });

  it('gives a client without a rhythm its tag’s: the dashboard counts it, and the client’s own rhythm wins', () => {
    const smith = client('Smith Dental');
    const patels = client('The Patels', 90);
    visitedOn(smith, '2026-10-01');
    visitedOn(patels, '2026-10-01');
    expect(pastRhythm()).toEqual([]);
    const [retainer] = api.call('tags:add', { clientId: smith, name: 'On retainer' });
    api.call('tags:add', { clientId: patels, name: 'On retainer' });
    api.call('tags:update', { id: retainer!.id, rhythmDays: 28 });
    expect(api.call('clients:get', { id: smith }).tagRhythmDays).toBe(28);
    // Smith Dental goes by the tag (4 weeks, past); the Patels by their own 90 days (not yet).
    expect(pastRhythm()).toEqual(['Time to see Smith Dental: usually every 4 weeks.']);
    api.call('tags:remove', { clientId: smith, tagId: retainer!.id });
    expect(pastRhythm()).toEqual([]);
    api.call('tags:add', { clientId: smith, name: 'On retainer' });
    expect(pastRhythm()).toHaveLength(1);
    api.call('tags:delete', { id: retainer!.id, confirm: true });
    expect(pastRhythm()).toEqual([]);
    expect((api.call('dashboard:get', { timeZone: TZ }) satisfies Dashboard).totals.pastRhythm).toBe(0);
  });

  it('a client that falls due by its tag’s rhythm while the app is closed is in the catch-up', () => {
    const smith = client('Smith Dental');
    visitedOn(smith, '2026-11-01');
    const [retainer] = api.call('tags:add', { clientId: smith, name: 'On retainer' });
    api.call('tags:update', { id: retainer!.id, rhythmDays: 28 });
    expect(api.call('dashboard:get', { timeZone: TZ }).catchUp).toEqual([]);
    // Due on 29 November; opened again on 3 December.
    const later = api.call('dashboard:get', { timeZone: TZ, now: '2026-12-03T09:00:00Z' });
    expect(later.catchUp.map((i) => i.text)).toContain('Time to see Smith Dental: usually every 4 weeks.');
  });
});
