import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTransferTask } from '../../../db/transfer/task.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../../../db/sample/sizes.ts';
import { EXPORT_TABLES, exportText, type AskAfterExport } from '../../../src/export/json-format.ts';
import { TABLES_OF_EXPORT } from '../../../db/export/tables.ts';
import { FILE_ORDER } from '../../../db/export/json-stream.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addTheRest, channels, NOW } from './helpers.ts';

/** The file as written, with the one line that may differ blanked. */
const withoutStamp = (exported: AskAfterExport) => exportText(exported).replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');

describe('the JSON export', () => {
  let source: TempStore;
  let target: TempStore;
  beforeEach(async () => {
    source = await tempStore('source.sqlite');
    target = await tempStore('target.sqlite');
  });
  afterEach(() => {
    source.dispose();
    target.dispose();
  });

  it('imports back losslessly: the sample data, exported, imported into an empty database and exported again, is identical', () => {
    generateSampleData(source.sqlite, SAMPLE_SIZES.sample, new Date(NOW));
    const from = channels(source, fixedClock(NOW));
    addTheRest(from);
    const first = from.call('export:json', {});

    const to = channels(target, fixedClock('2027-03-01T12:00:00.000Z'));
    const outcome = to.call('import:apply', { text: exportText(first) });
    expect(outcome.created).toMatchObject({ clients: first.data.clients.length, people: first.data.people.length, visits: first.data.visits.length });
    const second = to.call('export:json', {});

    expect(second.exportedAt).toBe('2027-03-01T12:00:00.000Z');
    expect(withoutStamp(second)).toBe(withoutStamp(first));
    // Which anniversaries Home celebrates is not in the file: it is worked out again from the people and couples imported.
    const celebrationEnds = (store: TempStore) => store.sqlite.prepare('select id, celebration_ends_on as endsOn from life_events order by id').all() as { endsOn: string | null }[];
    expect(celebrationEnds(source).filter((e) => e.endsOn !== null).length).toBeGreaterThan(0);
    expect(celebrationEnds(target)).toEqual(celebrationEnds(source));
    // Nor until when each event can matter to a briefing: worked out again from the events.
    const mattersThrough = (store: TempStore) => store.sqlite.prepare('select event_id, person_id, matters_through from life_event_people order by event_id, person_id').all();
    expect(mattersThrough(target)).toEqual(mattersThrough(source));
  });

  it('imports back losslessly from the file, read a line at a time as the command line does', () => {
    generateSampleData(source.sqlite, SAMPLE_SIZES.sample, new Date(NOW));
    const from = channels(source, fixedClock(NOW));
    addTheRest(from);
    const first = from.call('export:json', {});
    const file = join(target.dir, 'export.json');
    writeFileSync(file, exportText(first));

    const clock = fixedClock('2027-03-01T12:00:00.000Z');
    const result = runTransferTask(target, clock, { kind: 'import-json-file', path: file, dryRun: false });
    expect(result).toMatchObject({ ok: true, value: { created: { clients: first.data.clients.length, people: first.data.people.length, visits: first.data.visits.length } } });
    expect(withoutStamp(channels(target, clock).call('export:json', {}))).toBe(withoutStamp(first));
    // The import wrote with a smaller page cache of its own: the connection's is as it was.
    expect(target.sqlite.pragma('cache_size', { simple: true })).toBe(-65536);
  });

  it('keeps every labelled number and address, and reads a version 2 file\'s one phone and e-mail as the first of each list', () => {
    const from = channels(source, fixedClock(NOW));
    addTheRest(from);
    const first = from.call('export:json', {});
    expect(first.version).toBe(4);
    const mo = first.data.people.find((p) => p.givenName === 'Mo')!;
    expect(first.data.contactDetails?.filter((d) => d.personId === mo.id).map((d) => [d.kind, d.value, d.label, d.position])).toEqual([
      ['phone', '07700 900001', 'mobile', 0],
      ['phone', '0113 496 0002', 'Home (after 6)', 1],
      ['email', 'mo@zebra.example', 'work', 0],
    ]);

    // The same file as version 2 wrote it: no lists, one phone and e-mail each.
    const { contactDetails: _none, ...older } = first.data;
    const to = channels(target, fixedClock(NOW));
    to.call('import:apply', { text: exportText({ ...first, version: 2, data: older }) });
    expect(to.call('contactDetails:list', { personId: mo.id })).toMatchObject({ phones: [{ value: '07700 900001', label: null }], emails: [{ value: 'mo@zebra.example', label: null }] });
    const zebra = first.data.clients.find((c) => c.name === 'Zebra Lettings')!;
    expect(to.call('contactDetails:list', { clientId: zebra.id })).toMatchObject({ phones: [{ value: '0113 496 0000' }], emails: [{ value: 'office@zebra.example' }] });
    expect(to.call('search:query', { q: '07700 900001' }).map((h) => h.title)).toContain('Mo Farah');
  });

  it('keeps each client\'s own fields in order, with their reminders, and the renewal they raise', () => {
    const from = channels(source, fixedClock(NOW));
    addTheRest(from);
    const first = from.call('export:json', {});
    const zebra = first.data.clients.find((c) => c.name === 'Zebra Lettings')!;
    expect(first.data.clientFields.filter((f) => f.clientId === zebra.id).map((f) => [f.label, f.kind, f.value, f.remindDaysBefore, f.position])).toEqual([
      ['ISP', 'text', 'Zen Internet', null, 0],
      ['Microsoft 365 renewal', 'date', '2027-03-01', 30, 1],
    ]);
    const to = channels(target, fixedClock('2027-02-10T09:00:00.000Z'));
    to.call('import:apply', { text: exportText(first) });
    expect(to.call('clientFields:list', { clientId: zebra.id }).map((f) => f.value)).toEqual(['Zen Internet', '2027-03-01']);
    expect(to.call('dashboard:get', { timeZone: 'Europe/London' }).renewals.map((i) => i.text)).toEqual(['Zebra Lettings: Microsoft 365 renewal in 19 days.']);
  });

  it('the streamed export (big files, the CLI) writes every table of the format', () => {
    expect(FILE_ORDER.map(([table]) => table).sort()).toEqual([...EXPORT_TABLES].sort());
  });

  it('holds every column of every table, and the rich data fills each one somewhere', () => {
    generateSampleData(source.sqlite, SAMPLE_SIZES.sample, new Date(NOW));
    const from = channels(source, fixedClock(NOW));
    addTheRest(from);
    const { data } = from.call('export:json', {});
    for (const table of EXPORT_TABLES) {
      const { name } = TABLES_OF_EXPORT[table];
      const columns = (source.sqlite.prepare(`select name from pragma_table_info('${name}')`).all() as { name: string }[]).map((c) => c.name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()))
        // Derived by triggers (from the visits, contacts and tags; from the people and couples), so not part of the format.
        .filter((column) => !(table === 'clients' && (column === 'lastVisitAt' || column === 'lastContactAt' || column === 'tagRhythmDays')))
        .filter((column) => !(table === 'lifeEvents' && column === 'celebrationEndsOn') && !(table === 'lifeEventPeople' && column === 'mattersThrough'));
      const rows = (data[table] ?? []) as Record<string, unknown>[];
      expect(rows.length, table).toBeGreaterThan(0);
      expect(Object.keys(rows[0]!).sort(), table).toEqual([...columns].sort());
      for (const column of columns) expect(rows.some((r) => r[column] !== null && r[column] !== false), `${table}.${column} is never filled`).toBe(true);
    }
  });

  it('keeps the search index, the trash and the id sequence working after an import', () => {
    const from = channels(source, fixedClock(NOW));
    addTheRest(from);
    const to = channels(target, fixedClock(NOW));
    to.call('import:apply', { text: JSON.stringify(from.call('export:json', {})) });
    expect(to.call('search:query', { q: 'Farah' }).map((h) => h.title)).toContain('Mo Farah');
    expect(to.call('search:query', { q: 'Trashed' })).toEqual([]);
    expect(to.call('trash:list', {}).map((t) => t.entity).sort()).toEqual(from.call('trash:list', {}).map((t) => t.entity).sort());
    const newest = Math.max(...from.call('export:json', {}).data.clients.map((c) => c.id));
    expect(to.call('clients:create', { name: 'After import' }).id).toBe(newest + 1);
  });
});
