import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { fixture } from './fixtures.ts';
import { channels, NOW, type Channels } from './helpers.ts';

describe('importing vCards', () => {
  let store: TempStore;
  let api: Channels;
  let smithDental: number;
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
    smithDental = api.call('clients:create', { name: 'Smith Dental' }).id;
  });
  afterEach(() => store.dispose());

  const text = () => fixture('phone-contacts.vcf');
  const person = (name: string) => api.call('people:list', { query: name })[0]!;

  it('previews each contact and what it brings, writing nothing', () => {
    const before = store.sqlite.serialize();
    const preview = api.call('import:preview', { text: text(), fileName: 'contacts.vcf' });
    expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);
    expect(preview).toMatchObject({ format: 'vcard', canApply: true, blockedBy: null, issues: [] });
    expect(preview.records.map((r) => [r.line, r.entity, r.action, r.label])).toEqual([
      [1, 'person', 'new', 'Sue Baker'],
      [1, 'relationship', 'new', 'Bob Baker, spouse of Sue Baker'],
      [1, 'relationship', 'new', 'Lily Baker, grandchild of Sue Baker'],
      [1, 'event', 'new', 'Wedding of Sue Baker and Bob Baker'],
      [31, 'person', 'new', 'Bob Baker'],
      [40, 'person', 'new', 'Lily Baker'],
      [47, 'person', 'new', 'Jürgen Müller'],
      [47, 'client', 'new', 'Müller Bäckerei'],
    ]);
    expect(preview.records[0]?.notes).toEqual(['with nickname, birthday, 2 phone numbers, e-mail, notes, Practice manager at Smith Dental', 'relatives kept in the notes (not found by name): Auntie Vi']);
    expect(preview.counts).toEqual({ new: 8, updated: 0, duplicates: 0, skipped: 0, errors: 0 });
  });

  it('imports people, their organisation as client and role, relatives, birthdays with and without a year, and the wedding', () => {
    const outcome = api.call('import:apply', { text: text() });
    expect(outcome.created).toEqual({ person: 4, client: 1, role: 2, relationship: 2, event: 1 });

    const sue = person('Sue');
    expect(sue).toMatchObject({
      givenName: 'Sue', familyName: 'Baker', nickname: 'Susie', birthday: { month: 6, day: 14, year: null },
      phone: '07700 900123', email: 'sue.baker@smith-dental.example', externalUid: '6F1E5D2A-1111-4C3B-9A7E-000000000001',
    });
    expect(sue.notes).toBe(
      [
        'Likes lemon drizzle cake. Allotment on Sundays, back by 4.\nDoes not like jargon; explain with pictures.',
        'Address: 12 Elm Road, Leeds, LS6 2AB, United Kingdom',
        'Relatives not found in Ask After: Auntie Vi (other)',
      ].join('\n\n'),
    );
    // Every number on the card, with its TYPE as the label; the first is her phone.
    expect(api.call('contactDetails:list', { personId: sue.id })).toMatchObject({
      phones: [{ value: '07700 900123' }, { value: '0113 496 0123', label: 'home' }],
      emails: [{ value: 'sue.baker@smith-dental.example' }],
    });
    expect(api.call('roles:listForPerson', { personId: sue.id })).toMatchObject([{ clientId: smithDental, role: 'staff', title: 'Practice manager' }]);
    expect(api.call('people:relatives', { id: sue.id }).map((r) => [r.otherIs, r.other.displayName])).toEqual([['spouse', 'Bob Baker'], ['grandchild', 'Lily Baker']]);
    expect(api.call('events:list', { personId: sue.id })).toMatchObject([{ typeKey: 'wedding', date: '1975-06-14', title: 'Wedding of Sue Baker and Bob Baker' }]);

    // Bob shares the landline with Sue but is not Sue: different first names.
    expect(person('Bob')).toMatchObject({ phone: '0113 496 0123', birthday: { month: 10, day: 21, year: 1950 } });
    expect(person('Lily')).toMatchObject({ birthday: { month: 3, day: 1, year: null } });

    const jurgen = person('Jürgen');
    expect(jurgen).toMatchObject({ familyName: 'Müller', phone: '+49 170 1234567', birthday: { month: 4, day: 12, year: 1963 } });
    expect(jurgen.notes).toBe('Spricht gern über Fußball. Zweite Hälfte einer langen Notiz, weich umgebrochen.');
    expect(api.call('roles:listForPerson', { personId: jurgen.id })).toMatchObject([{ role: 'staff', title: null, client: { name: 'Müller Bäckerei', kind: 'business' } }]);
    expect(api.call('search:query', { q: 'Jürgen' }).map((h) => h.title)).toContain('Jürgen Müller');
  });

  it('reads the file from its bytes too: UTF-16 with a BOM, sent as base64', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(), 'utf16le')]);
    const fromBytes = api.call('import:preview', { base64: utf16.toString('base64') });
    expect(fromBytes).toEqual(api.call('import:preview', { text: text() }));
    expect(api.failure('import:preview', { text: text(), base64: 'QQ==' }).message).toMatch(/Send the file once: as text or as base64/);
  });

  it('creates no duplicates when the same file is imported again', () => {
    api.call('import:apply', { text: text() });
    const before = store.sqlite.serialize();
    const again = api.call('import:preview', { text: text() });
    expect(again.counts).toEqual({ new: 0, updated: 0, duplicates: 4, skipped: 0, errors: 0 });
    expect(again.records.map((r) => [r.label, r.action, r.match?.by, r.notes])).toEqual([
      ['Sue Baker', 'duplicate', 'uid', ['already saved, nothing new']],
      ['Bob Baker', 'duplicate', 'uid', ['already saved, nothing new']],
      ['Lily Baker', 'duplicate', 'uid', ['already saved, nothing new']],
      ['Jürgen Müller', 'duplicate', 'phone', ['already saved, nothing new']],
    ]);
    expect(api.call('import:apply', { text: text() }).created).toEqual({});
    expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);
  });

  it('fills in people already saved, matched by e-mail, phone or name, without overwriting what is there', () => {
    const susan = api.call('people:create', { givenName: 'Susan', familyName: 'Baker', email: 'SUE.BAKER@smith-dental.example', notes: 'Met at the fair.' });
    const bob = api.call('people:create', { givenName: 'Bob', familyName: 'Baker', phone: '01134960123' });
    const lily = api.call('people:create', { givenName: 'Lily', familyName: 'Baker', phone: '07000 000000', birthday: { month: 3, day: 1, year: null } });
    const preview = api.call('import:preview', { text: text() });
    const byLine = (line: number) => preview.records.find((r) => r.line === line && r.entity === 'person');
    expect(byLine(1)).toMatchObject({ action: 'update', match: { id: susan.id, by: 'email' }, notes: expect.arrayContaining([expect.stringMatching(/^adds nickname, birthday, 2 phone numbers, notes, the card's UID, Practice manager at Smith Dental/), 'matches Susan Baker']) });
    expect(byLine(31)).toMatchObject({ action: 'update', match: { id: bob.id, by: 'phone' } });
    expect(byLine(40)).toMatchObject({ action: 'update', match: { id: lily.id, by: 'name' } });
    api.call('import:apply', { text: text() });
    expect(api.call('people:get', { id: susan.id })).toMatchObject({ givenName: 'Susan', email: 'SUE.BAKER@smith-dental.example', nickname: 'Susie', notes: expect.stringMatching(/^Met at the fair\.\n\nLikes lemon drizzle cake/) });
    expect(api.call('people:get', { id: lily.id }).phone).toBe('07000 000000');
    expect(api.call('people:list', {})).toHaveLength(4);
  });

  it('skips a contact whose person is in the trash, saying so', () => {
    api.call('import:apply', { text: text() });
    api.call('people:delete', { id: person('Bob').id });
    const record = api.call('import:preview', { text: text() }).records.find((r) => r.label === 'Bob Baker');
    expect(record).toMatchObject({ action: 'skip', notes: ['matches Bob Baker, who is in the trash: restore them first to update them'] });
  });

  it('writes nothing at all when the database fails half-way through', () => {
    store.sqlite.exec("create trigger refuse_relationships before insert on relationships begin select raise(abort, 'disk says no'); end");
    const before = store.sqlite.serialize();
    expect(api.failure('import:apply', { text: text() }).message).toMatch(/nothing was changed/);
    expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);
    expect(api.call('people:list', {})).toEqual([]);
  });

  it('refuses a file with errors unless told to import the rest, and then writes only the rest', () => {
    const nameless = fixture('nameless-card.vcf');
    const before = store.sqlite.serialize();
    const preview = api.call('import:preview', { text: nameless });
    expect(preview.counts).toMatchObject({ new: 1, errors: 1 });
    expect(preview.issues).toEqual([{ line: 6, severity: 'error', message: expect.stringMatching(/line 6 has no name.*nobody@example\.org/) }]);
    expect(preview.blockedBy).toMatch(/^The file has 1 problem, the first: The contact starting on line 6 has no name.*Nothing was imported: fix the file and import it again, or choose to import the rest without it\.$/);
    expect(api.failure('import:apply', { text: nameless })).toMatchObject({ code: 'invalid_input', message: preview.blockedBy });
    expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);

    expect(api.call('import:preview', { text: nameless, skipErrors: true })).toMatchObject({ canApply: true, blockedBy: null });
    expect(api.call('import:apply', { text: nameless, skipErrors: true }).created).toEqual({ person: 1 });
    expect(api.call('people:list', {}).map((p) => p.displayName)).toEqual(['Ann Smith']);
  });
});
