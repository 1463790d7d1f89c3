import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeVCards, type VCardPerson, type VCardRelation } from '../../../src/export/vcard-writer.ts';
import { parseVCard } from '../../../src/import/index.ts';

const sue: VCardPerson = {
  uid: 'askafter-person-1',
  givenName: 'Sue',
  familyName: 'Baker-Smith',
  nickname: 'Susie; "Sue", B',
  displayName: 'Sue Baker-Smith',
  birthday: { month: 2, day: 29, year: null },
  diedOn: null,
  anniversary: '1975-06-14',
  phones: [
    { value: '+44 7700 900123', label: 'mobile' },
    { value: '0113 496 0999', label: 'home fax' },
    { value: '0113 496 0000', label: "Daughter's mobile" },
    { value: '0113 496 0001', label: null },
  ],
  emails: [{ value: 'sue@example.org', label: null }, { value: 'sue@work.example', label: 'work' }],
  notes: 'Likes lemon drizzle cake; hates "jargon".\nAllotment on Sundays, back by 4.',
  organisation: 'Smith & Jones; Dental',
  title: 'Practice manager',
  related: [
    { relation: 'spouse', name: 'Bob Baker', uid: 'askafter-person-2' },
    { relation: 'grandchild', name: 'Lily', uid: 'askafter-person-3' },
    { relation: 'partner', name: 'Pat Jones', uid: 'askafter-person-4' },
    { relation: 'other', name: 'Dr Ahmed', uid: 'askafter-person-5' },
  ],
  revision: '2026-11-25T09:30:00.000Z',
};

const bob: VCardPerson = { ...sue, uid: 'askafter-person-2', givenName: 'Bob', familyName: 'Baker', nickname: null, displayName: 'Bob Baker', birthday: { month: 10, day: 21, year: 1950 }, diedOn: '2026-11-02', anniversary: null, phones: [], emails: [], notes: null, organisation: null, title: null, related: [] };

describe('the vCard 4.0 writer', () => {
  it('writes what the project\'s own reader reads back', () => {
    const { contacts, issues } = parseVCard(writeVCards([sue, bob]));
    expect(issues).toEqual([]);
    const [first, second] = contacts;
    expect(first).toMatchObject({
      uid: 'askafter-person-1',
      givenName: 'Sue',
      familyName: 'Baker-Smith',
      fullName: 'Sue Baker-Smith',
      nickname: 'Susie; "Sue", B',
      birthday: { month: 2, day: 29 },
      anniversary: { year: 1975, month: 6, day: 14 },
      // Every number and address, the first still first, with its label: plain words as TYPE, any other as an item label.
      phones: [
        { value: '+44 7700 900123', type: 'mobile' },
        { value: '0113 496 0999', type: 'home fax' },
        { value: '0113 496 0000', type: "Daughter's mobile" },
        { value: '0113 496 0001' },
      ],
      emails: [{ value: 'sue@example.org' }, { value: 'sue@work.example', type: 'work' }],
      organisation: 'Smith & Jones; Dental',
      title: 'Practice manager',
      note: sue.notes,
      related: [
        { name: 'Bob Baker', kind: 'spouse' },
        { name: 'Lily', kind: 'grandchild', label: 'grandchild, kin' },
        { name: 'Pat Jones', kind: 'partner', label: 'sweetheart' },
        { name: 'Dr Ahmed', kind: 'other', label: 'contact' },
      ],
    });
    expect(first?.birthday?.year).toBeUndefined();
    expect(second).toMatchObject({ fullName: 'Bob Baker', birthday: { year: 1950, month: 10, day: 21 }, phones: [], related: [] });
  });

  it('writes CRLF lines of at most 75 octets, a birthday without a year as --MMDD, and the death date', () => {
    const text = writeVCards([{ ...sue, notes: 'ü'.repeat(200) }, bob]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\nBDAY:--0229\r\n');
    expect(text).toContain('\r\nBDAY:19501021\r\n');
    expect(text).toContain('\r\nDEATHDATE:20261102\r\n');
    expect(text).toContain('\r\nANNIVERSARY:19750614\r\n');
    expect(text).toContain('RELATED;TYPE=spouse;VALUE=text;X-ASKAFTER-UID=askafter-person-2:Bob Baker');
  });

  it('writes nothing for nobody', () => {
    expect(writeVCards([])).toBe('');
  });

  it('round-trips any names, notes and relatives', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 80 });
    const name = text.filter((s) => s.trim() !== '' && !/[\p{Cc}\uFFFD]/u.test(s)).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
    const person = fc.record({
      givenName: name,
      familyName: fc.option(name, { nil: null }),
      notes: fc.option(text.map((s) => s.replace(/[^\P{Cc}\t\n]/gu, '').replace(/\s*\n\s*/g, '\n').trim()).filter((s) => s !== '' && !s.includes('\uFFFD')), { nil: null }),
      relatives: fc.array(fc.record({ relation: fc.constantFrom<VCardRelation>('spouse', 'partner', 'parent', 'child', 'grandparent', 'grandchild', 'sibling', 'friend', 'colleague', 'other'), name }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 5 }), (people) => {
        const cards = people.map((p, i): VCardPerson => ({
          ...bob,
          uid: `askafter-person-${i + 1}`,
          givenName: p.givenName,
          familyName: p.familyName,
          displayName: [p.givenName, p.familyName].filter(Boolean).join(' '),
          notes: p.notes,
          related: p.relatives.map((r, j) => ({ ...r, uid: `askafter-person-${100 + j}` })),
        }));
        const { contacts } = parseVCard(writeVCards(cards));
        expect(contacts.map((c) => ({ uid: c.uid, givenName: c.givenName, note: c.note ?? null }))).toEqual(cards.map((c) => ({ uid: c.uid, givenName: c.givenName, note: c.notes })));
        contacts.forEach((c, i) => expect(c.related.map((r) => r.name)).toEqual([...new Map(cards[i]!.related.map((r) => [`${r.name}|${r.relation === 'other' ? 'other' : r.relation}`, r.name])).values()]));
      }),
      { numRuns: 300 },
    );
  });
});
