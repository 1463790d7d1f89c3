import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImportBytes } from '../../../db/import/read-file.ts';
import type { ImportFormat } from '../../../src/contract/schemas/transfer.ts';
import { databaseBytes, fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { arbitraryText, mutated } from '../../unit/import/fuzz.ts';
import { fixture } from './fixtures.ts';
import { addTheRest, channels, NOW, type Channels } from './helpers.ts';

const importFixtures = (dir: string) => {
  const root = fileURLToPath(new URL(`../../fixtures/import/${dir}/`, import.meta.url));
  return readdirSync(root).map((name) => decodeImportBytes(readFileSync(root + name)));
};

/**
 * Import end to end, on input nobody wrote: every preview is a preview or a clear refusal;
 * every apply writes a sound database or, failing, leaves the file byte for byte as it was.
 */
describe('import survives whatever it is given', () => {
  let store: TempStore;
  let api: Channels;
  // A JSON export goes only into an empty database: this one is emptied after every import that succeeds.
  let empty: TempStore;
  let emptyApi: Channels;
  let exported = '';
  beforeAll(async () => {
    store = await tempStore();
    api = channels(store, fixedClock(NOW));
    addTheRest(api);
    exported = JSON.stringify(api.call('export:json', {}), null, 1);
    empty = await tempStore('empty.sqlite');
    emptyApi = channels(empty, fixedClock(NOW));
  });
  afterAll(() => {
    store.dispose();
    empty.dispose();
  });

  const emptyAgain = () => {
    for (const table of ['know_how', 'incidents', 'follow_ups', 'acknowledgements', 'visit_attendees', 'visits', 'life_event_people', 'life_events', 'relationships', 'roles', 'people', 'clients', 'settings']) {
      empty.sqlite.prepare(`delete from ${table}`).run();
    }
  };

  function check(format: ImportFormat | undefined, text: string, skipErrors: boolean) {
    const json = format === 'json';
    const [target, { dispatch }] = json ? [empty, emptyApi] : [store, api];
    const input = { text, timeZone: 'Europe/London', skipErrors, ...(format ? { format } : {}) };
    const preview = dispatch('import:preview', input);
    if (!preview.ok) {
      expect(preview.error.code).not.toBe('internal');
      expect(preview.error.message.length).toBeGreaterThan(20);
    }
    const before = databaseBytes(target);
    const applied = dispatch('import:apply', input);
    if (applied.ok) {
      expect(target.sqlite.pragma('foreign_key_check')).toEqual([]);
      if (json) emptyAgain();
    } else {
      expect(applied.error.code).not.toBe('internal');
      expect(applied.error.message.length).toBeGreaterThan(20);
      expect(Buffer.compare(databaseBytes(target), before), applied.error.message).toBe(0);
    }
  }

  const cases: [ImportFormat, () => string[], string[]][] = [
    ['vcard', () => [...importFixtures('vcard'), fixture('phone-contacts.vcf'), fixture('nameless-card.vcf')], ['BEGIN:VCARD', 'END:VCARD', 'VERSION:4.0', 'FN:', 'N:', 'ORG:', 'RELATED;TYPE=spouse:', 'BDAY:--0229', 'item1.X-ABRELATEDNAMES:', 'UID:askafter-person-1', 'EMAIL:']],
    ['csv', () => [...importFixtures('csv'), fixture('google-contacts.csv'), fixture('outlook-contacts.csv')], ['First Name', 'E-mail Address', 'Company', 'Job Title', 'Spouse', 'Birthday', '"', ',', ';']],
    ['ics', () => [...importFixtures('ics'), fixture('calendar.ics')], ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'UID:askafter-visit-1', 'DTSTART:20261201T100000Z', 'RRULE:FREQ=DAILY', 'SUMMARY:Zebra Lettings', 'LOCATION:1 Canal Wharf']],
    ['json', () => [exported], ['{', '}', '"format": "askafter-export"', '"version": 1', '"id": 1', 'null', '[', ']', ',']],
  ];

  for (const [format, texts, vocabulary] of cases) {
    it(`${format}: mutated files and arbitrary text`, () => {
      fc.assert(fc.property(fc.oneof(mutated(texts()), arbitraryText(vocabulary)), fc.boolean(), fc.boolean(), (text, skipErrors, named) => check(named ? format : undefined, text, skipErrors)), { numRuns: 150 });
    });
  }

  it('json: exports whose rows were changed at random, into an empty database', () => {
    const data = JSON.parse(exported) as { data: Record<string, Record<string, unknown>[]> };
    const tables = Object.keys(data.data);
    const values = fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 1000 }), fc.string({ maxLength: 12 }), fc.boolean(), fc.constant('2026-02-30'));
    fc.assert(
      fc.property(fc.constantFrom(...tables), fc.nat(), fc.string({ maxLength: 14 }), values, (table, index, field, value) => {
        const copy = structuredClone(data);
        const rows = copy.data[table] ?? [];
        const row = rows[index % Math.max(rows.length, 1)];
        const keys = row ? Object.keys(row) : [];
        if (row) row[keys[index % keys.length] ?? field] = value;
        check('json', JSON.stringify(copy), false);
      }),
      { numRuns: 100 },
    );
  });
});
