import { asyncContract, type LockStatus } from '../src/contract/async-channels.ts';
import { fail, ok, type Result } from '../src/contract/result.ts';
import { invalidInput } from '../src/contract/validation.ts';
import { keyFromText, keyOpens, type DatabaseKey } from '../db/encryption.ts';
import type { AppCaller } from '../db/handlers/caller.ts';

export const WRONG_PASSPHRASE = 'That passphrase does not open this database. Check it (is Caps Lock on?) and try again.';
const LOCKED = 'Ask After is locked. Type your passphrase first.';

/**
 * What answers the page while the database waits for its passphrase: only the lock channels;
 * every other channel is refused, so nothing is shown before the passphrase is given. The
 * passphrase is tried on the file (a wrong one changes nothing) and handed to main; it is never
 * written anywhere. The page's unlock call resolves once the app has opened the database.
 */
export interface LockGate {
  call: AppCaller;
  /** Shows the page's unlock (or choose-a-passphrase) screen; resolves with the key given, or undefined for "go on unencrypted". */
  ask(state: 'locked' | 'choose'): Promise<DatabaseKey | undefined>;
  /** The database is open: pending unlock calls answer "open". */
  opened(): void;
  /** Opening failed after the passphrase was accepted: pending unlock calls answer with this. */
  failed(message: string): void;
}

export function createLockGate(file: string, opens: (key: DatabaseKey) => boolean = (key) => keyOpens(file, key)): LockGate {
  let state: LockStatus['state'] = 'open';
  let answer: ((key: DatabaseKey | undefined) => void) | undefined;
  let waiting: ((result: Result<LockStatus>) => void)[] = [];

  const settle = (result: Result<LockStatus>) => {
    for (const reply of waiting) reply(result);
    waiting = [];
  };
  const hand = (key: DatabaseKey | undefined): Promise<Result<LockStatus>> => {
    const reply = new Promise<Result<LockStatus>>((resolve) => waiting.push(resolve));
    const give = answer;
    answer = undefined;
    give?.(key);
    return reply;
  };

  const call: AppCaller = async (channel, input) => {
    if (channel === 'databaseLock:status') return ok({ state });
    if (channel === 'databaseLock:unlock') {
      const parsed = asyncContract['databaseLock:unlock'].safeParse(input);
      if (!parsed.success) return fail(invalidInput(parsed.error).toError());
      if (state !== 'locked' || !answer) return ok({ state });
      let key: DatabaseKey;
      try {
        key = keyFromText(parsed.data.passphrase);
      } catch {
        return fail({ code: 'invalid_input', message: WRONG_PASSPHRASE });
      }
      if (!opens(key)) return fail({ code: 'invalid_input', message: WRONG_PASSPHRASE });
      return hand(key);
    }
    if (channel === 'databaseLock:choose') {
      const parsed = asyncContract['databaseLock:choose'].safeParse(input);
      if (!parsed.success) return fail(invalidInput(parsed.error).toError());
      if (state !== 'choose' || !answer) return ok({ state });
      return hand(parsed.data.passphrase === null ? undefined : keyFromText(parsed.data.passphrase));
    }
    return fail({ code: 'forbidden', message: LOCKED });
  };

  return {
    call,
    ask(next) {
      state = next;
      return new Promise((resolve) => {
        answer = resolve;
      });
    },
    opened() {
      state = 'open';
      settle(ok({ state }));
    },
    failed(message) {
      settle(fail({ code: 'storage', message }));
    },
  };
}
