import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { channels, type Channels } from '../transfer/helpers.ts';

/** Issue 14, part 2: each person's page tells their story, newest first, filterable. */
describe("a person's story", () => {
  let store: TempStore;
  let api: Channels;
  let sue: number;
  let tom: number;

  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock('2026-11-25T09:00:00.000Z'));
    const client = api.call('clients:create', { name: 'Smith Dental', kind: 'business' }).id;
    sue = api.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client, role: 'owner' }).id;
    tom = api.call('people:create', { givenName: 'Tom', familyName: 'Hill', clientId: client, role: 'staff' }).id;
    const visit = api.call('visits:create', { clientId: client, startsAt: '2026-10-01T09:00:00Z', purpose: 'Router', expectedPersonIds: [sue, tom] });
    api.call('visits:update', { id: visit.id, workDone: 'Swapped the router' });
    api.call('visits:setAttendees', { id: visit.id, attendees: [{ personId: sue, expected: true, attended: true }, { personId: tom, expected: true, attended: false }] });
    api.call('visits:complete', { id: visit.id, completedAt: '2026-10-01T10:00:00Z' });
    const surgery = api.call('events:create', { typeKey: 'surgery', title: 'Knee operation', date: '2026-09-15', personIds: [sue] });
    api.call('acknowledgements:record', { eventIds: [surgery.id], visitId: visit.id, at: '2026-10-01T09:30:00Z', note: 'recovering slowly' });
    api.call('contacts:create', { clientId: client, personId: sue, kind: 'call', occurredAt: '2026-11-20T15:00:00Z', summary: 'Printer jams again', promised: 'Send a quote' });
    api.call('followUps:create', { clientId: client, personId: sue, dueAt: '2026-11-27T09:00:00Z', kind: 'email', context: 'Quote for a printer' });
    api.call('incidents:create', { clientId: client, startedAt: '2026-11-02T08:00:00Z', summary: 'Sue could not send e-mail', cause: 'Full mailbox' });
    api.call('incidents:create', { clientId: client, startedAt: '2026-11-03T08:00:00Z', summary: 'Internet down' });
  });
  afterEach(() => store.dispose());

  it('reads newest first: follow-up, call, incident that names her, visit, what she said, life event', () => {
    const story = api.call('people:story', { id: sue });
    expect(story.map((e) => [e.kind, e.title, e.detail])).toEqual([
      ['followUp', 'Follow-up: E-mail', 'Quote for a printer'],
      ['contact', 'Phone call', 'Printer jams again · Promised: Send a quote'],
      ['incident', 'Incident: Sue could not send e-mail', null],
      ['said', 'Asked about Knee operation', 'recovering slowly'],
      ['visit', 'Visit to Smith Dental: Router', 'Swapped the router'],
      ['event', 'Knee operation', null],
    ]);
    expect(story.find((e) => e.kind === 'event')).toMatchObject({ at: '2026-09-15', precision: 'day' });
  });

  it('is filtered by kind, and leaves out visits they missed and incidents that do not name them', () => {
    expect(api.call('people:story', { id: sue, kinds: ['visit', 'contact'] }).map((e) => e.kind)).toEqual(['contact', 'visit']);
    expect(api.call('people:story', { id: tom })).toEqual([]);
    expect(api.call('people:story', { id: sue, limit: 2 })).toHaveLength(2);
    expect(api.failure('people:story', { id: 999 }).code).toBe('not_found');
    expect(api.failure('people:story', { id: sue, kinds: ['gossip' as 'visit'] }).message).toMatch(/Each kind must be one of: visit, contact/);
  });
});
