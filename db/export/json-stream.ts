import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportTable } from '../../src/export/json-format.ts';
import { isoNow, type Clock } from '../clock.ts';
import { transferProgress } from '../transfer/progress.ts';
import { TABLES_OF_EXPORT } from './tables.ts';

/** The tables in the file's order (the order `exportText` has always written), each in key order. */
// Every table of the format (a test checks), parents before the rows that refer to them.
export const FILE_ORDER: readonly [ExportTable, string][] = [
  ['clients', 'id'],
  ['people', 'id'],
  ['contactDetails', 'id'],
  ['roles', 'id'],
  ['relationships', 'id'],
  ['lifeEvents', 'id'],
  ['lifeEventPeople', 'event_id, person_id'],
  ['acknowledgements', 'id'],
  ['visits', 'id'],
  ['visitAttendees', 'visit_id, person_id'],
  ['contacts', 'id'],
  ['followUps', 'id'],
  ['incidents', 'id'],
  ['knowHow', 'id'],
  ['tags', 'id'],
  ['clientTags', 'client_id, tag_id'],
  ['personTags', 'person_id, tag_id'],
  ['clientFields', 'id'],
  ['settings', 'key'],
];

export interface ExportCounts {
  rows: number;
  clients: number;
  people: number;
}

/** Columns kept up to date from other tables (triggers): not part of the export format. */
const DERIVED: Partial<Record<ExportTable, readonly string[]>> = { clients: ['lastVisitAt', 'lastContactAt', 'tagRhythmDays'], lifeEvents: ['celebrationEndsOn'], lifeEventPeople: ['mattersThrough'] };

/** Each row as the query builder would return it (booleans as booleans), one at a time. */
function* rowsOf(sqlite: Database.Database, table: ExportTable, orderBy: string): Generator<Record<string, unknown>> {
  const { table: schema } = TABLES_OF_EXPORT[table];
  const derived = DERIVED[table] ?? [];
  const columns = Object.entries(getTableColumns(schema)).filter(([key]) => !derived.includes(key));
  const statement = sqlite.prepare(`select ${columns.map(([, c]) => `"${c.name}"`).join(', ')} from "${getTableName(schema)}" order by ${orderBy}`).raw(true);
  for (const values of statement.iterate() as IterableIterator<unknown[]>) {
    const row: Record<string, unknown> = {};
    columns.forEach(([key, column], i) => {
      const value = values[i];
      row[key] = value === null ? null : column.mapFromDriverValue(value);
    });
    yield row;
  }
}

/**
 * The full JSON export (docs/export-format.md), written in pieces as rows are read, byte for
 * byte what `exportText(exportAll(…))` gives, without ever holding the database in memory.
 * Run it inside a read transaction for a consistent snapshot. `write` receives pieces of about
 * a megabyte. Reports progress (transferProgress), and stops where its listener throws.
 */
export function streamJsonExport(sqlite: Database.Database, clock: Clock, options: { settings: boolean }, write: (piece: string) => void): ExportCounts {
  const counts: ExportCounts = { rows: 0, clients: 0, people: 0 };
  let pending = '';
  const emit = (text: string) => {
    pending += text;
    if (pending.length >= 1 << 20) {
      write(pending);
      pending = '';
    }
  };
  emit(`{\n  "format": ${JSON.stringify(EXPORT_FORMAT)},\n  "version": ${EXPORT_VERSION},\n  "exportedAt": ${JSON.stringify(isoNow(clock))},\n  "data": {\n`);
  const tables = FILE_ORDER.filter(([table]) => table !== 'settings' || options.settings);
  const total = tables.reduce((n, [table]) => n + (sqlite.prepare(`select count(*) as n from "${getTableName(TABLES_OF_EXPORT[table].table)}"`).get() as { n: number }).n, 0);
  transferProgress(0, total, 'writing');
  tables.forEach(([table, orderBy], t) => {
    emit(`    ${JSON.stringify(table)}: [`);
    let n = 0;
    for (const row of rowsOf(sqlite, table, orderBy)) {
      emit(`${n === 0 ? '\n' : ',\n'}      ${JSON.stringify(row)}`);
      n++;
      counts.rows++;
      if (counts.rows % 2000 === 0) transferProgress(counts.rows, total, 'writing');
    }
    if (table === 'clients') counts.clients = n;
    if (table === 'people') counts.people = n;
    emit(`${n === 0 ? '' : '\n    '}]${t === tables.length - 1 ? '' : ','}\n`);
  });
  emit('  }\n}\n');
  write(pending);
  return counts;
}
