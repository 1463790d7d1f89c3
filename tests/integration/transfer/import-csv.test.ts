import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { fixture } from './fixtures.ts';
import { channels, NOW, type Channels } from './helpers.ts';

describe('importing contact spreadsheets', () => {
  let store: TempStore;
  let api: Channels;
  beforeEach(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
  });
  afterEach(() => store.dispose());

  const person = (name: string) => api.call('people:list', { query: name })[0]!;

  it('reads a Google Contacts export: multi-value cells, birthdays without a year, organisation and title, relations', () => {
    const text = fixture('google-contacts.csv');
    const preview = api.call('import:preview', { text });
    expect(preview.csv).toMatchObject({ layout: 'google', needsMapping: false });
    expect(preview.records.map((r) => [r.line, r.entity, r.action, r.label])).toEqual([
      [2, 'person', 'new', 'Priya Patel'],
      [2, 'client', 'new', "Patel's Newsagents"],
      [2, 'relationship', 'new', 'Raj Patel, spouse of Priya Patel'],
      [4, 'person', 'new', 'Raj Patel'],
    ]);
    expect(api.call('import:apply', { text }).created).toEqual({ person: 2, client: 1, role: 2, relationship: 1 });

    const priya = person('Priya');
    expect(priya).toMatchObject({ birthday: { month: 3, day: 9, year: null }, email: 'priya@patels.example', phone: '07700 900555' });
    expect(priya.notes).toBe('Runs the shop with Raj.\nPrefers texts.');
    // Every number and address in the row, labelled by its column's type.
    expect(api.call('contactDetails:list', { personId: priya.id })).toMatchObject({
      phones: [{ value: '07700 900555' }, { value: '0113 496 0777', label: 'home' }],
      emails: [{ value: 'priya@patels.example' }, { value: 'priya.patel@work.example', label: 'home' }],
    });
    expect(api.call('roles:listForPerson', { personId: priya.id })).toMatchObject([{ title: 'Owner', client: { name: "Patel's Newsagents" } }]);
    // Raj shares the landline, but is not Priya.
    const raj = person('Raj');
    expect(raj).toMatchObject({ phone: '0113 496 0777', birthday: { month: 11, day: 30, year: 1968 } });
    expect(api.call('roles:listForPerson', { personId: raj.id })).toMatchObject([{ title: null, client: { name: "Patel's Newsagents" } }]);
    expect(api.call('people:relatives', { id: raj.id }).map((r) => [r.otherIs, r.other.displayName])).toEqual([['spouse', 'Priya Patel']]);

    expect(api.call('import:preview', { text }).counts).toEqual({ new: 0, updated: 0, duplicates: 2, skipped: 0, errors: 0 });
  });

  it('reads an Outlook export: day-first dates, empty 0/0/00 dates, the spouse column both ways round', () => {
    const text = fixture('outlook-contacts.csv');
    expect(api.call('import:apply', { text }).created).toEqual({ person: 2, client: 1, role: 1, relationship: 1 });
    expect(person('Tom')).toMatchObject({ birthday: { month: 10, day: 21, year: 1958 }, email: 'tom.wood@example.org', phone: '01943 460000', notes: 'Old Nokia; wants a smartphone\n\nAddress: 3 Mill Lane, Otley, LS21 1AA' });
    expect(person('Jane')).toMatchObject({ birthday: null, phone: '01943 460000', notes: 'Address: 3 Mill Lane, Otley, LS21 1AA' });
    expect(api.call('contactDetails:list', { personId: person('Jane').id }).phones).toMatchObject([{ value: '01943 460000' }, { value: '07700 900777', label: 'mobile' }]);
    expect(api.call('people:relatives', { id: person('Jane').id }).map((r) => [r.otherIs, r.other.displayName])).toEqual([['spouse', 'Tom Wood']]);
    expect(api.call('import:preview', { text }).counts).toMatchObject({ new: 0, updated: 0, duplicates: 2 });
  });

  it('asks for the column mapping of a spreadsheet it does not recognise, then imports with the user\'s', () => {
    const text = fixture('unknown-columns.csv');
    const before = store.sqlite.serialize();
    const preview = api.call('import:preview', { text });
    expect(preview.csv).toMatchObject({ layout: 'generic', needsMapping: true, headers: ['Who', 'Mail', 'Tel', 'Firm'], sampleRows: [{ line: 2, cells: ['Ed Jones', 'ed@example.org', '07700 900999', 'Jones Garage'] }] });
    expect(preview.blockedBy).toMatch(/columns were not recognised/);
    expect(api.failure('import:apply', { text }).message).toMatch(/columns were not recognised/);
    expect(Buffer.compare(store.sqlite.serialize(), before)).toBe(0);

    const mapping = [{ field: 'fullName' as const }, { field: 'email' as const }, { field: 'phone' as const }, { field: 'organisation' as const }];
    expect(api.call('import:preview', { text, mapping })).toMatchObject({ canApply: true, counts: { new: 2, errors: 0 } });
    api.call('import:apply', { text, mapping });
    expect(person('Ed')).toMatchObject({ givenName: 'Ed Jones', email: 'ed@example.org', phone: '07700 900999' });
    expect(api.call('clients:list', {}).map((c) => c.name)).toEqual(['Jones Garage']);
  });
});
