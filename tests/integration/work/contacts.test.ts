import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { channels, type Channels } from '../transfer/helpers.ts';

/**
 * A consultant rings a client between visits: the call is logged in seconds, resets the
 * client's rhythm (as the client's setting says), keeps its promise as a follow-up, and shows
 * in the next visit's briefing.
 */
describe('contacts that are not visits', () => {
  let store: TempStore;
  let api: Channels;
  const clock = fixedClock('2026-11-25T09:00:00.000Z');
  let client: number;
  let sue: number;

  beforeEach(async () => {
    store = await tempStore();
    clock.set('2026-11-25T09:00:00.000Z');
    api = channels(store, clock);
    client = api.call('clients:create', { name: 'Smith Dental', kind: 'business', rhythmDays: 28 }).id;
    sue = api.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client, role: 'owner' }).id;
    const visit = api.call('visits:create', { clientId: client, startsAt: '2026-10-01T09:00:00Z', expectedPersonIds: [sue] });
    api.call('visits:complete', { id: visit.id, completedAt: '2026-10-01T10:00:00Z' });
  });
  afterEach(() => store.dispose());

  /** The dashboard's past-rhythm line for the client, if it is due. */
  const rhythmLine = (now: string) => {
    const home = api.call('dashboard:get', { now, timeZone: 'Europe/London' });
    return JSON.stringify(home).match(/"text":"Time to see Smith Dental[^"]*","reason":"([^"]*)"/)?.[1] ?? null;
  };

  it('a call resets the rhythm, keeps its promise as a follow-up and shows in the next briefing', () => {
    expect(rhythmLine('2026-11-25T09:00:00Z')).toMatch(/^last visit 7 weeks ago/);

    const { contact, followUpId } = api.call('contacts:create', {
      clientId: client,
      personId: sue,
      kind: 'call',
      occurredAt: '2026-11-20T15:00:00Z',
      summary: 'Printer jams again',
      promised: 'Send a quote for a new printer',
      followUp: { dueAt: '2026-11-27T09:00:00Z', kind: 'email' },
    });
    expect(contact).toMatchObject({ clientName: 'Smith Dental', personName: 'Sue Baker', kind: 'call' });
    expect(api.call('followUps:list', { clientId: client })).toEqual([
      expect.objectContaining({ id: followUpId, sourceContactId: contact.id, personId: sue, kind: 'email', context: 'Send a quote for a new printer' }),
    ]);

    // Counted from the call now: not due until 18 December.
    expect(rhythmLine('2026-11-25T09:00:00Z')).toBeNull();
    expect(rhythmLine('2026-12-20T09:00:00Z')).toMatch(/^last phone call 4 weeks ago/);

    const next = api.call('visits:create', { clientId: client, startsAt: '2026-11-26T09:00:00Z', expectedPersonIds: [sue] });
    const briefing = api.call('briefing:forVisit', { id: next.id, timeZone: 'Europe/London' });
    const background = JSON.stringify(briefing);
    expect(background).toContain('Phone call with Sue: Printer jams again.');
    expect(background).toContain('Promised: Send a quote for a new printer.');
    expect(api.call('contacts:list', { personId: sue }).map((c) => c.summary)).toEqual(['Printer jams again']);
  });

  it('only the kinds of contact the client counts reset its rhythm', () => {
    api.call('contacts:create', { clientId: client, kind: 'email', occurredAt: '2026-11-20T15:00:00Z', summary: 'Sent the invoice' });
    expect(rhythmLine('2026-11-25T09:00:00Z')).toBeNull();
    api.call('clients:update', { id: client, rhythmContactKinds: ['call', 'remote'] });
    expect(api.call('clients:get', { id: client }).rhythmContactKinds).toEqual(['call', 'remote']);
    expect(rhythmLine('2026-11-25T09:00:00Z')).toMatch(/^last visit 7 weeks ago/);
    api.call('clients:update', { id: client, rhythmContactKinds: null });
    expect(rhythmLine('2026-11-25T09:00:00Z')).toBeNull();
  });

  it('goes to the trash and comes back, named as the trash names it', () => {
    const { contact } = api.call('contacts:create', { clientId: client, personId: sue, kind: 'call', occurredAt: '2026-11-20T15:00:00Z', summary: 'Printer' });
    const trashed = api.call('contacts:delete', { id: contact.id });
    expect(trashed).toMatchObject({ label: 'Phone call with Sue Baker,', day: '2026-11-20' });
    expect(api.call('trash:list', {})).toContainEqual(expect.objectContaining({ entity: 'contact', label: trashed.label, day: '2026-11-20' }));
    expect(api.call('contacts:list', { clientId: client })).toEqual([]);
    expect(rhythmLine('2026-11-25T09:00:00Z')).toMatch(/^last visit/);
    api.call('trash:restore', { entity: 'contact', id: contact.id });
    expect(api.call('contacts:list', { clientId: client })).toHaveLength(1);
  });

  it('refuses what cannot be right, in words, and changes nothing', () => {
    const before = store.sqlite.serialize();
    expect(api.failure('contacts:create', { clientId: client, kind: 'call', occurredAt: '2026-11-20T15:00:00Z', summary: ' ' }).message).toBe(
      'Nothing was saved. Say what it was about (e.g. "Printer jams again").',
    );
    expect(api.failure('contacts:create', { clientId: client, kind: 'fax' as 'call', occurredAt: '2026-11-20T15:00:00Z', summary: 'x' }).message).toMatch(/call, email, message or remote/);
    expect(api.failure('contacts:create', { clientId: 999, kind: 'call', occurredAt: '2026-11-20T15:00:00Z', summary: 'x' }).code).toBe('not_found');
    api.call('people:markDeceased', { id: sue, diedOn: '2026-11-01' });
    const afterDeath = store.sqlite.serialize();
    expect(api.failure('contacts:create', { clientId: client, personId: sue, kind: 'call', occurredAt: '2026-11-20T15:00:00Z', summary: 'x' }).message).toMatch(/Sue Baker died on 2026-11-01, before this contact/);
    expect(api.failure('contacts:list', {}).message).toBe('Say whose contacts to list: a client (clientId) or a person (personId).');
    expect(Buffer.compare(store.sqlite.serialize(), afterDeath)).toBe(0);
    expect(before.length).toBeGreaterThan(0);
  });
});
