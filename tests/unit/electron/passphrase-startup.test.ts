import { existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../db/backup/create.ts';
import { openStore } from '../../../db/connection.ts';
import { hasPlaintextHeader, keyFromText } from '../../../db/encryption.ts';
import { fixedClock } from '../../helpers/temp-store.ts';
import { createFakeElectron, type FakeElectron } from './fake-electron.ts';

const PASSPHRASE = 'correct horse battery staple';
const APP = { senderFrame: { url: 'app://askafter/index.html' } };

let fake: FakeElectron;
let dir: string;
let file: string;
let running: Promise<void> | undefined;

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; details?: { path: string; message: string }[] } };
const send = async (channel: string, input: unknown = {}) => (await fake.handlers.get(channel)!(APP, input)) as Answer;
const valueOf = async <T = unknown>(channel: string, input: unknown = {}): Promise<T> => {
  const answer = await send(channel, input);
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
  return answer.value as T;
};
const keyFile = () => join(dir, 'database-key.json');

/** A keychain that works (GNOME Keyring), for the settings that hand the key back to it. */
function withKeychain(f: FakeElectron) {
  f.module.safeStorage.isAsyncEncryptionAvailable.mockImplementation(async () => true);
  f.module.safeStorage.getSelectedStorageBackend.mockImplementation(() => 'gnome_libsecret');
  f.module.safeStorage.encryptStringAsync.mockImplementation(async (text: string) => Buffer.from(`sealed:${text}`));
  f.module.safeStorage.decryptStringAsync.mockImplementation(async (data: Buffer) => ({ result: data.toString().replace(/^sealed:/, ''), shouldReEncrypt: false }));
}

/** Starts main in the background; resolves once the page can talk to it (locked or not). */
async function launch(keychain = false, before: (f: FakeElectron) => void = () => {}) {
  vi.resetModules();
  fake = createFakeElectron();
  if (keychain) withKeychain(fake);
  before(fake);
  vi.doMock('electron', () => fake.module);
  const { startApp } = await import('../../../electron/main.ts');
  running = startApp();
  await vi.waitFor(() => expect(fake.handlers.has('databaseLock:status')).toBe(true), { timeout: 30_000 });
}

/** Main has opened the database and finished starting. */
async function started() {
  await running;
  running = undefined;
}

async function quit() {
  await running?.catch(() => undefined);
  running = undefined;
  fake.app.emit('will-quit');
}

describe('the desktop passphrase: asked at start, offered without a keychain, set and removed in Settings', () => {
  beforeAll(async () => {
    vi.doMock('electron', () => createFakeElectron().module);
    await import('../../../electron/main.ts');
  }, 180_000);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-lock-'));
    file = join(dir, 'askafter.sqlite');
    process.env.ASKAFTER_DB = file;
    delete process.env.ASKAFTER_BACKUP_DIR;
    delete process.env.ASKAFTER_KEY_FILE;
  });
  afterEach(async () => {
    await quit();
    delete process.env.ASKAFTER_DB;
    rmSync(dir, { recursive: true, force: true });
  });

  it('without a keychain, the first start offers a passphrase before anything is served, then encrypts with it', async () => {
    await launch();
    expect(await valueOf('databaseLock:status')).toEqual({ state: 'choose' });
    expect(fake.windows).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
    expect(await send('clients:list', {})).toMatchObject({ ok: false, error: { code: 'forbidden', message: 'Ask After is locked. Type your passphrase first.' } });

    const mismatch = await send('databaseLock:choose', { passphrase: PASSPHRASE, repeat: 'correct horse battery stable' });
    expect(mismatch).toMatchObject({ ok: false, error: { details: [{ path: 'repeat', message: expect.stringMatching(/not the same/) }] } });
    expect(await valueOf('databaseLock:choose', { passphrase: PASSPHRASE, repeat: PASSPHRASE })).toEqual({ state: 'open' });
    await started();

    await valueOf('clients:create', { name: 'Smith Dental' });
    expect(fake.windows).toHaveLength(1);
    expect(JSON.parse(readFileSync(keyFile(), 'utf8'))).toEqual({ protection: 'passphrase' });
    expect(readFileSync(keyFile(), 'utf8')).not.toContain('horse');
    fake.app.emit('will-quit');
    expect(hasPlaintextHeader(file)).toBe(false);
    expect(readFileSync(file).includes(Buffer.from('Smith Dental'))).toBe(false);
  });

  it('asks for the passphrase at the next start: a wrong one is refused in words, the right one opens the data', async () => {
    const store = await openStore({ file, key: keyFromText(PASSPHRASE) });
    store.sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    store.close();
    const { writeStored } = await import('../../../electron/database-key.ts');
    writeStored(keyFile(), { protection: 'passphrase' });

    await launch();
    expect(await valueOf('databaseLock:status')).toEqual({ state: 'locked' });
    expect(await send('dashboard:get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send('databaseLock:unlock', { passphrase: 'correct horse battery stapler' })).toMatchObject({
      ok: false,
      error: { message: 'That passphrase does not open this database. Check it (is Caps Lock on?) and try again.' },
    });
    expect(await valueOf('databaseLock:status')).toEqual({ state: 'locked' });
    expect(await valueOf('databaseLock:unlock', { passphrase: PASSPHRASE })).toEqual({ state: 'open' });
    await started();
    expect((await valueOf<{ name: string }[]>('clients:list', {})).map((c) => c.name)).toEqual(['Smith Dental']);
  });

  it('a "no" to the offer is remembered: the database stays plain and the next start asks nothing', async () => {
    await launch();
    expect(await valueOf('databaseLock:choose', { passphrase: null })).toEqual({ state: 'open' });
    await started();
    expect(JSON.parse(readFileSync(keyFile(), 'utf8'))).toEqual({ protection: 'none' });
    await quit();

    await launch();
    await started();
    expect(await valueOf('databaseLock:status')).toEqual({ state: 'open' });
    expect(await valueOf('databaseProtection:get')).toEqual({ protection: 'none', canChange: true, keychainAvailable: false });
  });

  it('Settings: a keychain-locked database gets a passphrase (typed twice), then has it removed back to the keychain', async () => {
    await launch(true);
    await started();
    await valueOf('clients:create', { name: 'Smith Dental' });
    expect(await valueOf('databaseProtection:get')).toEqual({ protection: 'keychain', canChange: true, keychainAvailable: true });

    const differ = await send('databaseProtection:setPassphrase', { current: null, passphrase: PASSPHRASE, repeat: 'something else entirely' });
    expect(differ).toMatchObject({ ok: false, error: { details: [{ path: 'repeat' }] } });
    const short = await send('databaseProtection:setPassphrase', { current: null, passphrase: 'short', repeat: 'short' });
    expect(short).toMatchObject({ ok: false, error: { details: [{ path: 'passphrase', message: expect.stringMatching(/at least 8 characters/) }] } });
    const set = await valueOf<{ protection: string; backupsRekeyed: number }>('databaseProtection:setPassphrase', { current: null, passphrase: PASSPHRASE, repeat: PASSPHRASE });
    expect(set).toMatchObject({ protection: 'passphrase', backupsRekeyed: 2 });
    expect(readdirSync(join(dir, 'backups')).some((name) => name.endsWith('-pre-rekey.sqlite'))).toBe(true);
    expect(JSON.parse(readFileSync(keyFile(), 'utf8'))).toEqual({ protection: 'passphrase' });
    await quit();

    await launch(true);
    expect(await valueOf('databaseLock:status')).toEqual({ state: 'locked' });
    await valueOf('databaseLock:unlock', { passphrase: PASSPHRASE });
    await started();
    const wrong = await send('databaseProtection:removePassphrase', { current: 'not my passphrase' });
    expect(wrong).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^That is not the passphrase in use now\. Nothing was changed/) } });
    expect(await valueOf('databaseProtection:removePassphrase', { current: PASSPHRASE })).toMatchObject({ protection: 'keychain' });
    await quit();

    await launch(true);
    await started();
    expect(await valueOf('databaseLock:status')).toEqual({ state: 'open' });
    expect((await valueOf<{ name: string }[]>('clients:list', {})).map((c) => c.name)).toEqual(['Smith Dental']);
    expect(hasPlaintextHeader(file)).toBe(false);
  });
});

/** Overwrites the first bytes of a file, as a bad copy or a failing disk does. */
function wipeHeader(path: string) {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(100));
  closeSync(fd);
}

describe('a desktop database that lost its SQLite header', () => {
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-header-'));
    file = join(dir, 'askafter.sqlite');
    process.env.ASKAFTER_DB = file;
    delete process.env.ASKAFTER_KEY_FILE;
  });
  afterEach(async () => {
    await quit();
    delete process.env.ASKAFTER_DB;
    rmSync(dir, { recursive: true, force: true });
  });

  async function databaseWithBackup(key?: ReturnType<typeof keyFromText>) {
    const store = await openStore({ file, key });
    store.sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    await createBackup(store, 'manual', { clock: fixedClock(new Date(Date.now() - 3_600_000).toISOString()) });
    store.close();
  }

  const asked = () => fake.module.dialog.showMessageBox.mock.calls[0]![0] as { message: string; detail: string; buttons: string[] };

  it('(never encrypted) is called damaged or locked with another key, never "key missing", and the newest backup is offered and restored', async () => {
    await databaseWithBackup();
    const { writeStored } = await import('../../../electron/database-key.ts');
    writeStored(keyFile(), { protection: 'none' });
    wipeHeader(file);
    const damaged = readFileSync(file);

    await launch();
    await started();

    expect(asked().message).toBe('Ask After cannot read its database');
    expect(asked().detail).toMatch(/is either damaged or locked with another key\. It was left as it is\..*The newest good backup was taken/s);
    expect(asked().detail).not.toMatch(/missing/);
    expect(asked().buttons).toEqual(['Restore the newest backup', 'Enter a passphrase', 'Start with an empty database', 'Quit']);
    expect((await valueOf<{ name: string }[]>('clients:list', {})).map((c) => c.name)).toEqual(['Smith Dental']);
    const aside = readdirSync(dir).find((n) => /^askafter\.sqlite\.corrupt-/.test(n));
    expect(readFileSync(join(dir, aside!)).equals(damaged)).toBe(true);
  });

  it('(locked by the keychain) says the kept key does not open it and offers the newest backup', async () => {
    await launch(true);
    await started();
    await valueOf('clients:create', { name: 'Smith Dental' });
    await valueOf('backups:create', {});
    await quit();
    wipeHeader(file);

    // Quit, the last choice.
    await launch(true, (f) => f.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 3 }));
    await started();
    expect(asked().detail).toMatch(/either damaged or locked with another key \(the key this computer keeps does not open it\)/);
    expect(asked().buttons[0]).toBe('Restore the newest backup');
    expect(fake.app.quit).toHaveBeenCalled();
    expect(readdirSync(dir).filter((n) => n.includes('corrupt'))).toEqual([]);
  });
});
