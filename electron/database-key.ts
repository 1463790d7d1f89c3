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

/**
 * What database-key.json holds: the keychain-sealed key, or a note that the database is locked
 * with a passphrase (asked at every start, never stored), or that the user chose to go without.
 */
export type StoredLock = StoredKey | { protection: 'passphrase' } | { protection: 'none' };

const isKeychainKey = (stored: StoredLock | undefined): stored is StoredKey => stored !== undefined && 'encryptedKey' in stored;

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
  | { kind: 'ask-passphrase' }
  | { kind: 'offer-passphrase'; reason: string }
  | { kind: 'unprotected'; reason: string }
  /** An encrypted-looking file and no key on record: the open path says it is damaged or locked with another key. */
  | { kind: 'no-key' }
  | { kind: 'refuse'; message: string };

export interface KeyFacts {
  stored: StoredLock | undefined;
  available: boolean;
  platform: NodeJS.Platform;
  /** safeStorage's backend on Linux; the platform's keychain name elsewhere. */
  backend: string;
  /** The database file exists and is not a plaintext SQLite file (encrypted, or damaged). */
  databaseEncrypted: boolean;
}

const UNSAFE_BACKENDS = new Set(['basic_text', 'unknown']);

export const NO_KEYCHAIN = 'No usable system keychain (on Linux: install and unlock a Secret Service such as GNOME Keyring or KWallet).';

/** Whether safeStorage can really keep a secret here (Linux's basic_text cannot). */
export const keychainUsable = (available: boolean, platform: NodeJS.Platform, backend: string): boolean => available && !(platform === 'linux' && UNSAFE_BACKENDS.has(backend));

/**
 * What to do at start. Never mints a new key for an encrypted database (that would lock the
 * data out for good); stops when the keychain changed (its key cannot be read); treats Linux's
 * basic_text store as no keychain at all, and then offers a passphrase instead of silently
 * staying unencrypted (once: a "no" is remembered, and Settings can set one later).
 */
export function decideKeyAction(facts: KeyFacts): KeyAction {
  const usable = keychainUsable(facts.available, facts.platform, facts.backend);
  const stored = facts.stored;
  if (stored && 'protection' in stored) {
    // A passphrase is asked for only when there is an encrypted file for it to open; a missing or
    // plaintext file (moved away, an old copy put back) is treated like a first start.
    if (stored.protection === 'passphrase') return facts.databaseEncrypted ? { kind: 'ask-passphrase' } : decideKeyAction({ ...facts, stored: undefined });
    if (facts.databaseEncrypted) return { kind: 'no-key' };
    return { kind: 'unprotected', reason: `${NO_KEYCHAIN} You chose to keep the database unencrypted; Settings → "Protect with a passphrase" can lock it.` };
  }
  if (isKeychainKey(stored)) {
    if (!usable) return { kind: 'refuse', message: 'The system keychain that holds the database key is not available, so Ask After cannot open its encrypted database. Unlock or sign in to your keychain and start Ask After again.' };
    if (stored.backend !== facts.backend) {
      return { kind: 'refuse', message: `The database key was saved with the ${stored.backend} keychain, but this session uses ${facts.backend}. Start Ask After in a session with ${stored.backend} to open your database.` };
    }
    return { kind: 'decrypt', stored };
  }
  if (facts.databaseEncrypted) return { kind: 'no-key' };
  if (!usable) return { kind: 'offer-passphrase', reason: NO_KEYCHAIN };
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

export const backendOf = (deps: Pick<KeyDeps, 'platform' | 'safeStorage'>): string => (deps.platform === 'linux' ? (deps.safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : deps.platform === 'darwin' ? 'keychain' : 'dpapi');

export function readStored(file: string): StoredLock | undefined {
  if (!existsSync(file)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    value = undefined;
  }
  const stored = value as (Partial<StoredKey> & { protection?: unknown }) | null | undefined;
  if (stored?.protection === 'passphrase' || stored?.protection === 'none') return { protection: stored.protection };
  if (typeof stored?.encryptedKey !== 'string' || typeof stored.backend !== 'string') throw new Error(`${file} is not a database key file Ask After wrote.`);
  return { encryptedKey: stored.encryptedKey, backend: stored.backend };
}

/** Owner-only, written beside and renamed: never a half-written key file. */
export function writeStored(file: string, stored: StoredLock): void {
  writeFileSync(`${file}.partial`, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.partial`, file);
}

export async function saveKeychainKey(deps: Pick<KeyDeps, 'safeStorage' | 'keyFile'>, hex: string, backend: string): Promise<void> {
  const encrypted = await deps.safeStorage.encryptStringAsync(hex);
  // Round trip before relying on it: a key that cannot be read back must never encrypt anything.
  const check = await deps.safeStorage.decryptStringAsync(encrypted);
  if (check.result !== hex) throw new Error('The system keychain did not give the database key back unchanged; nothing was encrypted.');
  writeStored(deps.keyFile, { encryptedKey: encrypted.toString('base64'), backend });
}

/**
 * How the app opens its database: with a key (from the keychain or ASKAFTER_KEY_FILE), without
 * one, or after asking for a passphrase (locked) or offering one (no keychain, first start).
 */
export type KeyDecision =
  | { kind: 'key'; key: DatabaseKey; protection: 'keychain' | 'key-file' }
  | { kind: 'plain' }
  | { kind: 'ask-passphrase' }
  | { kind: 'offer-passphrase'; reason: string };

export async function loadDatabaseKey(deps: KeyDeps): Promise<KeyDecision> {
  const backend = backendOf(deps);
  const available = await deps.safeStorage.isAsyncEncryptionAvailable();
  const action = decideKeyAction({ stored: readStored(deps.keyFile), available, platform: deps.platform, backend, databaseEncrypted: deps.databaseEncrypted });
  switch (action.kind) {
    case 'refuse':
      throw new Error(action.message);
    case 'unprotected':
      deps.warn(action.reason);
      return { kind: 'plain' };
    case 'no-key':
      return { kind: 'plain' };
    case 'ask-passphrase':
      return { kind: 'ask-passphrase' };
    case 'offer-passphrase':
      return { kind: 'offer-passphrase', reason: action.reason };
    case 'create': {
      const hex = randomBytes(32).toString('hex');
      await saveKeychainKey(deps, hex, backend);
      return { kind: 'key', key: keyFromText(hex), protection: 'keychain' };
    }
    case 'decrypt': {
      const { result, shouldReEncrypt } = await deps.safeStorage.decryptStringAsync(Buffer.from(action.stored.encryptedKey, 'base64'));
      const key = keyFromText(result);
      if (shouldReEncrypt) await saveKeychainKey(deps, result, backend);
      return { kind: 'key', key, protection: 'keychain' };
    }
  }
}

/** database-key.json, beside the database. */
export const keyFileFor = (databaseFile: string): string => join(dirname(databaseFile), 'database-key.json');

/**
 * The key the app opens its database with: ASKAFTER_KEY_FILE when set (as the CLI and preview
 * read it), else the keychain-held key beside the database (database-key.json).
 */
export async function keyForDatabase(file: string, safeStorage: SafeStorageLike, warn: (message: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<KeyDecision> {
  const fromEnv = keyFromEnvironment(env);
  if (fromEnv) return { kind: 'key', key: fromEnv, protection: 'key-file' };
  const databaseEncrypted = existsSync(file) && statSync(file).size > 0 && !hasPlaintextHeader(file);
  return loadDatabaseKey({ safeStorage, platform: process.platform, keyFile: keyFileFor(file), databaseEncrypted, warn });
}
