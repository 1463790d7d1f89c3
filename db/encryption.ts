import type Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { AppFailure } from '../src/contract/result.ts';
import { tightenFile } from './private-files.ts';
import { openSqlite } from './sqlite-driver.ts';

/**
 * Encryption at rest (SQLCipher 4 format through SQLite3MultipleCiphers). A raw key is 32 random
 * bytes (64 hex digits) used as is, with no key derivation; the desktop app keeps one in the OS
 * keychain. A passphrase goes through SQLCipher's PBKDF2.
 */
export type DatabaseKey = { kind: 'raw'; hex: string } | { kind: 'passphrase'; text: string };

const RAW_KEY = /^[0-9a-f]{64}$/i;
const MIN_PASSPHRASE = 8;

/** 64 hex digits are a raw key; anything else is a passphrase (8 characters at least). */
export function keyFromText(text: string): DatabaseKey {
  const trimmed = text.trim();
  if (RAW_KEY.test(trimmed)) return { kind: 'raw', hex: trimmed.toLowerCase() };
  if ([...trimmed].length < MIN_PASSPHRASE) {
    throw new AppFailure('invalid_input', `The database key must be 64 hexadecimal digits or a passphrase of at least ${MIN_PASSPHRASE} characters.`);
  }
  return { kind: 'passphrase', text: trimmed };
}

/**
 * The key in the file ASKAFTER_KEY_FILE names (the CLI and the preview; never a key on the
 * command line, where other users can see it in the process list).
 */
export function readKeyFile(path: string): DatabaseKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppFailure('invalid_input', `The key file ${path} (ASKAFTER_KEY_FILE) could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Check the path and its permissions.`);
  }
  try {
    return keyFromText(text);
  } catch (error) {
    throw new AppFailure('invalid_input', `The key file ${path} (ASKAFTER_KEY_FILE) holds no usable key: ${(error as Error).message}`);
  }
}

/** The key from the environment, or undefined when ASKAFTER_KEY_FILE is not set. */
export const keyFromEnvironment = (env: NodeJS.ProcessEnv = process.env): DatabaseKey | undefined =>
  env.ASKAFTER_KEY_FILE ? readKeyFile(env.ASKAFTER_KEY_FILE) : undefined;

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const keyLiteral = (key: DatabaseKey) => (key.kind === 'raw' ? `"x'${key.hex}'"` : quote(key.text));

/**
 * The pragmas that unlock a connection, in order. The cipher settings go before the key:
 * SQLite3MultipleCiphers defaults to ChaCha20 otherwise. (Also for connections opened in a worker.)
 */
const CIPHER_PRAGMAS = ["cipher = 'sqlcipher'", 'legacy = 4'];
export const keyPragmas = (key: DatabaseKey | undefined): string[] => (key ? [...CIPHER_PRAGMAS, `key = ${keyLiteral(key)}`] : []);

function chooseCipher(sqlite: Database.Database): void {
  for (const pragma of CIPHER_PRAGMAS) sqlite.pragma(pragma);
}

const keys = new WeakMap<Database.Database, DatabaseKey>();

/** Unlocks a freshly opened connection (before anything else is read or written). */
export function applyKey(sqlite: Database.Database, key: DatabaseKey | undefined): void {
  if (!key) return;
  for (const pragma of keyPragmas(key)) sqlite.pragma(pragma);
  keys.set(sqlite, key);
}

/** Records the key a connection now uses (after PRAGMA rekey). */
export function rememberKey(sqlite: Database.Database, key: DatabaseKey | undefined): void {
  if (key) keys.set(sqlite, key);
  else keys.delete(sqlite);
}

/** The `PRAGMA rekey` value for a key; an empty key decrypts the database. */
export const rekeyPragma = (key: DatabaseKey | undefined): string => `rekey = ${key ? keyLiteral(key) : "''"}`;

/** Chooses SQLCipher's format on a connection about to be given its first key by rekey. */
export const chooseCipherFor = (sqlite: Database.Database): void => chooseCipher(sqlite);

/** The key a connection was opened with; backups of it are written with the same key. */
export const keyOf = (sqlite: Database.Database): DatabaseKey | undefined => keys.get(sqlite);

/** Opens a connection and unlocks it. */
export function openKeyed(file: string, key: DatabaseKey | undefined, options?: Database.Options): Database.Database {
  const sqlite = openSqlite(file, options);
  try {
    applyKey(sqlite, key);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** The first 16 bytes of every unencrypted SQLite database. */
export function hasPlaintextHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    return readSync(fd, buffer, 0, 16, 0) === 16 && buffer.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** True when the key opens the file as a database (the schema can be read). */
export function keyOpens(file: string, key: DatabaseKey | undefined): boolean {
  let sqlite: Database.Database | undefined;
  try {
    sqlite = openKeyed(file, key, { readonly: true, fileMustExist: true });
    sqlite.prepare('select count(*) from sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    sqlite?.close();
  }
}

/**
 * Converts a plaintext database to an encrypted one, once: checkpoint, copy, switch the copy to
 * a rollback journal (rekey needs it), rekey, reopen with the key and integrity_check, then
 * rename over the original. On any failure the original is left exactly as it was.
 */
export function encryptPlaintextDatabase(file: string, key: DatabaseKey): void {
  const building = `${file}.encrypting`;
  rmSync(building, { force: true });
  try {
    const plain = openSqlite(file, { fileMustExist: true });
    try {
      plain.pragma('wal_checkpoint(TRUNCATE)');
      plain.exec(`vacuum into ${quote(building)}`);
    } finally {
      plain.close();
    }
    tightenFile(building);
    const copy = openSqlite(building, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
      chooseCipher(copy);
      copy.pragma(`rekey = ${keyLiteral(key)}`);
    } finally {
      copy.close();
    }
    const check = openKeyed(building, key, { readonly: true, fileMustExist: true });
    try {
      const result = check.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`the encrypted copy failed its check (${String(result)})`);
    } finally {
      check.close();
    }
    if (hasPlaintextHeader(building)) throw new Error('the copy was not encrypted');
    // A WAL still holding frames belongs to the plaintext file: never replay it into the new one.
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) throw new Error('another program is still writing to it; close it and try again');
    renameSync(building, file);
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  } catch (error) {
    rmSync(building, { force: true });
    throw new AppFailure('storage', `The database ${file} could not be encrypted (${(error as Error).message}). It was left as it was, unencrypted.`);
  }
}
