/**
 * Our own JSON export → an empty database, every row as it was: ids, timestamps and the trash
 * included, so exporting again gives the same file. Merging into a database that already holds
 * data is not supported: ids would clash, and guessing which record is which is the contacts
 * importer's job.
 */
import { sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { ImportRecord } from '../../src/contract/schemas/transfer.ts';
import { AskAfterExport, EXPORT_TABLES, EXPORT_VERSION, ExportHeader, TABLE_NOUNS, type ExportData, type ExportTable } from '../../src/export/json-format.ts';
import type { Db } from '../connection.ts';
import { TABLES_OF_EXPORT } from '../export/tables.ts';
import { clients } from '../schema/clients.ts';
import { acknowledgements, lifeEventPeople, lifeEvents } from '../schema/life-events.ts';
import { people, relationships, roles } from '../schema/people.ts';
import { visitAttendees, visits } from '../schema/visits.ts';
import { followUps, incidents, knowHow, settings } from '../schema/work.ts';
import { emptyPlanParts, type Plan, type Tally } from './plan.ts';

const ROWS_PER_STATEMENT = 500;

const rowsNamed = (table: ExportTable, n: number) => `${n} ${TABLE_NOUNS[table][n === 1 ? 0 : 1]}`;

/** Every reference a row makes: the field, the table it points into, and whether it may be empty. */
const REFERENCES: [ExportTable, string, ExportTable, 'required' | 'optional'][] = [
  ['roles', 'personId', 'people', 'required'],
  ['roles', 'clientId', 'clients', 'required'],
  ['relationships', 'personAId', 'people', 'required'],
  ['relationships', 'personBId', 'people', 'required'],
  ['lifeEvents', 'clientId', 'clients', 'optional'],
  ['lifeEventPeople', 'eventId', 'lifeEvents', 'required'],
  ['lifeEventPeople', 'personId', 'people', 'required'],
  ['visits', 'clientId', 'clients', 'required'],
  ['visitAttendees', 'visitId', 'visits', 'required'],
  ['visitAttendees', 'personId', 'people', 'required'],
  ['acknowledgements', 'eventId', 'lifeEvents', 'required'],
  ['acknowledgements', 'visitId', 'visits', 'optional'],
  ['followUps', 'clientId', 'clients', 'required'],
  ['followUps', 'personId', 'people', 'optional'],
  ['followUps', 'sourceVisitId', 'visits', 'optional'],
  ['incidents', 'clientId', 'clients', 'required'],
  ['knowHow', 'clientId', 'clients', 'optional'],
  ['knowHow', 'personId', 'people', 'optional'],
];

type Row = Record<string, unknown>;
const rowsOf = (data: ExportData, table: ExportTable): Row[] => (data[table] ?? []) as Row[];
/** How a row is named in messages: its id, or its key for link tables and settings. */
const keyOf = (table: ExportTable, row: Row): string =>
  table === 'lifeEventPeople' ? `${String(row.eventId)}/${String(row.personId)}` : table === 'visitAttendees' ? `${String(row.visitId)}/${String(row.personId)}` : String(row.id ?? row.key);

/** Rows that share a key, and references to rows the file does not hold. */
function integrityProblems(data: ExportData): string[] {
  const found: string[] = [];
  const keys = new Map<ExportTable, Set<string>>();
  for (const table of EXPORT_TABLES) {
    const seen = new Set<string>();
    for (const row of rowsOf(data, table)) {
      const key = keyOf(table, row);
      if (seen.has(key)) found.push(`${TABLE_NOUNS[table][1]}: ${key} appears twice`);
      seen.add(key);
    }
    keys.set(table, seen);
  }
  for (const [table, field, target, need] of REFERENCES) {
    for (const row of rowsOf(data, table)) {
      const value = row[field];
      if (value === null && need === 'optional') continue;
      if (!keys.get(target)?.has(String(value))) found.push(`${TABLE_NOUNS[table][1]} ${keyOf(table, row)}: ${field} ${String(value)} is not in the file`);
    }
  }
  return found;
}

/** "people, row 4 (id 12), birthdayMonth: …" from a zod path into the file. */
function readableProblems(raw: unknown, error: z.ZodError): string[] {
  return error.issues.slice(0, 3).map((issue) => {
    const [top, table, index, ...rest] = issue.path.map(String);
    if (top !== 'data' || table === undefined || index === undefined) return `${issue.path.join('.') || 'the file'}: ${issue.message}`;
    const row = (raw as { data?: Record<string, Row[] | undefined> }).data?.[table]?.[Number(index)];
    const id = row && typeof row === 'object' && 'id' in row ? ` (id ${String(row.id)})` : '';
    return `${table}, row ${Number(index) + 1}${id}${rest.length > 0 ? `, ${rest.join('.')}` : ''}: ${issue.message}`;
  });
}

function refused(message: string, line = 1): Omit<Plan, 'format'> {
  return { ...emptyPlanParts, records: [], issues: [{ line, message, severity: 'error' }], fatal: message, write: () => undefined };
}

const lineOf = (text: string, error: Error): number => {
  const stated = /line (\d+)/.exec(error.message)?.[1];
  if (stated) return Number(stated);
  const position = /position (\d+)/.exec(error.message)?.[1];
  return position === undefined ? 1 : text.slice(0, Number(position)).split('\n').length;
};

function insertAll<T extends SQLiteTable>(db: Db, table: T, rows: readonly T['$inferInsert'][]): void {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) db.insert(table).values(rows.slice(i, i + ROWS_PER_STATEMENT)).run();
}

function writeAll(db: Db, data: ExportData, tally: Tally): void {
  insertAll(db, clients, data.clients);
  insertAll(db, people, data.people);
  insertAll(db, roles, data.roles);
  insertAll(db, relationships, data.relationships);
  insertAll(db, lifeEvents, data.lifeEvents);
  insertAll(db, lifeEventPeople, data.lifeEventPeople);
  insertAll(db, visits, data.visits);
  insertAll(db, visitAttendees, data.visitAttendees);
  insertAll(db, acknowledgements, data.acknowledgements);
  insertAll(db, followUps, data.followUps);
  insertAll(db, incidents, data.incidents);
  insertAll(db, knowHow, data.knowHow);
  // Settings replace what the new database set for itself (when the catch-up was last dismissed…).
  for (const setting of data.settings ?? []) {
    db.insert(settings).values(setting).onConflictDoUpdate({ target: settings.key, set: { value: setting.value, updatedAt: setting.updatedAt } }).run();
  }
  for (const table of EXPORT_TABLES) if (rowsOf(data, table).length > 0) tally.create(table, rowsOf(data, table).length);
}

function rowsAlreadyThere(db: Db): string[] {
  return EXPORT_TABLES.filter((t) => t !== 'settings').flatMap((t) => {
    const { n } = db.get<{ n: number }>(sql`select count(*) as n from ${TABLES_OF_EXPORT[t].table}`);
    return n > 0 ? [rowsNamed(t, n)] : [];
  });
}

export function planJson(db: Db, text: string): Omit<Plan, 'format'> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refused(`This file is not valid JSON (${(error as Error).message}), so nothing was imported. Was it changed after it was exported?`, lineOf(text, error as Error));
  }
  const header = ExportHeader.safeParse(raw);
  if (!header.success) {
    return refused('This JSON file is not an Ask After export (it has no "format": "askafter-export"), so nothing was imported. Only files made by Ask After\'s JSON export can be imported as JSON.');
  }
  if (header.data.version !== EXPORT_VERSION) {
    return refused(
      header.data.version > EXPORT_VERSION
        ? `This export was made by a newer Ask After (format version ${header.data.version}; this one reads version ${EXPORT_VERSION}). Update Ask After, then import it again.`
        : `This export has an unknown format version (${header.data.version}), so nothing was imported.`,
    );
  }
  const parsed = AskAfterExport.safeParse(raw);
  if (!parsed.success) {
    return refused(`The export file is damaged or was edited, so nothing was imported: ${readableProblems(raw, parsed.error).join('; ')}.`);
  }
  const data = parsed.data.data;
  const broken = integrityProblems(data);
  if (broken.length > 0) {
    const more = broken.length > 3 ? ` and ${broken.length - 3} more` : '';
    return refused(`The export file does not hang together, so nothing was imported: ${broken.slice(0, 3).join('; ')}${more}.`);
  }
  const there = rowsAlreadyThere(db);
  if (there.length > 0) {
    return refused(
      `This database already holds ${there.join(', ')}. A JSON export goes only into an empty database (merging is not supported), so nothing was imported. Import it into a new database file, or add contacts and visits with a vCard, CSV or calendar file instead.`,
    );
  }
  const records = EXPORT_TABLES.filter((t) => rowsOf(data, t).length > 0).map(
    (t): ImportRecord => ({ line: null, entity: t, action: 'new', label: rowsNamed(t, rowsOf(data, t).length), match: null, notes: [], rows: rowsOf(data, t).length }),
  );
  return { ...emptyPlanParts, records, issues: [], write: (tally) => writeAll(db, data, tally) };
}
