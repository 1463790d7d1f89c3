import { writeExportFile } from '../../db/export/write-file.ts';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { TABLE_NOUNS } from '../../src/export/json-format.ts';
import type { Store } from '../../db/connection.ts';
import { systemClock } from '../../db/clock.ts';
import { exportTableNamed } from '../../db/export/csv.ts';
import type { ExportCounts } from '../../db/export/json-stream.ts';
import { backupBeforeChannel } from '../../db/handlers/transfer.ts';
import { detectFileFormat, readImportFile } from '../../db/import/read-file.ts';
import { findBackups, type BackupFile } from '../../db/backup/list.ts';
import { storeBackupLocation } from '../../db/backup/create.ts';
import { readableInstant } from '../../db/backup/names.ts';
import { purgeOlderBackups } from '../../db/backup/purge.ts';
import { AppFailure, CallFailure } from '../../src/contract/result.ts';
import { IMPORT_FORMATS, type ImportEntity, type ImportFormat, type ImportInput, type ImportOutcome, type ImportPreview } from '../../src/contract/schemas/transfer.ts';
import { UsageError, type CommandContext } from './context.ts';
import { runCliTransfer } from './transfer-job.ts';
import { TRANSFER_USAGE } from './usage.ts';


type TransferCommand = 'export' | 'import' | 'export-person' | 'forget-person';

/** Export, import, and one person's data. Failures of our own (a missing file) exit 1 like a refused call. */
export async function transferCommand(command: TransferCommand, ctx: CommandContext, store: Store, args: string[]): Promise<void> {
  try {
    if (command === 'export') return await exportCommand(ctx, store, args);
    if (command === 'import') return await importCommand(ctx, store, args);
    if (command === 'export-person') return exportPersonCommand(ctx, args);
    return await forgetPersonCommand(ctx, store, args);
  } catch (error) {
    if (error instanceof AppFailure) throw new CallFailure(error.toError());
    throw error;
  }
}

/** Written beside the target and renamed, owner-only, only over a regular file; see writeExportFile. */
const writeWhole = (path: string, text: string): void => writeExportFile(path, text);

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const ENTITY_WORDS: Record<ImportEntity, readonly [string, string]> = {
  person: ['person', 'people'],
  client: ['client', 'clients'],
  role: ['role', 'roles'],
  relationship: ['relationship', 'relationships'],
  event: ['life event', 'life events'],
  visit: ['visit', 'visits'],
  ...TABLE_NOUNS,
};

const required = (value: string | undefined, what: string): string => {
  if (!value) throw new UsageError(`Say ${what}.\n${TRANSFER_USAGE}`);
  return value;
};

async function exportCommand(ctx: CommandContext, store: Store, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' }, entity: { type: 'string' }, 'time-zone': { type: 'string' }, todos: { type: 'boolean', default: false } } });
  const out = required(values.out, 'where to write the export (--out PATH)');
  const format = required(values.format, 'which format (--format json, csv, vcard or ics)');
  const done = (what: string) => ctx.io.out(ctx.json ? JSON.stringify({ format, out }) : `Exported ${what} to ${out}.`);
  // Said before anything is written: the database may be encrypted, its exports never are.
  (ctx.json ? ctx.io.err : ctx.io.out)(`Note: exports are plain text, not encrypted; anyone who can read ${out} can read everything in it. Keep it somewhere private and delete it when done.`);
  if (format === 'json') {
    // Streamed from one read transaction in a worker thread: a snapshot, without holding the
    // database in memory, with progress and Ctrl+C (which leaves no file).
    const exported = await runCliTransfer<ExportCounts>(ctx.io, store, systemClock, 'Exporting', { kind: 'export-json-file', out });
    return done(`${count(exported.clients, 'client')} and ${count(exported.people, 'person', 'people')} (everything)`);
  }
  if (format === 'csv') {
    const entity = values.entity === undefined ? undefined : exportTableNamed(values.entity);
    if (values.entity !== undefined && !entity) throw new UsageError(`There is no table called ${JSON.stringify(values.entity)}. Use a name such as people, visits or life_events.`);
    const { files } = ctx.call('export:csv', entity ? { entity } : {});
    const [only] = files;
    if (entity && only) {
      writeWhole(out, only.text);
      return done(only.name);
    }
    for (const file of files) writeWhole(join(out, file.name), file.text);
    return done(`${files.length} tables, one CSV file each,`);
  }
  if (format === 'vcard') {
    const { text } = ctx.call('export:vcard', {});
    writeWhole(out, text);
    return done(`${count(text.match(/^BEGIN:VCARD/gm)?.length ?? 0, 'person', 'people')} as vCards`);
  }
  if (format === 'ics') {
    const { text } = ctx.call('export:ics', { ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}), followUpsAs: values.todos ? 'todo' : 'event' });
    writeWhole(out, text);
    return done('planned visits (with their briefings) and open follow-ups');
  }
  throw new UsageError(`Unknown export format ${JSON.stringify(format)}: use json, csv, vcard or ics.`);
}

function assignments(pairs: string[]): Record<string, number> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.lastIndexOf('=');
      const clientId = Number(pair.slice(at + 1));
      if (at <= 0 || !Number.isInteger(clientId) || clientId < 1) throw new UsageError(`--assign takes UID=CLIENT_ID (e.g. --assign abc123@google.com=4), not ${JSON.stringify(pair)}.`);
      return [pair.slice(0, at), clientId];
    }),
  );
}

const ACTION_WORDS = { new: 'new', update: 'update', duplicate: 'already there', skip: 'skipped', error: 'ERROR' } as const;

function printPreview(ctx: CommandContext, preview: ImportPreview): void {
  const { counts } = preview;
  ctx.io.out(`${preview.format}: ${counts.new} new, ${counts.updated} to update, ${counts.duplicates} already there, ${counts.skipped} skipped, ${counts.errors} with errors.`);
  for (const r of preview.records.filter((r) => r.action !== 'duplicate')) {
    ctx.io.out(`  ${r.line === null ? '' : `line ${r.line}: `}${ACTION_WORDS[r.action]} ${ENTITY_WORDS[r.entity][0]}: ${r.label}${r.notes.length > 0 ? ` (${r.notes.join('; ')})` : ''}`);
  }
  // A refusal is said once, as the command's error.
  for (const issue of preview.issues.filter((i) => i.message !== preview.blockedBy)) ctx.io.out(`  ${issue.severity === 'error' ? 'ERROR' : 'note'}: ${issue.message}`);
  if (preview.csv?.needsMapping) {
    ctx.io.out('Columns were not recognised; the suggested mapping:');
    preview.csv.headers.forEach((header, i) => ctx.io.out(`  ${header} → ${preview.csv?.mapping[i]?.field ?? '(ignored)'}`));
  }
  for (const event of preview.unassigned) {
    const could = event.candidates.length > 0 ? ` could be ${event.candidates.map((c) => `${c.name} (${c.id})`).join(' or ')};` : '';
    ctx.io.out(`  no client for "${event.summary}" (${event.occurrences}×, first ${event.firstStart});${could} add --assign ${event.uid}=CLIENT_ID`);
  }
}

async function importCommand(ctx: CommandContext, store: Store, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-errors': { type: 'boolean', default: false },
      assign: { type: 'string', multiple: true, default: [] },
      'time-zone': { type: 'string' },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError(`Name one file to import.\n${TRANSFER_USAGE}`);
  if (values.format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) throw new UsageError(`The format must be one of ${IMPORT_FORMATS.join(', ')}.`);
  if ((values.format ?? detectFileFormat(file)) === 'json') return importJsonCommand(ctx, store, file, values['dry-run']);
  const input: ImportInput = {
    text: readImportFile(file),
    fileName: basename(file),
    ...(values.format ? { format: values.format as ImportFormat } : {}),
    ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
    assignments: assignments(values.assign),
    merges: {},
    skipErrors: values['skip-errors'],
  };
  let preview = ctx.call('import:preview', input);
  // A command line cannot show a mapping form: it uses the suggestion, and says so.
  if (preview.csv?.needsMapping) {
    input.mapping = preview.csv.mapping;
    preview = { ...ctx.call('import:preview', input), csv: preview.csv };
  }
  if (ctx.json && values['dry-run']) return ctx.io.out(JSON.stringify(preview, null, 2));
  if (!ctx.json) printPreview(ctx, preview);
  if (values['dry-run']) return ctx.io.out('Nothing was written (--dry-run).');
  if (preview.blockedBy !== null) throw new CallFailure({ code: 'invalid_input', message: preview.blockedBy });
  const backup = await backupBeforeChannel(store, 'import:apply');
  const outcome = await runCliTransfer<ImportOutcome>(ctx.io, store, systemClock, 'Importing', { kind: 'channel', channel: 'import:apply', input });
  if (ctx.json) return ctx.io.out(JSON.stringify({ ...outcome, backup: backup?.file ?? null }, null, 2));
  printOutcome(ctx, outcome, backup);
}

/** A whole database's export: read from the file a piece at a time, checked and written in one pass. */
async function importJsonCommand(ctx: CommandContext, store: Store, file: string, dryRun: boolean): Promise<void> {
  if (dryRun) {
    const preview = await runCliTransfer<ImportPreview>(ctx.io, store, systemClock, 'Checking', { kind: 'import-json-file', path: file, dryRun: true });
    if (ctx.json) return ctx.io.out(JSON.stringify(preview, null, 2));
    printPreview(ctx, preview);
    return ctx.io.out('Nothing was written (--dry-run).');
  }
  const backup = await backupBeforeChannel(store, 'import:apply');
  const { preview, ...outcome } = await runCliTransfer<ImportOutcome & { preview: ImportPreview }>(ctx.io, store, systemClock, 'Importing', { kind: 'import-json-file', path: file, dryRun: false });
  if (ctx.json) return ctx.io.out(JSON.stringify({ ...outcome, backup: backup?.file ?? null }, null, 2));
  printPreview(ctx, preview);
  printOutcome(ctx, outcome, backup);
}

function printOutcome(ctx: CommandContext, outcome: ImportOutcome, backup: BackupFile | undefined): void {
  const list = (tally: Partial<Record<ImportEntity, number>>) =>
    (Object.entries(tally) as [ImportEntity, number][]).map(([entity, n]) => count(n, ...ENTITY_WORDS[entity])).join(', ') || 'nothing';
  ctx.io.out(`Imported: created ${list(outcome.created)}; updated ${list(outcome.updated)}.`);
  if (backup) ctx.io.out(`The database as it was before is saved as ${backup.file}.`);
}

const personId = (positionals: string[]): number => {
  const [id, ...extra] = positionals;
  if (!id || extra.length > 0 || !/^\d+$/.test(id)) throw new UsageError(`Give one person's id (see the person's card, or --json lists).\n${TRANSFER_USAGE}`);
  return Number(id);
};

function exportPersonCommand(ctx: CommandContext, args: string[]): void {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  const id = personId(positionals);
  const out = required(values.out, 'where to write it (--out FILE)');
  const exported = ctx.call('people:exportAll', { id });
  writeWhole(out, `${JSON.stringify(exported, null, 2)}\n`);
  const name = [exported.person.givenName, exported.person.familyName].filter(Boolean).join(' ');
  ctx.io.out(ctx.json ? JSON.stringify({ id, out }) : `Exported everything held about ${name} to ${out} (${exported.mentions.length} other records mention them by name).`);
}

async function forgetPersonCommand(ctx: CommandContext, store: Store, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { yes: { type: 'boolean', default: false }, 'purge-backups': { type: 'boolean', default: false } } });
  const id = personId(positionals);
  if (!values.yes) {
    const held = ctx.call('people:exportAll', { id });
    const name = [held.person.givenName, held.person.familyName].filter(Boolean).join(' ');
    throw new UsageError(
      `This deletes ${name} for good, with ${count(held.roles.length, 'role')}, ${count(held.relationships.length, 'relationship')}, their links to ${count(held.lifeEvents.length, 'life event')}, ${count(held.attendance.length, 'visit attendance')}, ${count(held.followUps.length, 'follow-up')} and ${count(held.knowHow.length, 'know-how entry', 'know-how entries')}. It cannot be undone, and older backups still hold them (add --purge-backups to delete those, keeping a fresh backup made right after). To go ahead: askafter forget-person ${id} --yes`,
    );
  }
  const outcome = ctx.call('people:forget', { id, confirm: true });
  const purged = values['purge-backups'] && store.file !== ':memory:' ? await purgeOlderBackups(store, systemClock) : undefined;
  if (ctx.json) return ctx.io.out(JSON.stringify(purged ? { ...outcome, backupsDeleted: purged.deleted.length, backupKept: purged.kept.file } : outcome, null, 2));
  const { deleted } = outcome;
  const rows = [
    count(deleted.roles, 'role'),
    count(deleted.relationships, 'relationship'),
    count(deleted.lifeEvents, 'life event about them alone', 'life events about them alone'),
    count(deleted.eventLinks, 'link to a life event', 'links to life events'),
    count(deleted.attendance, 'visit attendance'),
    count(deleted.followUps, 'follow-up'),
    count(deleted.knowHow, 'know-how entry', 'know-how entries'),
  ];
  ctx.io.out(`Forgot ${outcome.name}, with ${rows.join(', ')}.`);
  if (purged) {
    ctx.io.out(`Deleted ${count(purged.deleted.length, 'older backup')} that still held them; kept a fresh backup made just now (${purged.kept.file}).`);
  } else {
    const older = store.file === ':memory:' ? [] : findBackups(storeBackupLocation(store));
    if (older.length > 0) {
      const span = older.length === 1 ? `from ${readableInstant(older[0]!.takenAt)}` : `from ${readableInstant(older.at(-1)!.takenAt)} to ${readableInstant(older[0]!.takenAt)}`;
      ctx.io.out(`${count(older.length, 'older backup')} (${span}) still ${older.length === 1 ? 'holds' : 'hold'} them. To delete those, keeping one fresh backup: askafter backups --purge-older --yes`);
    }
  }
  if (outcome.mentions.length === 0) return;
  ctx.io.out('These still mention them by name; edit them by hand:');
  for (const m of outcome.mentions) ctx.io.out(`  ${m.entity} ${m.id} ${m.label}${m.day ? ` (${m.day})` : ''}${m.inTrash ? ' [in the trash]' : ''}: ${m.excerpts.join(' / ')}`);
}
