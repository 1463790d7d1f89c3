import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, storeBackupLocation } from '../../../db/backup/create.ts';
import { describeBackups } from '../../../db/backup/list.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addClients } from './helpers.ts';

describe('listing backups', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  it('shows each backup newest first with its date, reason, size and what it holds', async () => {
    const clock = fixedClock('2026-11-24T08:00:00.000Z');
    addClients(store, 3);
    await createBackup(store, 'daily', { clock });
    addClients(store, 2, 10);
    store.sqlite.prepare("update clients set deleted_at = '2026-11-25T08:00:00.000Z' where name = 'Client 1'").run();
    clock.set('2026-11-25T09:30:00.000Z');
    const newest = await createBackup(store, 'pre-import', { clock });

    const listed = describeBackups(storeBackupLocation(store));
    expect(listed.map(({ takenAt, reason, counts }) => ({ takenAt, reason, counts }))).toEqual([
      { takenAt: '2026-11-25T09:30:00.000Z', reason: 'pre-import', counts: { clients: 4, people: 5, visits: 5 } },
      { takenAt: '2026-11-24T08:00:00.000Z', reason: 'daily', counts: { clients: 3, people: 3, visits: 3 } },
    ]);
    expect(listed[0]).toMatchObject({ file: newest.file, bytes: newest.bytes });
  });

  it('lists an unreadable backup without counts instead of failing, and skips files that are not backups', async () => {
    const clock = fixedClock('2026-11-25T09:30:00.000Z');
    const good = await createBackup(store, 'manual', { clock });
    const location = storeBackupLocation(store);
    writeFileSync(join(location.folder, 'askafter-2026-11-25T10-00-00Z-manual.sqlite'), 'this is not a database at all, just text pretending');
    writeFileSync(join(location.folder, 'shopping-list.txt'), 'milk');
    const listed = describeBackups(location);
    expect(listed.map((b) => [b.reason, b.counts])).toEqual([
      ['manual', undefined],
      ['manual', { clients: 0, people: 0, visits: 0 }],
    ]);
    expect(listed[1]!.file).toBe(good.file);
  });
});
