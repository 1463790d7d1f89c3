import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../db/backup/create.ts';
import { restoreBackup } from '../../../db/backup/restore.ts';
import type { Store } from '../../../db/connection.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addClients, dump, peek, scrambledDatabase } from './helpers.ts';

describe('restoring a backup', () => {
  let store: TempStore;
  let live: Store | undefined;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => {
    live?.close();
    live = undefined;
    store.dispose();
  });

  const file = () => join(store.dir, 'askafter.sqlite');

  it('brings back the data exactly as it was at backup time, after saving the current data as a pre-restore backup', async () => {
    const clock = fixedClock('2026-11-24T08:00:00.000Z');
    addClients(store, 5);
    const atBackup = dump(store.sqlite);
    const backup = await createBackup(store, 'daily', { clock });
    addClients(store, 3, 100);
    store.sqlite.prepare("update clients set name = 'Renamed' where id = 1").run();
    const beforeRestore = dump(store.sqlite);

    clock.set('2026-11-25T09:30:00.000Z');
    const outcome = await restoreBackup({ file: file(), backupFile: backup.file, current: store, clock });
    live = outcome.store;
    expect(dump(live.sqlite)).toEqual(atBackup);
    expect(outcome.safetyBackup?.file).toMatch(/askafter-2026-11-25T09-30-00Z-pre-restore\.sqlite$/);
    expect(peek(outcome.safetyBackup!.file, (db) => dump(db))).toEqual(beforeRestore);
    expect(existsSync(backup.file)).toBe(true);
  });

  it('opens the live database itself when the caller has none open', async () => {
    addClients(store, 2);
    const backup = await createBackup(store);
    addClients(store, 2, 50);
    store.close();
    live = (await restoreBackup({ file: file(), backupFile: backup.file })).store;
    expect(live.sqlite.prepare('select count(*) as n from clients').get()).toEqual({ n: 2 });
  });

  it('never deletes the backup being restored, even when retention would', async () => {
    const clock = fixedClock('2026-11-25T09:00:00.000Z');
    const oldest = await createBackup(store, 'manual', { clock });
    for (let i = 0; i < 4; i++) {
      clock.advance(60_000);
      await createBackup(store, 'manual', { clock });
    }
    clock.advance(60_000);
    live = (await restoreBackup({ file: file(), backupFile: oldest.file, current: store, clock })).store;
    expect(existsSync(oldest.file)).toBe(true);
  });

  describe('refuses a bad backup with a clear message and changes nothing', () => {
    const refuse = async (backupFile: string, message: RegExp) => {
      addClients(store, 3);
      store.close();
      const folder = join(store.dir, 'backups');
      const backups = () => (existsSync(folder) ? readdirSync(folder).sort() : []);
      const before = { bytes: readFileSync(file()), backups: backups() };
      await expect(restoreBackup({ file: file(), backupFile })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
      expect(readFileSync(file()).equals(before.bytes)).toBe(true);
      expect(backups()).toEqual(before.backups);
    };

    it('a garbage file', async () => {
      const garbage = join(store.dir, 'garbage.sqlite');
      writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
      await refuse(garbage, /cannot be restored: it is damaged \(file is not a database\)\. Nothing was changed/);
    });

    it('a missing file', async () => {
      await refuse(join(store.dir, 'nope.sqlite'), /does not exist\. Nothing was changed/);
    });

    it('a database that is not ours', async () => {
      const other = join(store.dir, 'other.sqlite');
      const db = new Database(other);
      db.exec('create table recipes (name text)');
      db.close();
      await refuse(other, /not an Ask After database/);
    });

    it('a backup from a newer version of the app', async () => {
      const newer = (await createBackup(store)).file;
      const db = new Database(newer);
      db.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from-the-future', 99_999_999_999_999);
      db.close();
      await refuse(newer, /made by a newer version of Ask After/);
    });

    it('a truncated backup', async () => {
      addClients(store, 300, 1000);
      const backup = (await createBackup(store)).file;
      const bytes = readFileSync(backup);
      const truncated = join(store.dir, 'truncated.sqlite');
      writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await refuse(truncated, /it is damaged/);
    });
  });

  it('restores over an unreadable live file by moving that file aside first', async () => {
    addClients(store, 4);
    const backup = await createBackup(store);
    store.close();
    const garbage = scrambledDatabase(readFileSync(file()));
    writeFileSync(file(), garbage);
    const outcome = await restoreBackup({ file: file(), backupFile: backup.file });
    live = outcome.store;
    expect(outcome.safetyBackup).toBeUndefined();
    expect(readFileSync(outcome.movedAside!).equals(garbage)).toBe(true);
    expect(live.sqlite.prepare('select count(*) as n from clients').get()).toEqual({ n: 4 });
    expect(readdirSync(store.dir).filter((name) => name.includes('.restoring'))).toEqual([]);
  });
});
