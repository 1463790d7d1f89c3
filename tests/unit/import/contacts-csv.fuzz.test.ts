import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../../src/import/index.ts';
import type { ColumnTarget, ContactField } from '../../../src/import/index.ts';
import { fixtureText } from './fixtures.ts';
import { arbitraryText, expectSaneIssues, expectValidPartialDate, mutated } from './fuzz.ts';

const dir = fileURLToPath(new URL('../../fixtures/import/csv/', import.meta.url));
const fixtures = readdirSync(dir).map((name) => fixtureText(`csv/${name}`));

const VOCABULARY = ['First Name', 'Last Name', 'Name', 'E-mail 1 - Value', 'Phone 1 - Type', 'Birthday', 'Birth Month', '* Home', ' ::: ', '"', '""', ',', ';', '\t', '0.0.00', '12/13/1990', '--02-29', '\uFEFF', 'E-mail 1 - constructor', '__proto__'];
const FIELDS: ContactField[] = ['fullName', 'givenName', 'familyName', 'birthday', 'birthYear', 'birthMonth', 'birthDay', 'phone', 'phoneType', 'email', 'emailType', 'street', 'formattedAddress', 'addressType', 'related', 'relatedType', 'note', 'anniversary'];
const target: fc.Arbitrary<ColumnTarget | null> = fc.option(
  fc.record({ field: fc.constantFrom(...FIELDS), group: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }) }).map((t) => (t.group ? t : { field: t.field })),
  { nil: null },
);

function check(text: string, mapping?: (ColumnTarget | null)[]): void {
  const result = parseContactsCsv(text, mapping ? { mapping } : {});
  expectSaneIssues(result.issues, text.replace(/\r\n|\r/g, '\n'));
  for (const c of result.contacts) {
    expect(c.givenName.trim()).not.toBe('');
    expect(c.fullName.trim()).not.toBe('');
    expectValidPartialDate(c.birthday);
    expectValidPartialDate(c.anniversary);
  }
}

describe('parseContactsCsv never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(arbitraryText(VOCABULARY), (text) => check(text)), { numRuns: 500 });
  });

  it('on mutated valid files', () => {
    fc.assert(fc.property(mutated(fixtures), (text) => check(text)), { numRuns: 500 });
  });

  it('with arbitrary mappings', () => {
    fc.assert(fc.property(mutated(fixtures), fc.array(target, { maxLength: 30 }), (text, mapping) => check(text, mapping)), { numRuns: 300 });
  });
});
