import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseVCard } from '../../../src/import/index.ts';
import { fixtureText } from './fixtures.ts';
import { arbitraryText, expectSaneIssues, expectValidPartialDate, mutated } from './fuzz.ts';

const dir = fileURLToPath(new URL('../../fixtures/import/vcard/', import.meta.url));
const fixtures = readdirSync(dir).map((name) => fixtureText(`vcard/${name}`));

const VOCABULARY = [
  'BEGIN:VCARD', 'END:VCARD', 'VERSION:2.1', 'VERSION:4.0', 'FN:', 'N:', ';', 'BDAY:', '--', '1604', 'item1.', 'X-ABLabel:_$!<Spouse>!$_',
  'X-ABRELATEDNAMES:', 'RELATED;VALUE=text:', 'TEL;TYPE=cell:', 'EMAIL:', 'ADR:', 'ORG:', 'NOTE:', 'PHOTO;ENCODING=b:',
  ';ENCODING=QUOTED-PRINTABLE', ';CHARSET=windows-1252', '=C3', '=', '=0D=0A', '\\n', '\\,', ';TYPE="a,b"', '^n', 'constructor', '__proto__',
];

function check(text: string): void {
  const { contacts, issues } = parseVCard(text);
  expectSaneIssues(issues, text);
  for (const c of contacts) {
    expect(c.givenName.trim()).not.toBe('');
    expect(c.fullName.trim()).not.toBe('');
    expectValidPartialDate(c.birthday);
    expectValidPartialDate(c.anniversary);
    for (const p of [...c.phones, ...c.emails]) expect(p.value.trim()).not.toBe('');
  }
}

describe('parseVCard never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(arbitraryText(VOCABULARY), check), { numRuns: 500 });
  });

  it('on mutated valid files', () => {
    fc.assert(fc.property(mutated(fixtures), check), { numRuns: 500 });
  });
});
