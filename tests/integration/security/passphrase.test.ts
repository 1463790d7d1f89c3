import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup, storeBackupLocation } from '../../../db/backup/create.ts';
import { UnreadableDatabaseFailure } from '../../../db/backup/corrupt.ts';
import { describeBackups, findBackups } from '../../../db/backup/list.ts';
import { openStore, type Store } from '../../../db/connection.ts';
import { hasPlaintextHeader, keyFromText, keyOpens, type DatabaseKey } from '../../../db/encryption.ts';
import { changeDatabaseKey } from '../../../db/rekey.ts';
import { fixedClock } from '../../helpers/temp-store.ts';

const SECRET = 'Mother in hospice care since October';
const keychainKey: DatabaseKey = keyFromText('5f'.repeat(32));
const passphrase = keyFromText('correct horse battery staple');
const holdsSecret = (file: string) => existsSync(file) && readFileSync(file).includes(Buffer.from(SECRET));
const peopleNamed = (store: Store) => (store.sqlite.prepare('select given_name as name from people order by id').all() as { name: string }[]).map((r) => r.name);

describe('a passphrase on a real encrypted file: set, changed, removed', () => {
  let dir: string;
  let file: string;
  let store: Store | undefined;
  const clock = fixedClock('2026-12-01T09:00:00Z');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-pass-'));
    file = join(dir, 'askafter.sqlite');
  });
  afterEach(() => {
    store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function databaseWith(key: DatabaseKey | undefined) {
    store = await openStore({ file, key, clock });
    store.sqlite.prepare('insert into people (given_name, notes) values (?, ?)').run('Sue Patel', SECRET);
    clock.set('2026-11-20T09:00:00Z');
    await createBackup(store, 'manual', { clock });
    clock.set('2026-12-01T09:00:00Z');
    return store;
  }

  it('re-keys a keychain-locked database to a passphrase in one step, after a backup, and re-locks the older backups', async () => {
    const live = await databaseWith(keychainKey);
    const outcome = await changeDatabaseKey(live, passphrase, clock);

    expect(outcome.safetyBackup.reason).toBe('pre-rekey');
    expect(outcome.backupsRekeyed).toBe(2);
    expect(outcome.backupsLeft).toEqual([]);
    live.sqlite.prepare('insert into people (given_name) values (?)').run('Tom Patel');
    live.close();
    store = undefined;

    expect(keyOpens(file, keychainKey)).toBe(false);
    expect(keyOpens(file, keyFromText('correct horse battery stapler'))).toBe(false);
    expect(keyOpens(file, passphrase)).toBe(true);
    expect(holdsSecret(file)).toBe(false);
    for (const backup of findBackups({ folder: join(dir, 'backups'), prefix: 'askafter' })) {
      expect(keyOpens(backup.file, passphrase), backup.file).toBe(true);
      expect(keyOpens(backup.file, keychainKey), backup.file).toBe(false);
    }

    store = await openStore({ file, key: passphrase, clock });
    expect(peopleNamed(store)).toEqual(['Sue Patel', 'Tom Patel']);
    // Backups made afterwards use the new key; the list reads every one with it.
    clock.set('2026-12-02T09:00:00Z');
    const later = await createBackup(store, 'manual', { clock });
    expect(keyOpens(later.file, passphrase)).toBe(true);
    expect(describeBackups(storeBackupLocation(store)).map((b) => b.counts?.people)).toEqual([2, 1, 1]);
  });

  it('locks a plaintext database with a passphrase, and its plaintext backups too', async () => {
    const live = await databaseWith(undefined);
    const [plainBackup] = findBackups(storeBackupLocation(live));
    expect(holdsSecret(plainBackup!.file)).toBe(true);

    await changeDatabaseKey(live, passphrase, clock);
    expect(live.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    live.close();
    store = undefined;

    expect(hasPlaintextHeader(file)).toBe(false);
    expect(holdsSecret(file)).toBe(false);
    expect(readdirSync(join(dir, 'backups')).filter((name) => holdsSecret(join(dir, 'backups', name)))).toEqual([]);
    store = await openStore({ file, key: passphrase, clock });
    expect(peopleNamed(store)).toEqual(['Sue Patel']);
  });

  it('removing the passphrase (no keychain) leaves a plain database that opens without a key', async () => {
    const live = await databaseWith(passphrase);
    await changeDatabaseKey(live, undefined, clock);
    live.close();
    store = undefined;
    expect(hasPlaintextHeader(file)).toBe(true);
    store = await openStore({ file, clock });
    expect(peopleNamed(store)).toEqual(['Sue Patel']);
    expect(describeBackups(storeBackupLocation(store)).every((b) => b.counts?.people === 1)).toBe(true);
  });

  it('a wrong passphrase opens nothing and changes nothing, and says the file is damaged or locked with another key', async () => {
    const live = await databaseWith(passphrase);
    live.close();
    store = undefined;
    const before = readFileSync(file);
    const attempt = openStore({ file, key: keyFromText('not the passphrase'), clock });
    await expect(attempt).rejects.toBeInstanceOf(UnreadableDatabaseFailure);
    await expect(openStore({ file, key: keyFromText('not the passphrase'), clock })).rejects.toThrow(/locked with another key.*left untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});
