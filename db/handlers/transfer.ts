import type { HandlerTable } from '../../src/contract/dispatch.ts';
import { backupBefore } from '../backup/create.ts';
import type { BackupFile } from '../backup/list.ts';
import type { Store } from '../connection.ts';
import { csvFiles } from '../export/csv.ts';
import { exportCalendar } from '../export/ics.ts';
import { exportPerson } from '../export/person.ts';
import { exportAll, readExportData } from '../export/read-all.ts';
import { exportVCards } from '../export/vcard.ts';
import { forgetPerson } from '../import/forget.ts';
import { applyImport, previewImport } from '../import/run.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

const machineTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The backup a channel needs before it runs (import:apply: 'pre-import'; a merge: 'pre-merge'). The dispatcher is
 * synchronous and runs each call in a transaction, where no backup can be taken, so the
 * transport awaits this first. Undefined when the channel needs none (or the store is in memory).
 */
export async function backupBeforeChannel(store: Store, channel: unknown): Promise<BackupFile | undefined> {
  if (channel === 'import:apply') return backupBefore(store, 'pre-import');
  if (channel === 'people:merge' || channel === 'clients:merge') return backupBefore(store, 'pre-merge');
  return undefined;
}

export function transferHandlers({ store, clock }: HandlerContext): DomainHandlers<'export'> & DomainHandlers<'import'> & Pick<HandlerTable, 'people:exportAll' | 'people:forget'> {
  const importing = () => ({ db: store.db, sqlite: store.sqlite, clock, timeZone: machineTimeZone() });
  return {
    'export:json': ({ settings }) => exportAll(store.db, clock, { settings }),
    'export:csv': ({ entity, settings }) => ({ files: csvFiles(readExportData(store.db, { settings }), entity) }),
    'export:vcard': () => ({ text: exportVCards(store.db, clock) }),
    'export:ics': ({ timeZone, locale, followUpsAs }) => ({ text: exportCalendar(store.db, clock, { timeZone: timeZone ?? machineTimeZone(), ...(locale ? { locale } : {}), followUpsAs }) }),
    'import:preview': (input) => previewImport(importing(), input),
    'import:apply': (input) => applyImport(importing(), input),
    'people:exportAll': ({ id }) => exportPerson(store.db, clock, id),
    'people:forget': ({ id }) => forgetPerson(store.db, id),
  };
}
