import { isReadChannel } from '../../src/contract/channel-names.ts';
import { dispatch, type HandlerTable } from '../../src/contract/dispatch.ts';
import type { Result } from '../../src/contract/result.ts';
import { systemClock, type Clock } from '../clock.ts';
import type { Store } from '../connection.ts';
import { createLogger } from '../logger.ts';
import { eraseDeletedSearchWords } from '../repositories/search-erase.ts';
import { explainSqliteError } from '../sqlite-errors.ts';
import { agendaHandlers } from './agenda.ts';
import { briefingHandlers } from './briefing.ts';
import { clientHandlers } from './clients.ts';
import { demoHandlers } from './demo.ts';
import { eventsHandlers } from './events.ts';
import { mergeHandlers } from './merge.ts';
import { peopleHandlers } from './people.ts';
import { searchHandlers } from './search.ts';
import { shellSettingsHandlers } from './shell-settings.ts';
import { transferHandlers } from './transfer.ts';
import { trashHandlers } from './trash.ts';
import { visitsHandlers } from './visits.ts';
import { workHandlers } from './work.ts';

const log = createLogger('handlers');

/** The handler table: one function per channel, over the repositories. Plain Node, no electron. */
export function createHandlers(store: Store, clock: Clock = systemClock): HandlerTable {
  const ctx = { store, clock };
  return {
    ...clientHandlers(ctx),
    ...peopleHandlers(ctx),
    ...eventsHandlers(ctx),
    ...visitsHandlers(ctx),
    ...agendaHandlers(ctx),
    ...workHandlers(ctx),
    ...trashHandlers(ctx),
    ...searchHandlers(ctx),
    ...demoHandlers(ctx),
    ...shellSettingsHandlers(ctx),
    ...briefingHandlers(ctx),
    ...transferHandlers(ctx),
    ...mergeHandlers(ctx),
  };
}

/** Channels after which what was deleted must be in no page of the database file or its WAL. */
const ERASING: ReadonlySet<string> = new Set(['people:forget', 'trash:empty']);

export type Dispatcher = (channel: unknown, input: unknown) => Result<unknown>;

/**
 * Every call runs in one transaction, so a handler that fails half-way writes nothing;
 * SQLite errors become messages a person can act on.
 */
export function createDispatcher(store: Store, clock: Clock = systemClock): Dispatcher {
  const table = createHandlers(store, clock);
  return (channel, input) => {
    const run = store.sqlite.transaction(() => {
      const result = dispatch(table, channel, input, {
        explain: explainSqliteError,
        onUnexpected: (name, error) => log.error(`${name} failed`, error),
      });
      // Roll back whatever a failed handler wrote before the failure.
      if (!result.ok) throw new RolledBack(result);
      // What the user asked to be gone leaves the search index too, in the same transaction.
      if (ERASING.has(channel as string)) eraseDeletedSearchWords(store.sqlite);
      return result;
    });
    try {
      // Reads: a deferred transaction, one consistent snapshot and no write lock, so they go on
      // while another process writes. Writes: IMMEDIATE takes the write lock up front, so a
      // second process (the CLI beside the app) waits its turn (busy_timeout) instead of failing
      // with a stale snapshot half-way.
      const result = typeof channel === 'string' && isReadChannel(channel) ? run.deferred() : run.immediate();
      if (ERASING.has(channel as string) && result.ok) leaveNoTrace(store);
      return result;
    } catch (error) {
      if (error instanceof RolledBack) return error.result;
      const explained = explainSqliteError(error);
      if (explained) return { ok: false, error: explained.toError() };
      throw error;
    }
  };
}

/**
 * After forgetting a person or emptying the trash: the search index has merged away their words
 * (eraseDeletedSearchWords), and secure_delete (set at open) has zeroed the freed pages in the WAL;
 * a checkpoint carries that into the database file and empties the WAL, so the forgotten text is
 * in neither. Older backups still hold it: the forget outcome says so.
 */
function leaveNoTrace(store: Store): void {
  try {
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    log.error('checkpoint after forgetting failed', error);
  }
}

class RolledBack extends Error {
  constructor(readonly result: Result<unknown>) {
    super('rolled back');
  }
}
