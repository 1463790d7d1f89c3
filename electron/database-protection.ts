import { randomBytes } from 'node:crypto';
import { asyncContract, type DatabaseProtection, type ProtectionChange } from '../src/contract/async-channels.ts';
import { AppFailure, fail, ok, type Result } from '../src/contract/result.ts';
import { invalidInput } from '../src/contract/validation.ts';
import type { Clock } from '../db/clock.ts';
import type { Store } from '../db/connection.ts';
import { keyFromText, type DatabaseKey } from '../db/encryption.ts';
import type { AppCaller } from '../db/handlers/caller.ts';
import { changeDatabaseKey } from '../db/rekey.ts';
import { backendOf, keychainUsable, saveKeychainKey, writeStored, type SafeStorageLike } from './database-key.ts';

export type Protection = DatabaseProtection['protection'];

export interface ProtectionDeps {
  /** The live store (it changes after a restore). */
  store(): Store;
  /** database-key.json beside the database. */
  keyFile: string;
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** How the database was opened: by the keychain, a passphrase, ASKAFTER_KEY_FILE, or not locked. */
  protection: Protection;
  clock?: Clock;
  /** An import or export holds a second connection: the database is not re-keyed under it. */
  transferRunning?: () => boolean;
}

const NOT_CURRENT = 'That is not the passphrase in use now. Nothing was changed; type the one you unlock Ask After with.';

const sameKey = (a: DatabaseKey | undefined, b: DatabaseKey): boolean =>
  a !== undefined && a.kind === b.kind && (a.kind === 'raw' ? a.hex === (b as { hex: string }).hex : a.text === (b as { text: string }).text);

/**
 * Settings → "Protect with a passphrase" in the desktop app: set, change or remove the passphrase
 * the database is locked with. Each change re-keys the live database in one step after a backup
 * (db/rekey.ts), re-locks older backups with the new key, and only then records how the database
 * is locked (database-key.json: never the passphrase itself). Removing the passphrase hands the
 * key to the system keychain, or leaves the database unencrypted where there is none.
 */
export function withDatabaseProtection(call: AppCaller, deps: ProtectionDeps): AppCaller {
  let protection = deps.protection;
  const canChange = protection !== 'key-file';
  const keychain = async () => {
    const backend = backendOf(deps);
    return { usable: keychainUsable(await deps.safeStorage.isAsyncEncryptionAvailable(), deps.platform, backend), backend };
  };
  const view = async (): Promise<DatabaseProtection> => ({ protection, canChange, keychainAvailable: (await keychain()).usable });
  const checkCurrent = (current: string | null) => {
    if (protection !== 'passphrase') return;
    const wrong = new AppFailure('invalid_input', NOT_CURRENT, [{ path: 'current', message: NOT_CURRENT }]);
    let given: DatabaseKey;
    try {
      given = keyFromText(current ?? '');
    } catch {
      throw wrong;
    }
    if (!sameKey(deps.store().key, given)) throw wrong;
  };
  const refuseKeyFile = () => {
    if (deps.transferRunning?.()) throw new AppFailure('conflict', 'An import or export is still running. Wait for it to finish, or cancel it, then change the passphrase.');
    if (!canChange) throw new AppFailure('invalid_input', 'The database key comes from the file ASKAFTER_KEY_FILE names, so it cannot be changed here. Start Ask After without ASKAFTER_KEY_FILE to use a passphrase.');
  };
  const changed = async (outcome: { backupsRekeyed: number; backupsLeft: string[] }): Promise<ProtectionChange> => ({ ...(await view()), backupsRekeyed: outcome.backupsRekeyed, backupsLeft: outcome.backupsLeft.length });

  const handlers = {
    'databaseProtection:get': async () => view(),
    'databaseProtection:setPassphrase': async (input: unknown) => {
      const { current, passphrase } = asyncContract['databaseProtection:setPassphrase'].parse(input);
      refuseKeyFile();
      checkCurrent(current);
      const outcome = await changeDatabaseKey(deps.store(), keyFromText(passphrase), deps.clock);
      writeStored(deps.keyFile, { protection: 'passphrase' });
      protection = 'passphrase';
      return changed(outcome);
    },
    'databaseProtection:removePassphrase': async (input: unknown) => {
      const { current } = asyncContract['databaseProtection:removePassphrase'].parse(input);
      refuseKeyFile();
      if (protection !== 'passphrase') throw new AppFailure('invalid_input', 'There is no passphrase to remove.');
      checkCurrent(current);
      const { usable, backend } = await keychain();
      if (!usable) {
        const outcome = await changeDatabaseKey(deps.store(), undefined, deps.clock);
        writeStored(deps.keyFile, { protection: 'none' });
        protection = 'none';
        return changed(outcome);
      }
      const hex = randomBytes(32).toString('hex');
      // The keychain holds the new key before the database uses it: a failure in between leaves
      // a database the passphrase still opens (start-up then offers to type it).
      await saveKeychainKey({ safeStorage: deps.safeStorage, keyFile: deps.keyFile }, hex, backend);
      try {
        const outcome = await changeDatabaseKey(deps.store(), keyFromText(hex), deps.clock);
        protection = 'keychain';
        return await changed(outcome);
      } catch (error) {
        writeStored(deps.keyFile, { protection: 'passphrase' });
        throw error;
      }
    },
  } as const;

  return async (channel, input): Promise<Result<unknown>> => {
    if (typeof channel !== 'string' || !(channel in handlers)) return call(channel, input);
    const parsed = asyncContract[channel as keyof typeof handlers].safeParse(input);
    if (!parsed.success) return fail(invalidInput(parsed.error).toError());
    try {
      return ok(await handlers[channel as keyof typeof handlers](input));
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.toError());
      return fail({ code: 'storage', message: `The passphrase could not be changed (${(error as Error).message}). The database still opens as before.` });
    }
  };
}
