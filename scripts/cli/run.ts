import type { DatabaseKey } from '../../db/encryption.ts';
import { AppFailure, CallFailure } from '../../src/contract/result.ts';
import { explainSqliteError } from '../../db/sqlite-errors.ts';
import { resolveDatabaseFile } from '../database-option.ts';
import { UsageError } from './context.ts';
import type { CliIo } from './io.ts';
import { printableIo } from './printable.ts';
import { AGENDA_USAGE, BACKUP_USAGE, BRIEF_USAGE, CLIENTS_USAGE, CONTACTS_USAGE, DEMO_USAGE, DETAILS_USAGE, FIELDS_USAGE, MERGE_USAGE, TAGS_USAGE, TRANSFER_USAGE } from './usage.ts';

const BACKUP_COMMANDS = new Set(['backup', 'backups', 'restore', 'check']);

export const USAGE = `Usage: askafter [--db FILE] COMMAND [--json]

Commands:
${CLIENTS_USAGE}
${TAGS_USAGE}
${BRIEF_USAGE}
${AGENDA_USAGE}
${CONTACTS_USAGE}
${DETAILS_USAGE}
${FIELDS_USAGE}
${BACKUP_USAGE}
${DEMO_USAGE}
${TRANSFER_USAGE}
${MERGE_USAGE}

The database is --db FILE, else $ASKAFTER_DB, else the app's own data folder.`;

/** Pulls the global flags (--db, --json, --help) out of argv, wherever they stand. */
function globalFlags(argv: string[]) {
  const rest: string[] = [];
  let db: string | undefined;
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db') db = argv[++i];
    else if (arg.startsWith('--db=')) db = arg.slice(5);
    else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else rest.push(arg);
  }
  return { db, json, help, rest };
}

/**
 * Runs one command; returns the exit code. Whatever goes wrong ends in a sentence on stderr and
 * a non-zero code, never a stack trace; nothing printed carries control characters.
 */
export async function runCli(argv: string[], rawIo: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const io = printableIo(rawIo);
  try {
    return await runCommand(argv, io, env);
  } catch (error) {
    io.err(failureSentence(error));
    return 1;
  }
}

/** A failure nobody planned for, told as a sentence (the details stay in the message, not a trace). */
function failureSentence(error: unknown): string {
  if (error instanceof AppFailure) return error.message;
  const explained = explainSqliteError(error);
  if (explained) return explained.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `Ask After may not write there (${detail}). Nothing was changed; check the permissions.`;
  if (code === 'ENOSPC') return 'The disk is full, so nothing was written. Free some space and try again.';
  return `Ask After could not finish that (${detail}). Nothing was changed.`;
}

async function runCommand(argv: string[], io: CliIo, env: NodeJS.ProcessEnv): Promise<number> {
  const { db, json, help, rest } = globalFlags(argv);
  const [command, ...args] = rest;
  if (help || !command) {
    io.out(USAGE);
    return help ? 0 : 2;
  }
  // Loaded only now, so `--help` starts in a fraction of the time (the database, the engine and
  // the importers are most of the bundle).
  const { keyFromEnvironment } = await import('../../db/encryption.ts');
  const backupDir = env.ASKAFTER_BACKUP_DIR;
  let key: DatabaseKey | undefined;
  try {
    key = keyFromEnvironment(env);
  } catch (error) {
    io.err(error instanceof AppFailure ? error.message : String(error));
    return 1;
  }
  if (BACKUP_COMMANDS.has(command)) {
    const { backupCommand, isBackupCommand } = await import('./backup.ts');
    if (isBackupCommand(command)) return backupCommand(command, args, { io, json, file: resolveDatabaseFile(db, env), backupDir, key });
  }
  const [{ openStore }, { createDispatcher }, { callerFor }] = await Promise.all([import('../../db/connection.ts'), import('../../db/handlers/index.ts'), import('./context.ts')]);
  let store;
  try {
    store = await openStore({ file: resolveDatabaseFile(db, env), backupDir, key });
  } catch (error) {
    io.err(error instanceof AppFailure ? error.message : String(error));
    return 1;
  }
  try {
    const ctx = { io, json, call: callerFor(createDispatcher(store)) };
    switch (command) {
      case 'clients':
        (await import('./clients.ts')).clientsCommand(ctx, args);
        break;
      case 'tags':
        (await import('./tags.ts')).tagsCommand(ctx, args);
        break;
      case 'brief':
        (await import('./brief.ts')).briefCommand(ctx, args);
        break;
      case 'dashboard':
        (await import('./brief.ts')).dashboardCommand(ctx, args);
        break;
      case 'agenda':
        (await import('./agenda.ts')).agendaCommand(ctx, args, () => new Date());
        break;
      case 'log-contact':
        (await import('./contacts.ts')).logContactCommand(ctx, args, () => new Date());
        break;
      case 'contacts':
        (await import('./contacts.ts')).contactsCommand(ctx, args);
        break;
      case 'details':
        (await import('./details.ts')).detailsCommand(ctx, args);
        break;
      case 'add-phone':
      case 'add-email':
        (await import('./details.ts')).addDetailCommand(ctx, command === 'add-phone' ? 'phone' : 'email', args);
        break;
      case 'fields':
        (await import('./fields.ts')).fieldsCommand(ctx, args);
        break;
      case 'set-field':
        (await import('./fields.ts')).setFieldCommand(ctx, args);
        break;
      case 'remove-field':
        (await import('./fields.ts')).removeFieldCommand(ctx, args);
        break;
      case 'demo':
        (await import('./demo.ts')).demoCommand(ctx, store, args);
        break;
      case 'export':
      case 'import':
      case 'export-person':
      case 'forget-person':
        await (await import('./transfer.ts')).transferCommand(command, ctx, store, args);
        break;
      case 'duplicates':
        (await import('./merge.ts')).duplicatesCommand(ctx);
        break;
      case 'not-the-same':
        (await import('./merge.ts')).notTheSameCommand(ctx, args);
        break;
      case 'merge-people':
      case 'merge-clients':
        await (await import('./merge.ts')).mergeCommand(command, ctx, store, args);
        break;
      default:
        throw new UsageError(`Unknown command ${JSON.stringify(command)}.\n\n${USAGE}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof CallFailure) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  } finally {
    store.close();
  }
}
