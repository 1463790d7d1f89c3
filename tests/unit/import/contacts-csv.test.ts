import { describe, expect, it } from 'vitest';
import { applyMapping, parseContactsCsv, suggestMapping } from '../../../src/import/index.ts';
import { fixtureText } from './fixtures.ts';

const read = (name: string) => parseContactsCsv(fixtureText(`csv/${name}`));

describe('parseContactsCsv: known layouts', () => {
  it('reads Google: multi-line quoted address, ::: multi-values, * primary marker, "" quotes, relations', () => {
    const r = read('google-multiline-address-multivalue.csv');
    expect([r.layout, r.needsMapping, r.issues]).toEqual(['google', false, []]);
    expect(r.contacts[0]).toEqual({
      line: 2,
      givenName: 'Margaret',
      familyName: 'Hargreaves',
      fullName: 'Margaret Hargreaves',
      nickname: 'Mags',
      birthday: { year: 1956, month: 3, day: 14 },
      phones: [{ value: '07700 900222', type: 'mobile' }],
      emails: [{ value: 'mags@example.net', type: 'home' }, { value: 'm.hargreaves@example.org', type: 'home' }],
      address: { street: '12 Beech Road', locality: 'Leeds', postalCode: 'LS6 2AB', country: 'United Kingdom', type: 'home' },
      organisation: 'Hargreaves Dental',
      title: 'Practice manager',
      note: 'Says "call me Mags"',
      related: [{ name: 'Derek Hargreaves', kind: 'spouse' }],
    });
    // The quoted address spans lines 3–4, so the next record starts on line 5.
    expect(r.contacts[1]).toMatchObject({ line: 5, fullName: 'Poppy', birthday: { month: 7, day: 2 }, related: [{ name: 'Margaret Hargreaves', kind: 'parent' }] });
  });

  it('reads English Outlook: CRLF, street lines, 0/0/00 placeholders, Spouse/Children columns', () => {
    const r = read('outlook-english-crlf.csv');
    expect([r.layout, r.issues]).toEqual(['outlook', []]);
    expect(r.contacts[0]).toMatchObject({
      fullName: 'Derek Hargreaves',
      title: 'Owner',
      birthday: { year: 1954, month: 12, day: 25 },
      anniversary: { year: 1988, month: 6, day: 18 },
      address: { street: 'Unit 4\nMill Lane', locality: 'Otley', type: 'work' },
      phones: [{ value: '0113 496 0001', type: 'work fax' }, { value: '0113 496 0000', type: 'work' }, { value: '07700 900333', type: 'mobile' }],
      emails: [{ value: 'derek@example.net' }],
      related: [{ name: 'Margaret Hargreaves', kind: 'spouse' }, { name: 'Poppy', kind: 'child' }],
      note: 'Prefers e-mail.\nNever before 10am.',
    });
    expect(r.contacts[1]).toMatchObject({ line: 4, fullName: 'Aisha Khan', emails: [{ value: 'aisha@example.org' }, { value: 'aisha.khan@example.com' }] });
    expect(r.contacts[1]?.birthday).toBeUndefined();
  });

  it('reads German Outlook in Windows-1252 with 0.0.00 dates and a note that is only a line break', () => {
    const r = read('outlook-german-windows-1252.csv');
    expect([r.layout, r.issues]).toEqual(['outlook-de', []]);
    expect(r.contacts.map((c) => [c.line, c.fullName, c.birthday, c.note])).toEqual([
      [2, 'Jürgen Weiß', { year: 1961, month: 10, day: 3 }, undefined],
      [4, 'Käthe Groß', undefined, 'Mag Kuchen; fragt nach dem Drucker.'],
    ]);
    expect(r.contacts[0]).toMatchObject({ organisation: 'Bäckerei Weiß', address: { street: 'Hauptstraße 5', locality: 'München' }, related: [{ name: 'Gisela', kind: 'partner' }] });
  });

  it('reads Thunderbird birth year/month/day columns and refuses 29 February in a common year', () => {
    const r = read('thunderbird-birth-parts.csv');
    expect(r.layout).toBe('thunderbird');
    expect(r.contacts.map((c) => [c.fullName, c.birthday])).toEqual([
      ['Gareth Pryce', undefined],
      ['Bethan Pryce', { month: 8, day: 15 }],
    ]);
    expect(r.issues).toEqual([{ line: 2, severity: 'warning', message: 'Line 2: the birthday 29/2/1970 is not a real date; it was left out.' }]);
  });
});

describe('parseContactsCsv: other files', () => {
  it('detects semicolons and suggests a mapping for an unknown layout', () => {
    const r = read('semicolon-windows-1252.csv');
    expect([r.delimiter, r.layout, r.needsMapping]).toEqual([';', 'generic', true]);
    expect(r.contacts.map((c) => c.fullName)).toEqual(['Jürgen Weiß', 'Öykü Çelik']);
    expect(r.headers).toEqual(['Vorname', 'Nachname', 'E-Mail', 'Telefon']);
    expect(r.sampleRows[0]).toEqual({ line: 2, cells: ['Jürgen', 'Weiß', 'juergen@example.de', '089 000000'] });
  });

  it('strips a BOM and maps look-alike headers', () => {
    const r = read('bom-mixed-headers.csv');
    expect(r.headers[0]).toBe('Display Name');
    expect(r.contacts[0]).toMatchObject({
      fullName: 'Zoë Brontë',
      birthday: { year: 1991, month: 1, day: 20 },
      emails: [{ value: 'zoe@example.org', type: 'home' }, { value: 'zoe.bronte@example.com', type: 'work' }],
      phones: [{ value: '07700 900555', type: 'mobile' }, { value: '0113 496 0002', type: 'work' }],
    });
  });

  it('warns once when a date column could be read either way', () => {
    const r = read('ambiguous-slash-dates.csv');
    expect(r.contacts.map((c) => c.birthday)).toEqual([{ year: 1990, month: 4, day: 3 }, { year: 1992, month: 6, day: 5 }]);
    expect(r.issues).toEqual([expect.objectContaining({ line: 2, severity: 'warning', message: expect.stringContaining('"03/04/1990" could be day/month or month/day') })]);
  });

  it('reports an unclosed quote as an error on the line where it starts', () => {
    expect(read('unclosed-quote.csv').issues).toEqual([
      { line: 3, severity: 'error', message: 'Line 3: a quoted value is never closed, so the rest of the file cannot be read reliably.' },
    ]);
  });

  it('refuses rows without a name, naming what the row does have', () => {
    expect(read('email-columns-only.csv').issues).toEqual([
      { line: 2, severity: 'error', message: 'Line 2 has no name (no first name, last name or full name), so it was not imported; it has reception@example.com.' },
    ]);
  });

  it('uses the caller\'s mapping and checks its length', () => {
    const text = fixtureText('csv/generic-unknown-headers.csv');
    const mapping = [{ field: 'organisation' as const }, { field: 'fullName' as const }, { field: 'phone' as const, label: 'work' }, null, null];
    const r = parseContactsCsv(text, { mapping });
    expect([r.needsMapping, r.issues]).toEqual([false, []]);
    expect(r.contacts[0]).toMatchObject({ fullName: 'Derek Hargreaves', organisation: 'Hargreaves Dental', phones: [{ value: '0113 496 0000', type: 'work' }], emails: [] });
    expect(parseContactsCsv(text, { mapping: [null] }).issues[0]?.message).toBe('The column mapping has 1 entries but the spreadsheet has 5 columns.');
  });

  it('refuses empty, header-only and oversized files clearly', () => {
    expect(parseContactsCsv('\uFEFF').issues[0]?.message).toBe('This spreadsheet is empty.');
    expect(parseContactsCsv('First Name,Last Name\n').issues[0]?.message).toBe('The spreadsheet has a header row but no contacts.');
    expect(parseContactsCsv(`Name\n${'A\n'.repeat(10_001)}`).issues).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('more than 10,000 contacts') }));
  });
});

describe('suggestMapping and applyMapping', () => {
  it('maps the headers of the known exporters', () => {
    expect(suggestMapping(['E-mail 2 - Value', 'Phone 1 - Type', 'Address 1 - City', 'Relation 1 - Type', 'Website 1 - Value'])).toEqual([
      { field: 'email', group: 'email2' },
      { field: 'phoneType', group: 'phone1' },
      { field: 'locality', group: 'address1' },
      { field: 'relatedType', group: 'relation1' },
      null,
    ]);
    expect(suggestMapping(['Title', 'E-mail Display Name', 'Assistant\'s Phone', 'Manager\'s Name', 'Business Country/Region', 'Bundesland/Kanton privat', 'Telefon (privat 2)', 'Birth Day', 'Birthday'])).toEqual([
      null,
      null,
      { field: 'phone', label: 'assistant' },
      { field: 'related', label: 'manager' },
      { field: 'country', group: 'work' },
      { field: 'region', group: 'home' },
      { field: 'phone', label: 'home' },
      { field: 'birthDay' },
      { field: 'birthday' },
    ]);
  });

  it('treats headers that are also JavaScript property names as unknown', () => {
    expect(suggestMapping(['E-mail 1 - constructor', 'Phone 1 - __proto__', 'toString'])).toEqual([null, null, null]);
  });

  it('applies a mapping to rows, pairing type and value columns by group', () => {
    const result = applyMapping(
      [{ line: 7, cells: ['Ann', 'Work', '0113 496 0005', 'Sister', 'Jo'] }],
      [{ field: 'givenName' }, { field: 'phoneType', group: 'p' }, { field: 'phone', group: 'p' }, { field: 'relatedType', group: 'r' }, { field: 'related', group: 'r' }],
    );
    expect(result).toEqual({
      contacts: [{ line: 7, givenName: 'Ann', fullName: 'Ann', phones: [{ value: '0113 496 0005', type: 'work' }], emails: [], related: [{ name: 'Jo', kind: 'sibling', label: 'sister' }] }],
      issues: [],
    });
  });
});
