import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseIcs, parseVCard } from '../../../src/import/index.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addTheRest, channels, NOW, type Channels } from './helpers.ts';

const expectWellFormed = (text: string) => {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
};

describe('exporting to open formats', () => {
  let store: TempStore;
  let api: Channels;
  let ids: { smith: number; sue: number; bob: number; lily: number; ex: number; visit: number };
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
    const smith = api.call('clients:create', { name: 'Smith Dental', address: '12 High Street, Leeds' }).id;
    const home = api.call('clients:create', { name: 'The Bakers', kind: 'household' }).id;
    const sue = api.call('people:create', { givenName: 'Sue', familyName: 'Baker', birthday: { month: 6, day: 14 }, phone: '07700 900123', email: 'sue@example.org', notes: 'Likes lemon drizzle cake', clientId: smith, role: 'owner' }).id;
    api.call('roles:create', { personId: sue, clientId: home, role: 'family' });
    api.call('roles:update', { id: api.call('roles:listForPerson', { personId: sue }).find((r) => r.clientId === smith)!.id, title: 'Practice owner' });
    const bob = api.call('people:addRelative', { personId: sue, relativeIs: 'spouse', relative: { givenName: 'Bob', familyName: 'Baker', birthday: { month: 10, day: 21, year: 1950 } } }).other.id;
    const lily = api.call('people:addRelative', { personId: sue, relativeIs: 'grandchild', relative: { givenName: 'Lily' } }).other.id;
    const ex = api.call('people:addRelative', { personId: sue, relativeIs: 'partner', relative: { givenName: 'Pat', familyName: 'Old' } }).other.id;
    api.call('relationships:end', { id: api.call('people:relatives', { id: sue }).find((r) => r.other.id === ex)!.relationship.id, until: '1970-01-01' });
    api.call('events:create', { typeKey: 'wedding', title: 'Sue and Bob married', date: '1975-06-14', personIds: [sue, bob] });
    api.call('events:create', { typeKey: 'wedding', title: 'Sue and Pat married', date: '1968-05-01', personIds: [sue, ex] });
    api.call('people:markDeceased', { id: bob, diedOn: '2026-11-11' });
    api.call('events:create', { typeKey: 'surgery', title: 'Hip operation', date: '2026-11-02', ongoing: true, personIds: [sue] });
    api.call('events:create', { typeKey: 'birth', title: 'Lily born', date: '2026-11-04', personIds: [lily, sue] });
    const visit = api.call('visits:create', { clientId: smith, startsAt: '2026-11-26T09:30:00Z', endsAt: '2026-11-26T11:00:00Z', purpose: 'New router', expectedPersonIds: [sue] }).id;
    api.call('followUps:create', { clientId: smith, personId: sue, dueAt: '2026-11-27T18:00:00Z', kind: 'call', context: 'Check the new router; she worries about the card machine', sourceVisitId: visit });
    api.call('visits:delete', { id: api.call('visits:create', { clientId: smith, startsAt: '2026-11-30T09:30:00Z' }).id });
    api.call('people:delete', { id: api.call('people:create', { givenName: 'Trashed' }).id });
    ids = { smith, sue, bob, lily, ex, visit };
  });
  afterEach(() => store.dispose());

  it('writes vCards of everyone outside the trash that the importer reads back', () => {
    const { text } = api.call('export:vcard', {});
    expectWellFormed(text);
    const { contacts, issues } = parseVCard(text);
    expect(issues).toEqual([]);
    expect(contacts.map((c) => c.fullName)).toEqual(['Sue Baker', 'Bob Baker', 'Lily', 'Pat Old']);
    expect(contacts[0]).toMatchObject({
      uid: `askafter-person-${ids.sue}`,
      birthday: { month: 6, day: 14 },
      anniversary: { year: 1975, month: 6, day: 14 },
      phones: [{ value: '07700 900123' }],
      emails: [{ value: 'sue@example.org' }],
      note: 'Likes lemon drizzle cake',
      organisation: 'Smith Dental',
      title: 'Practice owner',
      related: [
        { name: 'Bob Baker', kind: 'spouse' },
        { name: 'Lily', kind: 'grandchild' },
      ],
    });
    expect(contacts[0]?.birthday?.year).toBeUndefined();
    expect(text).toContain(`UID:askafter-person-${ids.bob}\r\nFN:Bob Baker\r\nN:Baker;Bob;;;\r\nBDAY:19501021\r\nDEATHDATE:20261111\r\n`);
    expect(contacts[2]).toMatchObject({ givenName: 'Lily', related: [{ name: 'Sue Baker', kind: 'grandparent' }] });
    // The former partner is no partner, and their wedding no anniversary.
    expect(contacts[3]).toMatchObject({ related: [] });
    expect(contacts[3]?.anniversary).toBeUndefined();
  });

  it('writes planned visits with their briefing, and open follow-ups, as a calendar the importer reads back', () => {
    const { text } = api.call('export:ics', { timeZone: 'Europe/London' });
    expectWellFormed(text);
    const { events, issues } = parseIcs(text, { window: { from: new Date('2026-01-01'), to: new Date('2028-01-01') }, timeZone: 'Europe/London' });
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.uid, e.summary, e.start, e.end])).toEqual([
      [`askafter-visit-${ids.visit}`, 'Smith Dental: New router', { instant: '2026-11-26T09:30:00.000Z' }, { instant: '2026-11-26T11:00:00.000Z' }],
      [expect.stringMatching(/^askafter-follow-up-\d+$/), 'Call Sue Baker (Smith Dental)', { instant: '2026-11-27T18:00:00.000Z' }, undefined],
    ]);
    expect(events[0]?.location).toBe('12 High Street, Leeds');
    const briefing = events[0]?.description ?? '';
    expect(briefing).toMatch(/^Briefing as of 25 Nov 2026/);
    expect(briefing).toMatch(/\nSue Baker \(owner, expected at this visit\)\nDon't ask:\n- .*Bob.*died/);
    expect(briefing).toMatch(/\nHandle with care:\n- .*operation/);
    // Bob died recently, so the baby is told gently (grief softens cheer).
    expect(briefing).toMatch(/\nAsk about:\n- Not a headline so soon after Bob's death: if it comes up, ask Sue about the new baby\. \(born 3 weeks ago; soon after Bob's death\)\n {2}Lily born\n/);
    expect(briefing).toMatch(/\nPromises and open work:\n- .*router/);
    expect(briefing.indexOf("Don't ask:")).toBeLessThan(briefing.indexOf('Ask about:'));
    expect(events[1]?.description).toBe('Check the new router; she worries about the card machine\n\nPhone: 07700 900123');
  });

  it('writes follow-ups as to-dos when asked', () => {
    const { text } = api.call('export:ics', { timeZone: 'Europe/London', followUpsAs: 'todo' });
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(text).toMatch(/BEGIN:VTODO\r\nUID:askafter-follow-up-\d+\r\nDTSTAMP:20261125T090000Z\r\nLAST-MODIFIED:\d{8}T\d{6}Z\r\nDUE:20261127T180000Z\r\nSUMMARY:Call Sue Baker \(Smith Dental\)\r\n/);
  });

  it('writes one CSV per table, columns as in the database, every row of the JSON export', () => {
    addTheRest(api);
    const { data } = api.call('export:json', {});
    const { files } = api.call('export:csv', {});
    expect(files.map((f) => f.name)).toEqual([
      'clients.csv',
      'people.csv',
      'contact_details.csv',
      'roles.csv',
      'relationships.csv',
      'life_events.csv',
      'life_event_people.csv',
      'visits.csv',
      'visit_attendees.csv',
      'acknowledgements.csv',
      'contacts.csv',
      'follow_ups.csv',
      'incidents.csv',
      'know_how.csv',
      'tags.csv',
      'client_tags.csv',
      'person_tags.csv',
      'client_fields.csv',
      'settings.csv',
    ]);
    const people = Papa.parse<Record<string, string>>(files.find((f) => f.name === 'people.csv')!.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(people).toHaveLength(data.people.length);
    expect(people[0]).toMatchObject({ id: String(ids.sue), given_name: 'Sue', family_name: 'Baker', birthday_month: '6', birthday_year: '', notes: 'Likes lemon drizzle cake' });
    expect(api.call('export:csv', { entity: 'lifeEvents' }).files.map((f) => f.name)).toEqual(['life_events.csv']);
  });
});
