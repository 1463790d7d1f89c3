import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../db/backup/create.ts';
import { CorruptDatabaseFailure } from '../../../db/backup/corrupt.ts';
import { openStore, type Store } from '../../../db/connection.ts';
import { fixedClock } from '../../helpers/temp-store.ts';
import { scrambledDatabase } from '../backup/helpers.ts';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('private files and what open refuses', () => {
  let dir: string;
  let file: string;
  let store: Store | undefined;
  let umask: number;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-private-'));
    file = join(dir, 'data', 'askafter.sqlite');
    umask = process.umask(0o022);
  });
  afterEach(() => {
    store?.close();
    store = undefined;
    process.umask(umask);
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(process.platform === 'win32')('creates the database, its WAL and shm, and backups owner-only in owner-only folders, under umask 022', async () => {
    store = await openStore({ file });
    store.sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    expect(mode(join(dir, 'data'))).toBe(0o700);
    expect(mode(file)).toBe(0o600);
    expect(mode(`${file}-wal`)).toBe(0o600);
    expect(mode(`${file}-shm`)).toBe(0o600);
    const backup = await createBackup(store, 'manual');
    expect(mode(join(dir, 'data', 'backups'))).toBe(0o700);
    expect(mode(backup.file)).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('tightens an existing database and its backups on open', async () => {
    store = await openStore({ file });
    const backup = await createBackup(store, 'manual');
    store.close();
    chmodSync(file, 0o644);
    chmodSync(backup.file, 0o644);
    store = await openStore({ file });
    expect(mode(file)).toBe(0o600);
    expect(mode(backup.file)).toBe(0o600);
  });

  it('refuses a file that is not a database, leaving it where and as it was', async () => {
    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Call the Patels about the printer.\n');
    await expect(openStore({ file: notes })).rejects.toThrow(/notes\.txt cannot be read: .*or not an Ask After database at all\. It was left untouched\./);
    expect(readFileSync(notes, 'utf8')).toBe('Call the Patels about the printer.\n');
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses a folder given as the database', async () => {
    await expect(openStore({ file: dir })).rejects.toThrow(/is not a database file \(it is a folder or a device\)/);
  });

  it('offers the newest good backup for an empty (0-byte) database instead of starting empty', async () => {
    store = await openStore({ file });
    store.sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    const backup = await createBackup(store, 'manual', { clock: fixedClock('2026-11-24T18:00:00.000Z') });
    store.close();
    store = undefined;
    writeFileSync(file, '');
    const failure = await openStore({ file, clock: fixedClock('2026-11-25T09:30:00.000Z') }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CorruptDatabaseFailure);
    expect((failure as CorruptDatabaseFailure).newestBackup?.file).toBe(backup.file);
    expect((failure as Error).message).toMatch(/the file is empty \(0 bytes\).*newest good backup was taken 2026-11-24 18:00 UTC/);
  });

  it('after a damaged file was moved aside, the next open offers the backup instead of creating an empty database', async () => {
    store = await openStore({ file });
    store.sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    const backup = await createBackup(store, 'manual');
    store.close();
    store = undefined;
    writeFileSync(file, scrambledDatabase(readFileSync(file)));
    await expect(openStore({ file })).rejects.toBeInstanceOf(CorruptDatabaseFailure);
    await expect(openStore({ file })).rejects.toThrow(new RegExp(`There is no database at .*moved aside.*askafter restore ${backup.file.replaceAll('.', '\\.')}`));
    expect(existsSync(file)).toBe(false);
    // Choosing to start afresh (the app's "Start with an empty database") still works.
    store = await openStore({ file, startEmpty: true });
    expect(store.sqlite.prepare('select count(*) as n from clients').get()).toEqual({ n: 0 });
  });
});
