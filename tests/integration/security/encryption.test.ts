import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../db/backup/create.ts';
import { describeBackups } from '../../../db/backup/list.ts';
import { restoreBackup } from '../../../db/backup/restore.ts';
import { openStore, type Store } from '../../../db/connection.ts';
import { keyFromText, type DatabaseKey } from '../../../db/encryption.ts';
import { storeBackupLocation } from '../../../db/backup/create.ts';
import { runCli } from '../../../scripts/cli/run.ts';

const SECRET = 'Mother in hospice care since October';
const key: DatabaseKey = keyFromText('5f'.repeat(32));
const header = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1');
const holdsSecret = (file: string) => existsSync(file) && readFileSync(file).includes(Buffer.from(SECRET));

function addSecret(store: Store, name = 'Sue Patel'): void {
  store.sqlite.prepare('insert into people (given_name, notes) values (?, ?)').run(name, SECRET);
}
const peopleNamed = (store: Store) => (store.sqlite.prepare('select given_name as name from people order by id').all() as { name: string }[]).map((r) => r.name);

describe('encryption at rest', () => {
  let dir: string;
  let file: string;
  let store: Store | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-enc-'));
    file = join(dir, 'askafter.sqlite');
  });
  afterEach(() => {
    store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a new database encrypted: no header, no readable notes, in the file or its WAL', async () => {
    store = await openStore({ file, key });
    addSecret(store);
    expect(holdsSecret(`${file}-wal`)).toBe(false);
    store.close();
    expect(header(file)).not.toBe('SQLite format 3\0');
    expect(holdsSecret(file)).toBe(false);
    store = await openStore({ file, key });
    expect(peopleNamed(store)).toEqual(['Sue Patel']);
  });

  it('refuses, untouched and with a sentence, to open without the key or with another one', async () => {
    store = await openStore({ file, key });
    addSecret(store);
    store.close();
    store = undefined;
    const before = readFileSync(file);
    await expect(openStore({ file })).rejects.toThrow(/cannot be read: it is damaged, locked with a key Ask After was not given \(set ASKAFTER_KEY_FILE.*left untouched/);
    await expect(openStore({ file, key: keyFromText('another passphrase') })).rejects.toThrow(/cannot be read: the database key given does not open it: it is damaged, locked with another key.*left untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('corrupt'))).toEqual([]);
  });

  it('converts a plaintext database once, with an encrypted backup, keeping every row', async () => {
    store = await openStore({ file });
    addSecret(store);
    addSecret(store, 'Tom Patel');
    store.close();
    expect(holdsSecret(file)).toBe(true);

    store = await openStore({ file, key });
    expect(peopleNamed(store)).toEqual(['Sue Patel', 'Tom Patel']);
    expect(holdsSecret(file)).toBe(false);
    expect(header(file)).not.toBe('SQLite format 3\0');
    const backups = describeBackups(storeBackupLocation(store));
    expect(backups.map((b) => b.reason)).toEqual(['pre-encryption']);
    expect(backups[0]!.counts?.people).toBe(2);
    expect(holdsSecret(backups[0]!.file)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.encrypting'))).toEqual([]);

    store.close();
    store = await openStore({ file, key });
    expect(describeBackups(storeBackupLocation(store))).toHaveLength(1);
  });

  it('writes backups encrypted with the same key, and restores them (and older plaintext ones)', async () => {
    store = await openStore({ file });
    addSecret(store, 'Plain Times');
    const plainBackup = await createBackup(store, 'manual');
    store.close();
    store = await openStore({ file, key });
    addSecret(store, 'Encrypted Times');
    const backup = await createBackup(store, 'manual');
    expect(holdsSecret(backup.file)).toBe(false);
    expect(header(backup.file)).not.toBe('SQLite format 3\0');
    store.sqlite.prepare('delete from people').run();

    let outcome = await restoreBackup({ file, backupFile: backup.file, current: store, key });
    store = outcome.store;
    expect(peopleNamed(store)).toEqual(['Plain Times', 'Encrypted Times']);
    expect(outcome.safetyBackup && holdsSecret(outcome.safetyBackup.file)).toBe(false);

    outcome = await restoreBackup({ file, backupFile: plainBackup.file, current: store, key });
    store = outcome.store;
    expect(peopleNamed(store)).toEqual(['Plain Times']);
    store.close();
    store = undefined;
    expect(holdsSecret(file)).toBe(false);
    expect(header(file)).not.toBe('SQLite format 3\0');
  });

  it('the CLI reads the key from ASKAFTER_KEY_FILE and says what is wrong without it', async () => {
    const keyFile = join(dir, 'askafter.key');
    writeFileSync(keyFile, `${'a1'.repeat(32)}\n`, { mode: 0o600 });
    const run = async (argv: string[], env: NodeJS.ProcessEnv) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['--db', file, ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    expect((await run(['clients', 'add', 'Hospice Trust'], { ASKAFTER_KEY_FILE: keyFile })).code).toBe(0);
    expect(readFileSync(file).includes(Buffer.from('Hospice Trust'))).toBe(false);
    expect((await run(['clients', 'list'], { ASKAFTER_KEY_FILE: keyFile })).out).toContain('Hospice Trust');
    const keyless = await run(['clients', 'list'], {});
    expect(keyless.code).toBe(1);
    expect(keyless.err).toMatch(/set ASKAFTER_KEY_FILE/);
    const missing = await run(['clients', 'list'], { ASKAFTER_KEY_FILE: join(dir, 'nope.key') });
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/The key file .*nope\.key \(ASKAFTER_KEY_FILE\) could not be read/);
  });
});
