import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { hasPlaintextHeader, keyFromEnvironment, keyFromText, type DatabaseKey } from '../db/encryption.ts';

/**
 * The desktop app's database key: 32 random bytes (hex) used as a raw SQLCipher key, kept
 * encrypted by the OS keychain through Electron's safeStorage, in a small JSON file beside the
 * database (Signal's pattern). The decisions are in decideKeyAction, a pure function; the rest is
 * thin glue over an injected safeStorage.
 */

/** What is saved: the key as safeStorage encrypted it (base64), and which keychain did it. */
export interface StoredKey {
  encryptedKey: string;
  backend: string;
}

/** Electron 45's asynchronous safeStorage (the synchronous API is deprecated and gone in 46). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only: gnome_libsecret, kwallet…, or basic_text (a hard-coded password: no protection). */
  getSelectedStorageBackend?(): string;
}

export type KeyAction =
  | { kind: 'create' }
  | { kind: 'decrypt'; stored: StoredKey }
  | { kind: 'unprotected'; reason: string }
  | { kind: 'refuse'; message: string };

export interface KeyFacts {
  stored: StoredKey | undefined;
  available: boolean;
  platform: NodeJS.Platform;
  /** safeStorage's backend on Linux; the platform's keychain name elsewhere. */
  backend: string;
  /** The database file exists and is encrypted (no plaintext SQLite header). */
  databaseEncrypted: boolean;
}

const UNSAFE_BACKENDS = new Set(['basic_text', 'unknown']);

/**
 * What to do at start. Never mints a new key for an encrypted database (that would lock the
 * data out for good); stops when the keychain changed (its key cannot be read); treats Linux's
 * basic_text store as no keychain at all.
 */
export function decideKeyAction(facts: KeyFacts): KeyAction {
  const usable = facts.available && !(facts.platform === 'linux' && UNSAFE_BACKENDS.has(facts.backend));
  if (facts.stored) {
    if (!usable) return { kind: 'refuse', message: 'The system keychain that holds the database key is not available, so Ask After cannot open its encrypted database. Unlock or sign in to your keychain and start Ask After again.' };
    if (facts.stored.backend !== facts.backend) {
      return { kind: 'refuse', message: `The database key was saved with the ${facts.stored.backend} keychain, but this session uses ${facts.backend}. Start Ask After in a session with ${facts.stored.backend} to open your database.` };
    }
    return { kind: 'decrypt', stored: facts.stored };
  }
  if (facts.databaseEncrypted) {
    return { kind: 'refuse', message: 'The database is encrypted but its key is missing from this computer. Restore the key file (database-key.json) from where you keep it, or set ASKAFTER_KEY_FILE to a file holding the key.' };
  }
  if (!usable) return { kind: 'unprotected', reason: 'No usable system keychain (on Linux: install and unlock a Secret Service such as GNOME Keyring or KWallet); the database stays unencrypted. Set ASKAFTER_KEY_FILE to encrypt it with a key file.' };
  return { kind: 'create' };
}

export interface KeyDeps {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** database-key.json beside the database. */
  keyFile: string;
  databaseEncrypted: boolean;
  warn(message: string): void;
}

const backendOf = (deps: KeyDeps) => (deps.platform === 'linux' ? (deps.safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : deps.platform === 'darwin' ? 'keychain' : 'dpapi');

function readStored(file: string): StoredKey | undefined {
  if (!existsSync(file)) return undefined;
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const stored = value as Partial<StoredKey> | null;
  if (typeof stored?.encryptedKey !== 'string' || typeof stored.backend !== 'string') throw new Error(`${file} is not a database key file Ask After wrote.`);
  return { encryptedKey: stored.encryptedKey, backend: stored.backend };
}

function writeStored(file: string, stored: StoredKey): void {
  writeFileSync(`${file}.partial`, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.partial`, file);
}

async function save(deps: KeyDeps, hex: string, backend: string): Promise<void> {
  const encrypted = await deps.safeStorage.encryptStringAsync(hex);
  // Round trip before relying on it: a key that cannot be read back must never encrypt anything.
  const check = await deps.safeStorage.decryptStringAsync(encrypted);
  if (check.result !== hex) throw new Error('The system keychain did not give the database key back unchanged; nothing was encrypted.');
  writeStored(deps.keyFile, { encryptedKey: encrypted.toString('base64'), backend });
}

/** The key to open the database with, or undefined to leave it unencrypted (said through warn). */
export async function loadDatabaseKey(deps: KeyDeps): Promise<DatabaseKey | undefined> {
  const backend = backendOf(deps);
  const available = await deps.safeStorage.isAsyncEncryptionAvailable();
  const action = decideKeyAction({ stored: readStored(deps.keyFile), available, platform: deps.platform, backend, databaseEncrypted: deps.databaseEncrypted });
  switch (action.kind) {
    case 'refuse':
      throw new Error(action.message);
    case 'unprotected':
      deps.warn(action.reason);
      return undefined;
    case 'create': {
      const hex = randomBytes(32).toString('hex');
      await save(deps, hex, backend);
      return keyFromText(hex);
    }
    case 'decrypt': {
      const { result, shouldReEncrypt } = await deps.safeStorage.decryptStringAsync(Buffer.from(action.stored.encryptedKey, 'base64'));
      const key = keyFromText(result);
      if (shouldReEncrypt) await save(deps, result, backend);
      return key;
    }
  }
}

/**
 * The key the app opens its database with: ASKAFTER_KEY_FILE when set (as the CLI and preview
 * read it), else the keychain-held key beside the database (database-key.json).
 */
export async function keyForDatabase(file: string, safeStorage: SafeStorageLike, warn: (message: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<DatabaseKey | undefined> {
  const fromEnv = keyFromEnvironment(env);
  if (fromEnv) return fromEnv;
  const databaseEncrypted = existsSync(file) && statSync(file).size > 0 && !hasPlaintextHeader(file);
  return loadDatabaseKey({ safeStorage, platform: process.platform, keyFile: join(dirname(file), 'database-key.json'), databaseEncrypted, warn });
}
