import { describe, expect, it } from 'vitest';
import { parseVCard } from '../../../src/import/index.ts';
import type { ParsedContact } from '../../../src/import/index.ts';
import { fixtureText } from './fixtures.ts';

const read = (name: string) => parseVCard(fixtureText(`vcard/${name}`));
const only = (name: string): ParsedContact => {
  const { contacts } = read(name);
  expect(contacts).toHaveLength(1);
  return contacts[0] as ParsedContact;
};

describe('parseVCard: encodings and line handling', () => {
  it('joins quoted-printable soft breaks, including one followed by an empty line', () => {
    const { contacts, issues } = read('v21-quoted-printable-soft-breaks.vcf');
    expect(issues).toEqual([]);
    expect(contacts[0]).toMatchObject({
      givenName: 'Tomás',
      familyName: 'Núñez',
      fullName: 'Tomás Núñez',
      organisation: 'Café Núñez Ltd',
      note: 'Prefers a call after six.\nAllotment on Tuesdays; ask about the leeks.',
      phones: [{ value: '07700 900123', type: 'mobile' }],
    });
  });

  it('decodes quoted-printable bytes in the declared charset and guesses Windows-1252 without one', () => {
    const { contacts, issues } = read('v21-qp-windows-1252-and-8bit.vcf');
    expect(contacts[0]).toMatchObject({ givenName: 'Zoë', familyName: 'Brontë', fullName: 'Zoë Brontë', note: 'Likes café crème € prices' });
    expect(issues).toEqual([expect.objectContaining({ line: 5, severity: 'warning', message: expect.stringMatching(/no character set.*Windows-1252/) })]);
  });

  it('reads a file that is Windows-1252 throughout', () => {
    expect(only('v21-raw-windows-1252.vcf')).toMatchObject({ fullName: 'Renée Dupré', phones: [{ value: '01632 960111', type: 'home' }] });
  });

  it.each(['utf16be-no-bom.vcf', 'utf16le-with-bom.vcf'])('reads UTF-16 (%s)', (name) => {
    expect(only(name)).toMatchObject({ givenName: 'Ćwiek', familyName: 'Łuczak', emails: [{ value: 'cwiek@example.org', type: 'home' }] });
  });

  it('treats CR CR LF as one line break so folded photos stay folded', () => {
    const { contacts, issues } = read('crcrlf-folded-photo.vcf');
    expect(issues).toEqual([]);
    expect(contacts[0]).toMatchObject({ fullName: 'Adaeze Okafor', birthday: { year: 1979, month: 11, day: 3 }, phones: [{ value: '07700 900456' }] });
  });

  it('strips a BOM and copes with mixed line endings', () => {
    expect(only('bom-lf.vcf')).toMatchObject({ givenName: 'Ewa', familyName: 'Nowak' });
    expect(only('mixed-line-endings.vcf')).toMatchObject({ fullName: 'Luis Ortega', note: 'first second' });
  });

  it('skips base64 photos folded with spaces, ended by a blank line, or written unindented (2.1)', () => {
    const { contacts, issues } = read('v21-bare-params-base64-blank-end.vcf');
    expect(issues).toEqual([]);
    expect(contacts[0]).toMatchObject({
      fullName: 'Jan Kowalski',
      birthday: { year: 1961, month: 7, day: 23 },
      phones: [{ value: '0113 496 0000', type: 'work' }, { value: '0113 496 0001', type: 'home fax' }],
      emails: [{ value: 'jan@example.org', type: 'home' }],
    });
  });
});

describe('parseVCard: properties', () => {
  it('reads Apple item groups, their labels, related names and the anniversary', () => {
    const c = only('v30-apple-item-groups.vcf');
    expect(c.phones).toEqual([{ value: '01632 960222', type: 'assistant phone' }]);
    expect(c.emails).toEqual([{ value: 'mags@example.net', type: 'Book club' }]);
    expect(c.related).toEqual([
      { name: 'Derek Hargreaves', kind: 'spouse' },
      { name: 'Poppy', kind: 'child' },
      { name: 'Sue', kind: 'other', label: 'neighbour' },
    ]);
    expect(c.anniversary).toEqual({ year: 1988, month: 6, day: 18 });
    expect(c.address).toEqual({ street: '12 Beech Road', locality: 'Leeds', postalCode: 'LS6 2AB', country: 'United Kingdom', type: 'home' });
  });

  it('unescapes \\n \\, \\; \\\\ and unfolds continuation lines', () => {
    const c = only('v30-escapes-and-folding.vcf');
    expect(c.organisation).toBe('Smith, Jones & O\'Neill');
    expect(c.title).toBe('Partner; office manager');
    expect(c.note).toBe('Line one\nLine two with a comma, a semicolon; and a backslash \\ end.\nFolded with one space, and this part keeps a space.');
    expect(c.address).toMatchObject({ street: 'Unit 4\nMill Lane', locality: 'Otley', region: 'West Yorkshire' });
  });

  it('reads vCard 4.0 RELATED text, a year-less BDAY and ANNIVERSARY, and warns about a RELATED link', () => {
    const { contacts, issues } = read('v40-related-bday-no-year.vcf');
    expect(contacts[0]).toMatchObject({
      uid: 'urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1',
      nickname: 'Pri, PR',
      birthday: { month: 4, day: 12 },
      anniversary: { year: 2009, month: 9, day: 5 },
      related: [{ name: 'Arjun Raman', kind: 'spouse' }, { name: 'Meera', kind: 'child' }],
      phones: [{ value: '+44-7700-900789', type: 'mobile' }],
      emails: [{ value: 'priya@example.com' }],
    });
    expect(issues).toEqual([expect.objectContaining({ line: 11, severity: 'warning', message: expect.stringContaining('friend is given only as a link') })]);
  });

  it('reads every BDAY form and refuses impossible dates with a warning', () => {
    const { contacts, issues } = read('bday-forms.vcf');
    const byName = Object.fromEntries(contacts.map((c) => [c.fullName, c.birthday]));
    expect(byName).toEqual({
      'No Year Compact': { month: 4, day: 12 },
      'No Year Dashed': { month: 4, day: 12 },
      'Basic Format': { year: 1985, month: 4, day: 12 },
      'Extended Format': { year: 1985, month: 4, day: 12 },
      'Apple Placeholder': { month: 4, day: 12 },
      'Apple Omit Year': { month: 4, day: 12 },
      'Date Time': { year: 1985, month: 4, day: 12 },
      'Leap Day': { month: 2, day: 29 },
      'Impossible Date': undefined,
      'Text Value': undefined,
    });
    expect(issues.map((i) => [i.line, i.severity, i.message])).toEqual([
      [44, 'warning', 'Line 44: could not read the birthday "1985-02-30"; it was left out.'],
      [49, 'warning', 'Line 49: could not read the birthday "circa 1950"; it was left out.'],
    ]);
  });
});

describe('parseVCard: problems', () => {
  it('refuses a card without a name with an error that says how to recognise it', () => {
    const { contacts, issues } = read('no-name-card.vcf');
    expect(contacts.map((c) => [c.givenName, c.fullName])).toEqual([['Gran', 'Gran']]);
    expect(issues).toEqual([
      {
        line: 1,
        severity: 'error',
        message: 'The contact starting on line 1 has no name (no FN, N or NICKNAME), so it was not imported; it has e-mail reception@example.com.',
      },
    ]);
  });

  it('warns about stray lines and a missing END:VCARD but keeps the cards', () => {
    const { contacts, issues } = read('stray-lines-blank-inside-no-end.vcf');
    expect(contacts.map((c) => c.fullName)).toEqual(['Gareth Pryce', 'Bethan Pryce']);
    expect(issues.map((i) => [i.line, i.severity])).toEqual([
      [1, 'warning'],
      [7, 'warning'],
      [9, 'warning'],
    ]);
    expect(issues[2]?.message).toContain('no END:VCARD');
  });

  it('treats words that are also JavaScript property names as plain words', () => {
    const card = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nTEL;TYPE=constructor:1\nX-ABRELATEDNAMES;TYPE=toString:Bo\nEND:VCARD';
    expect(parseVCard(card).contacts[0]).toMatchObject({ phones: [{ value: '1', type: 'constructor' }], related: [{ name: 'Bo', kind: 'other', label: 'tostring' }] });
  });

  it('says clearly when there is nothing to import', () => {
    expect(parseVCard('').issues).toEqual([{ line: 1, severity: 'error', message: 'This vCard file is empty.' }]);
    expect(parseVCard('hello\nworld').issues).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('no BEGIN:VCARD') }));
  });

  it('refuses files over the size and count limits', () => {
    expect(parseVCard('x'.repeat(20 * 1024 * 1024 + 1)).issues[0]?.message).toContain('larger than 20 MB');
    const many = 'BEGIN:VCARD\nFN:A\nEND:VCARD\n'.repeat(10_001);
    const result = parseVCard(many);
    expect(result.contacts).toEqual([]);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining('more than 10,000 contacts') })]);
  });
});
