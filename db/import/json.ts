/**
 * Our own JSON export → an empty database, every row as it was: ids, timestamps and the trash
 * included, so exporting again gives the same file. Merging into a database that already holds
 * data is not supported: ids would clash, and guessing which record is which is the contacts
 * importer's job.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { ImportRecord } from '../../src/contract/schemas/transfer.ts';
import {
  AskAfterExport,
  EXPORT_TABLES,
  EXPORT_VERSION,
  OLDEST_IMPORTED_VERSION,
  ExportAcknowledgement,
  ExportClient,
  ExportClientTag,
  ExportPersonTag,
  ExportClientField,
  ExportTag,
  ExportContact,
  ExportContactDetail,
  ExportFollowUp,
  ExportHeader,
  ExportIncident,
  ExportKnowHow,
  ExportLifeEvent,
  ExportLifeEventPerson,
  ExportPerson,
  ExportRelationship,
  ExportRole,
  ExportSetting,
  ExportVisit,
  ExportVisitAttendee,
  TABLE_NOUNS,
  type ExportTable,
} from '../../src/export/json-format.ts';
import { isoNow, type Clock } from '../clock.ts';
import type { Db } from '../connection.ts';
import { TABLES_OF_EXPORT } from '../export/tables.ts';
import type { settings } from '../schema/work.ts';
import { exportPieces, linesOfFile, linesOfText, NotOurLayout, piecesOfParsed, type ExportPiece } from './json-lines.ts';
import { emptyPlanParts, type Plan, type Tally } from './plan.ts';
import { transferProgress } from '../transfer/progress.ts';
import { batchInsert } from './prepared-insert.ts';
import { readImportFile } from './read-file.ts';

/** The file as the channel sent it, or (from the command line) its path, read a piece at a time. */
export type JsonSource = { text: string } | { path: string };

/** What one pass over the file does: check and count only (preview), or keep the rows (apply). */
export type JsonMode = 'preview' | 'apply';

const ROW_SCHEMAS: Record<ExportTable, z.ZodType> = {
  clients: ExportClient,
  people: ExportPerson,
  roles: ExportRole,
  relationships: ExportRelationship,
  lifeEvents: ExportLifeEvent,
  lifeEventPeople: ExportLifeEventPerson,
  visits: ExportVisit,
  visitAttendees: ExportVisitAttendee,
  acknowledgements: ExportAcknowledgement,
  contacts: ExportContact,
  contactDetails: ExportContactDetail,
  followUps: ExportFollowUp,
  incidents: ExportIncident,
  knowHow: ExportKnowHow,
  tags: ExportTag,
  clientTags: ExportClientTag,
  personTags: ExportPersonTag,
  clientFields: ExportClientField,
  settings: ExportSetting,
};

/** Tables a file may leave out: settings, and those added after version 1. */
const OPTIONAL_TABLES: ReadonlySet<ExportTable> = new Set(['settings', 'contacts', 'tags', 'clientTags', 'personTags', 'contactDetails', 'clientFields']);

/** Everything of the file but its rows. */
const HeaderShape = AskAfterExport.omit({ data: true });

/** The page cache while rows are written, at most 16 MB (SQLite's cache_size: negative is KiB). */
const IMPORT_CACHE_SIZE = -16384;

/** Reported problems stop the pass: the message shows the first few. */
const PROBLEMS_SHOWN = 3;

const rowsNamed = (table: ExportTable, n: number) => `${n} ${TABLE_NOUNS[table][n === 1 ? 0 : 1]}`;
const isTable = (name: string): name is ExportTable => (EXPORT_TABLES as readonly string[]).includes(name);

type Row = Record<string, unknown>;
/** How a row is named in messages: its id, or its key for link tables and settings. */
const keyOf = (table: ExportTable, row: Row): string =>
  table === 'lifeEventPeople'
    ? `${String(row.eventId)}/${String(row.personId)}`
    : table === 'visitAttendees'
      ? `${String(row.visitId)}/${String(row.personId)}`
      : table === 'clientTags'
        ? `${String(row.clientId)}/${String(row.tagId)}`
        : table === 'personTags'
          ? `${String(row.personId)}/${String(row.tagId)}`
          : String(row.id ?? row.key);

/** "people, row 4 (id 12), birthdayMonth: …" */
function rowProblems(table: string, index: number, row: unknown, error: z.ZodError): string[] {
  const id = row && typeof row === 'object' && 'id' in row ? ` (id ${String(row.id)})` : '';
  return error.issues.map((issue) => `${table}, row ${index + 1}${id}${issue.path.length > 0 ? `, ${issue.path.join('.')}` : ''}: ${issue.message}`);
}

/** "people, row 4 (id 12), birthdayMonth: …" from a zod path into the whole file. */
function readableProblems(raw: unknown, error: z.ZodError): string[] {
  return error.issues.slice(0, PROBLEMS_SHOWN).map((issue) => {
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

function rowsAlreadyThere(db: Db): string[] {
  return EXPORT_TABLES.filter((t) => t !== 'settings').flatMap((t) => {
    const { n } = db.get<{ n: number }>(sql`select count(*) as n from ${TABLES_OF_EXPORT[t].table}`);
    return n > 0 ? [rowsNamed(t, n)] : [];
  });
}

/** Why the header refuses the file, or null. */
function headerRefusal(header: Record<string, unknown>): string | null {
  const known = ExportHeader.safeParse(header);
  if (!known.success) {
    return 'This JSON file is not an Ask After export (it has no "format": "askafter-export"), so nothing was imported. Only files made by Ask After\'s JSON export can be imported as JSON.';
  }
  if (known.data.version < OLDEST_IMPORTED_VERSION || known.data.version > EXPORT_VERSION || !Number.isInteger(known.data.version)) {
    return known.data.version > EXPORT_VERSION
      ? `This export was made by a newer Ask After (format version ${known.data.version}; this one reads version ${EXPORT_VERSION}). Update Ask After, then import it again.`
      : `This export has an unknown format version (${known.data.version}), so nothing was imported.`;
  }
  return null;
}

const damaged = (problems: readonly string[]) => `The export file is damaged or was edited, so nothing was imported: ${problems.slice(0, PROBLEMS_SHOWN).join('; ')}.`;

/** Rows that point at rows the file does not hold, as SQLite's deferred foreign keys found them: the first few, and how many. */
function danglingReferences(sqlite: Database.Database): { shown: string[]; total: number } {
  const byName = new Map(EXPORT_TABLES.map((t) => [TABLES_OF_EXPORT[t].name, t]));
  const found = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string; fkid: number }[];
  const shown = found.slice(0, PROBLEMS_SHOWN).map(({ table: name, rowid, fkid }) => {
    const table = byName.get(name)!;
    const { from } = (sqlite.pragma(`foreign_key_list("${name}")`) as { id: number; from: string }[]).find((k) => k.id === fkid)!;
    const field = Object.entries(getTableColumns(TABLES_OF_EXPORT[table].table)).find(([, c]) => c.name === from)![0];
    const stored = sqlite.prepare(`select * from "${name}" where rowid = ?`).get(rowid) as Row;
    const row = Object.fromEntries(Object.entries(getTableColumns(TABLES_OF_EXPORT[table].table)).map(([key, c]) => [key, stored[c.name]]));
    return `${TABLE_NOUNS[table][1]} ${keyOf(table, row)}: ${field} ${String(row[field])} is not in the file`;
  });
  return { shown, total: found.length };
}

/**
 * One pass over the rows inside a savepoint, with foreign keys checked at the end: each row is
 * checked against the export format, written, and what it points at is left to SQLite (so no
 * table of ids is held in memory). Returns the rows per table, or the problems; on problems,
 * or in preview, the savepoint is rolled back and nothing stays written.
 */
function passOverRows(sqlite: Database.Database, pieces: Iterator<ExportPiece>, now: string, validate: boolean, listsInFile: boolean): { counts: Map<ExportTable, number>; problems: string[]; fatal: string | null } {
  const counts = new Map<ExportTable, number>();
  const problems: string[] = [];
  const seen = new Set<string>();
  let fatal: string | null = null;
  let pieceCount = 0;
  const writers = new Map<ExportTable, ReturnType<typeof batchInsert>>();
  const writerFor = (table: ExportTable) => {
    let writer = writers.get(table);
    if (!writer) {
      writer = batchInsert(sqlite, TABLES_OF_EXPORT[table].table as SQLiteTable, now, (row, error) => {
        if (!/UNIQUE|PRIMARYKEY/.test((error as { code?: string }).code ?? '')) throw error;
        problems.push(`${TABLE_NOUNS[table][1]}: ${keyOf(table, row as Row)} appears twice`);
      });
      writers.set(table, writer);
    }
    return writer;
  };
  for (let step = pieces.next(); !step.done && problems.length < PROBLEMS_SHOWN && fatal === null; step = pieces.next()) {
    const piece = step.value;
    if (piece.kind === 'header') continue;
    if (++pieceCount % 2000 === 0) transferProgress(pieceCount, null, 'reading');
    if (!isTable(piece.table)) {
      problems.push(`data: Unrecognized key: "${piece.table}"`);
      continue;
    }
    if (piece.kind === 'table') {
      if (seen.has(piece.table)) problems.push(`data: "${piece.table}" appears twice`);
      seen.add(piece.table);
      counts.set(piece.table, 0);
      // The people and clients written so far made their one phone and e-mail the first entry
      // of their lists (migration 0014's triggers): the file's lists replace those. (A file that
      // has lists, version 3 on, wrote its people and clients without them: nothing to replace.)
      if (piece.table === 'contactDetails') {
        // Their owners go in first: each entry sets its owner's first phone and e-mail.
        for (const writer of writers.values()) writer.flush();
        if (!listsInFile) sqlite.exec('delete from contact_details');
      }
      continue;
    }
    const { table, index } = piece;
    let row = piece.row as Row;
    if (validate) {
      const checked = ROW_SCHEMAS[table].safeParse(row);
      if (!checked.success) {
        problems.push(...rowProblems(table, index, row, checked.error));
        continue;
      }
      row = checked.data as Row;
    }
    counts.set(table, (counts.get(table) ?? 0) + 1);
    // Each number and address comes with the lists, which set the first phone and e-mail again:
    // written now as well, each would be added, then replaced, re-indexing its owner each time.
    if (listsInFile && (table === 'people' || table === 'clients')) row = { ...row, phone: null, email: null };
    // Settings replace what the new database set for itself (when the catch-up was last dismissed…).
    if (table === 'settings') {
      const setting = row as typeof settings.$inferInsert;
      sqlite.prepare('insert into settings (key, value, updated_at) values (?, ?, ?) on conflict(key) do update set value = excluded.value, updated_at = excluded.updated_at').run(setting.key, setting.value, setting.updatedAt);
    } else writerFor(table).add(row);
  }
  for (const writer of writers.values()) if (problems.length === 0) writer.flush();
  // Settings are optional; contacts came with version 2, tags and contact details with version 3, client fields with version 4, so older files have none.
  const missing = EXPORT_TABLES.filter((t) => !OPTIONAL_TABLES.has(t) && !seen.has(t));
  if (problems.length === 0 && missing.length > 0) problems.push(...missing.map((t) => `data.${t}: Invalid input: expected array, received undefined`));
  if (problems.length === 0) {
    transferProgress(pieceCount, pieceCount, 'checking');
    const { shown, total } = danglingReferences(sqlite);
    const more = total > shown.length ? ` and ${total - shown.length} more` : '';
    if (total > 0) fatal = `The export file does not hang together, so nothing was imported: ${shown.join('; ')}${more}.`;
  } else fatal = damaged(problems);
  return { counts, problems, fatal };
}

/** The pieces of a file read whole, after checking it as the one schema; or why it is refused. */
function wholeFile(text: string): { pieces: Generator<ExportPiece> } | { refusal: Omit<Plan, 'format'> } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { refusal: refused(`This file is not valid JSON (${(error as Error).message}), so nothing was imported. Was it changed after it was exported?`, lineOf(text, error as Error)) };
  }
  const why = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? headerRefusal(raw as Record<string, unknown>) : headerRefusal({});
  if (why) return { refusal: refused(why) };
  const parsed = AskAfterExport.safeParse(raw);
  if (!parsed.success) return { refusal: refused(damaged(readableProblems(raw, parsed.error))) };
  return { pieces: piecesOfParsed(parsed.data as unknown as Record<string, unknown>) };
}

/**
 * Our JSON export into an empty database. A file as the app writes it is read a line at a time
 * (from the path when there is one), so a large export is never held whole; any other layout is
 * read whole. The rows are written inside a savepoint: in preview, and whenever the file is
 * refused, it is rolled back.
 */
export function planJson(db: Db, sqlite: Database.Database, clock: Clock, source: JsonSource, mode: JsonMode): Omit<Plan, 'format'> {
  const text = () => ('text' in source ? source.text : readImportFile(source.path));
  const streamed = exportPieces('text' in source ? linesOfText(source.text) : linesOfFile(source.path));
  let header: Record<string, unknown> | null = null;
  try {
    const first = streamed.next();
    header = first.done || first.value.kind !== 'header' ? null : first.value.header;
  } catch (error) {
    if (!(error instanceof NotOurLayout)) throw error;
  }
  if (header) {
    const why = headerRefusal(header);
    if (why) return refused(why);
    const shape = HeaderShape.safeParse(header);
    if (!shape.success) return refused(damaged(shape.error.issues.map((i) => `${i.path.join('.') || 'the file'}: ${i.message}`)));
  }
  const there = () => {
    const found = rowsAlreadyThere(db);
    return found.length === 0
      ? null
      : refused(
          `This database already holds ${found.join(', ')}. A JSON export goes only into an empty database (merging is not supported), so nothing was imported. Import it into a new database file, or add contacts and visits with a vCard, CSV or calendar file instead.`,
        );
  };
  const now = isoNow(clock);
  // Version 3 on, every number and address is in the file's contact details, the first of each list included.
  const listsInFile = typeof header?.['version'] === 'number' && header['version'] >= 3;
  const pass = (pieces: Iterator<ExportPiece>, validate: boolean) => {
    const cacheSize = sqlite.pragma('cache_size', { simple: true }) as number;
    sqlite.exec('savepoint json_import');
    // The pass writes each page about once, in id order: the connection's large cache (kept for
    // pages read again and again) would only fill with them, 64 MB of a whole database's import.
    if (cacheSize < IMPORT_CACHE_SIZE) sqlite.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
    // Rows may point at rows further down the file (acknowledgements before visits): check at the end.
    sqlite.pragma('defer_foreign_keys = on');
    try {
      const result = passOverRows(sqlite, pieces, now, validate, listsInFile);
      if (result.fatal !== null || mode === 'preview') sqlite.exec('rollback to json_import');
      return result;
    } catch (error) {
      sqlite.exec('rollback to json_import');
      throw error;
    } finally {
      sqlite.exec('release json_import');
      sqlite.pragma(`cache_size = ${cacheSize}`);
    }
  };

  let result: ReturnType<typeof passOverRows> | null = null;
  if (header) {
    const refusal = there();
    if (refusal) return refusal;
    try {
      result = pass(streamed, true);
    } catch (error) {
      if (!(error instanceof NotOurLayout)) throw error;
    }
  }
  if (!result) {
    const whole = wholeFile(text());
    if ('refusal' in whole) return whole.refusal;
    const refusal = there();
    if (refusal) return refusal;
    result = pass(whole.pieces, false);
  }
  if (result.fatal !== null) return refused(result.fatal);
  const tables = EXPORT_TABLES.filter((t) => (result.counts.get(t) ?? 0) > 0);
  const records = tables.map((t): ImportRecord => {
    const n = result.counts.get(t)!;
    return { line: null, entity: t, action: 'new', label: rowsNamed(t, n), match: null, notes: [], rows: n };
  });
  return {
    ...emptyPlanParts,
    records,
    issues: [],
    // The rows went in with the pass (apply); this only counts them.
    write: (tally: Tally) => {
      for (const t of tables) tally.create(t, result.counts.get(t)!);
    },
  };
}
