import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideKeyAction, loadDatabaseKey, type KeyFacts, type SafeStorageLike } from '../../../electron/database-key.ts';

const facts = (overrides: Partial<KeyFacts> = {}): KeyFacts => ({ stored: undefined, available: true, platform: 'linux', backend: 'gnome_libsecret', databaseEncrypted: false, ...overrides });
const stored = { encryptedKey: 'AAAA', backend: 'gnome_libsecret' };

describe('decideKeyAction', () => {
  it('creates a key when none is stored and the keychain works', () => {
    expect(decideKeyAction(facts())).toEqual({ kind: 'create' });
    expect(decideKeyAction(facts({ platform: 'darwin', backend: 'keychain' }))).toEqual({ kind: 'create' });
  });

  it('decrypts the stored key with the same keychain', () => {
    expect(decideKeyAction(facts({ stored, databaseEncrypted: true }))).toEqual({ kind: 'decrypt', stored });
  });

  it('stops, never minting a new key, when the keychain changed or is gone', () => {
    expect(decideKeyAction(facts({ stored, backend: 'kwallet5' }))).toMatchObject({ kind: 'refuse', message: expect.stringContaining('saved with the gnome_libsecret keychain') });
    expect(decideKeyAction(facts({ stored, available: false }))).toMatchObject({ kind: 'refuse' });
  });

  it('never says a bare "key missing": an encrypted-looking file with no key on record is left to the open path (damaged or another key)', () => {
    expect(decideKeyAction(facts({ databaseEncrypted: true }))).toEqual({ kind: 'no-key' });
    expect(decideKeyAction(facts({ databaseEncrypted: true, stored: { protection: 'none' } }))).toEqual({ kind: 'no-key' });
  });

  it('asks for the passphrase at start when the database is locked with one, keychain or not', () => {
    expect(decideKeyAction(facts({ stored: { protection: 'passphrase' }, databaseEncrypted: true }))).toEqual({ kind: 'ask-passphrase' });
    expect(decideKeyAction(facts({ stored: { protection: 'passphrase' }, databaseEncrypted: true, backend: 'basic_text' }))).toEqual({ kind: 'ask-passphrase' });
    // No encrypted file for it to open (gone, or an old plaintext copy put back): like a first start, never an unlock that cannot succeed.
    expect(decideKeyAction(facts({ stored: { protection: 'passphrase' }, databaseEncrypted: false, backend: 'basic_text' }))).toMatchObject({ kind: 'offer-passphrase' });
    expect(decideKeyAction(facts({ stored: { protection: 'passphrase' }, databaseEncrypted: false }))).toEqual({ kind: 'create' });
  });

  it("treats Linux's basic_text store as no keychain: offers a passphrase once, and remembers a no", () => {
    expect(decideKeyAction(facts({ backend: 'basic_text' }))).toMatchObject({ kind: 'offer-passphrase' });
    expect(decideKeyAction(facts({ backend: 'basic_text', stored: { protection: 'none' } }))).toMatchObject({ kind: 'unprotected' });
    expect(decideKeyAction(facts({ stored: { ...stored, backend: 'basic_text' }, backend: 'basic_text' }))).toMatchObject({ kind: 'refuse' });
  });
});

/** A keychain that "encrypts" by reversing and remembers whether to ask for re-encryption. */
function fakeSafeStorage(options: { available?: boolean; backend?: string; reEncrypt?: boolean } = {}): SafeStorageLike & { encrypted: number } {
  const fake = {
    encrypted: 0,
    isAsyncEncryptionAvailable: async () => options.available ?? true,
    encryptStringAsync: async (text: string) => {
      fake.encrypted++;
      return Buffer.from(`sealed:${[...text].reverse().join('')}`);
    },
    decryptStringAsync: async (buffer: Buffer) => ({ shouldReEncrypt: options.reEncrypt ?? false, result: [...buffer.toString().replace(/^sealed:/, '')].reverse().join('') }),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
  return fake;
}

describe('loadDatabaseKey', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const deps = (safeStorage: SafeStorageLike, databaseEncrypted = false) => ({ safeStorage, platform: 'linux' as const, keyFile: join(dir, 'database-key.json'), databaseEncrypted, warn: () => {} });

  it('mints a 32-byte key once, stores it sealed and owner-only, and gives the same key back later', async () => {
    const safe = fakeSafeStorage();
    const first = await loadDatabaseKey(deps(safe));
    expect(first).toMatchObject({ kind: 'key', protection: 'keychain', key: { kind: 'raw', hex: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const saved = readFileSync(join(dir, 'database-key.json'), 'utf8');
    expect(saved).not.toContain((first as { key: { hex: string } }).key.hex);
    expect(statSync(join(dir, 'database-key.json')).mode & 0o777).toBe(0o600);
    expect(await loadDatabaseKey(deps(safe, true))).toEqual(first);
  });

  it('re-saves when the keychain asks, and refuses a changed keychain', async () => {
    const first = await loadDatabaseKey(deps(fakeSafeStorage()));
    const reEncrypting = fakeSafeStorage({ reEncrypt: true });
    expect(await loadDatabaseKey(deps(reEncrypting, true))).toEqual(first);
    expect(reEncrypting.encrypted).toBe(1);
    await expect(loadDatabaseKey(deps(fakeSafeStorage({ backend: 'kwallet5' }), true))).rejects.toThrow(/saved with the gnome_libsecret keychain/);
  });

  it('offers a passphrase instead of silently staying unencrypted when there is no usable keychain', async () => {
    expect(await loadDatabaseKey(deps(fakeSafeStorage({ backend: 'basic_text' })))).toMatchObject({ kind: 'offer-passphrase', reason: expect.stringMatching(/No usable system keychain/) });
  });

  it('after a no to that offer, leaves the database unencrypted and says why in the log', async () => {
    writeFileSync(join(dir, 'database-key.json'), '{"protection":"none"}');
    const warnings: string[] = [];
    expect(await loadDatabaseKey({ ...deps(fakeSafeStorage({ backend: 'basic_text' })), warn: (m) => warnings.push(m) })).toEqual({ kind: 'plain' });
    expect(warnings[0]).toMatch(/No usable system keychain.*Protect with a passphrase/);
  });

  it('refuses a key file it did not write', async () => {
    writeFileSync(join(dir, 'database-key.json'), '{"hello":1}');
    await expect(loadDatabaseKey(deps(fakeSafeStorage()))).rejects.toThrow(/is not a database key file/);
  });
});
