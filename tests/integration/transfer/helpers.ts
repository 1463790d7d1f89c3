import { createDispatcher } from '../../../db/handlers/index.ts';
import type { Clock } from '../../../db/clock.ts';
import type { Store } from '../../../db/connection.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/contract/channels.ts';
import { unwrap, type AppError } from '../../../src/contract/result.ts';

export const NOW = '2026-11-25T09:00:00.000Z';

/** Channels as the app calls them: through the dispatcher, values unwrapped, failures thrown as CallFailure. */
export function channels(store: Store, clock: Clock) {
  const dispatch = createDispatcher(store, clock);
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> => unwrap(dispatch(channel, input)) as ChannelOutput<C>;
  /** The failure a call ends in; the test fails if it succeeds. */
  const failure = <C extends Channel>(channel: C, input: ChannelInput<C>): AppError => {
    const result = dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} succeeded but was expected to fail`);
    return result.error;
  };
  return { call, failure, dispatch };
}

export type Channels = ReturnType<typeof channels>;

/**
 * On top of the sample data, what it leaves empty: records in the trash, an archived client,
 * external ids, tone overrides, ended and noted relationships, done follow-ups, settings…
 * so every column of every table holds a value somewhere.
 */
export function addTheRest({ call }: Channels): void {
  const client = call('clients:create', { name: 'Zebra Lettings', kind: 'business', phone: '0113 496 0000', email: 'office@zebra.example', address: '1 Canal Wharf, Leeds', accessHours: '9–5', parking: 'Visitor bay 3', askFor: 'Mo', siteNotes: 'Server in the cupboard', rhythmDays: 28, notes: 'Pays on time' });
  const spare = call('clients:create', { name: 'Old Client Ltd', kind: 'business' });
  call('clients:archive', { id: spare.id, archived: true });
  const gone = call('clients:create', { name: 'Deleted Client', kind: 'household' });
  const mo = call('people:create', {
    givenName: 'Mo', familyName: 'Farah', nickname: 'Moe', birthday: { month: 2, day: 29, year: 1984 }, phone: '07700 900001', email: 'mo@zebra.example', interests: 'running',
    preferences: 'flat white', techComfort: 'high', explainHow: 'straight to the point', followUpConsent: 'yes', followUpChannel: 'text', followUpTimes: 'after 6', notes: 'Owner', externalUid: 'card-mo-1',
    clientId: client.id, role: 'owner',
  });
  // Several labelled numbers and addresses (export version 3), the first still Mo's phone.
  call('people:update', { id: mo.id, phones: [{ value: '07700 900001', label: 'mobile' }, { value: '0113 496 0002', label: 'Home (after 6)' }], emails: [{ value: 'mo@zebra.example', label: 'work' }] });
  const ex = call('people:create', { givenName: 'Ex', familyName: 'Partner' });
  call('relationships:create', { personAId: mo.id, personBId: ex.id, kind: 'partner', since: '2010-01-01', until: '2020-06-30', notes: 'Amicable' });
  const role = call('roles:listForPerson', { personId: mo.id })[0]!;
  call('roles:update', { id: role.id, title: 'Director', since: '2015-03-01' });
  const trashedPerson = call('people:create', { givenName: 'Trashed', familyName: 'Person' });
  call('people:delete', { id: trashedPerson.id });
  const event = call('events:create', { typeKey: 'surgery', title: 'Knee operation', date: '2026-10-02', endDate: '2026-11-20', ongoing: false, toneOverride: 'neutral', clientId: client.id, notes: 'Back at work', personIds: [mo.id] });
  const trashedEvent = call('events:create', { typeKey: 'trip', title: 'Trip to Skye', date: '2026-09-01', precision: 'month', personIds: [mo.id] });
  call('events:delete', { id: trashedEvent.id });
  const visit = call('visits:create', { clientId: client.id, startsAt: '2026-11-20T09:00:00Z', endsAt: '2026-11-20T10:00:00Z', purpose: 'Router', location: 'Back office', externalUid: 'cal-123#2026-11-20T09:00:00Z', expectedPersonIds: [mo.id] });
  call('visits:update', { id: visit.id, notes: 'Mo was back at work.', workDone: 'Swapped the router' });
  call('visits:complete', { id: visit.id, completedAt: '2026-11-20T10:05:00Z' });
  call('acknowledgements:record', { eventIds: [event.id], visitId: visit.id, at: '2026-11-20T09:30:00Z', note: 'asked; knee is fine' });
  const trashedVisit = call('visits:create', { clientId: client.id, startsAt: '2026-12-01T09:00:00Z' });
  call('visits:delete', { id: trashedVisit.id });
  const followUp = call('followUps:create', { clientId: client.id, personId: mo.id, dueAt: '2026-11-21T18:00:00Z', kind: 'call', context: 'New router', sourceVisitId: visit.id });
  call('followUps:done', { id: followUp.id, at: '2026-11-21T18:10:00Z', outcome: 'All fine' });
  const trashedFollowUp = call('followUps:create', { clientId: client.id, dueAt: '2026-12-21T18:00:00Z', kind: 'email' });
  call('followUps:delete', { id: trashedFollowUp.id });
  call('incidents:create', { clientId: client.id, startedAt: '2026-11-01T08:00:00Z', resolvedAt: '2026-11-01T12:00:00Z', summary: 'Internet down', impact: 'No card payments', cause: 'Router firmware', prevention: 'New router', explainedAt: '2026-11-20T09:40:00Z' });
  call('incidents:delete', { id: call('incidents:create', { clientId: client.id, startedAt: '2026-11-02T08:00:00Z', summary: 'Duplicate' }).id });
  call('knowHow:create', { clientId: client.id, personId: mo.id, question: 'How do I reset the Wi-Fi?', answer: 'Hold the button 10 s', lastAskedAt: '2026-11-20T09:45:00Z' });
  call('knowHow:delete', { id: call('knowHow:create', { clientId: client.id, question: 'Old question' }).id });
  // A call with a promise kept by a follow-up, a remote session that does not count for the rhythm, one in the trash.
  call('clients:update', { id: client.id, rhythmContactKinds: ['call', 'email'] });
  call('contacts:create', {
    clientId: client.id, personId: mo.id, kind: 'call', occurredAt: '2026-11-22T10:00:00Z', summary: 'Printer jams', promised: 'Send a quote', notes: 'Rang from the shop floor',
    followUp: { dueAt: '2026-11-29T09:00:00Z', kind: 'email' },
  });
  call('contacts:create', { clientId: client.id, kind: 'remote', occurredAt: '2026-11-23T10:00:00Z', summary: 'Cleared the print queue' });
  call('contacts:delete', { id: call('contacts:create', { clientId: client.id, kind: 'message', occurredAt: '2026-11-24T10:00:00Z', summary: 'Wrong number' }).contact.id });
  // A tag with a rhythm on a client, a tag on a person, and one on a client in the trash.
  const [retainer] = call('tags:add', { clientId: spare.id, name: 'On retainer' });
  call('tags:update', { id: retainer!.id, rhythmDays: 28 });
  call('tags:add', { personId: mo.id, name: 'Likes a call first' });
  call('tags:add', { clientId: gone.id, name: 'Backup contract' });
  // The client's own fields (export version 4): words, and a renewal date with a reminder; one on a client in the trash.
  call('clientFields:set', { clientId: client.id, kind: 'text', label: 'ISP', value: 'Zen Internet' });
  call('clientFields:set', { clientId: client.id, kind: 'date', label: 'Microsoft 365 renewal', value: '2027-03-01', remindDaysBefore: 30 });
  call('clientFields:set', { clientId: gone.id, kind: 'text', label: 'Router', value: 'BT Smart Hub 2' });
  call('dashboard:get', { timeZone: 'Europe/London' });
  call('clients:delete', { id: gone.id });
}
