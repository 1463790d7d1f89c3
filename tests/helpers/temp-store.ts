import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../db/connection.ts';
import type { Clock } from '../../db/clock.ts';

export interface TempStore extends Store {
  dir: string;
  dispose(): void;
}

/** A real SQLite file in a fresh temp folder, with the real migrations applied. */
export async function tempStore(name = 'askafter.sqlite'): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'askafter-test-'));
  const store = await openStore({ file: join(dir, name) });
  return {
    ...store,
    dir,
    dispose() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A clock that stands still until moved: tests control "now". */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  const clock = (() => new Date(now)) as Clock & { set(iso: string): void; advance(ms: number): void };
  clock.set = (next) => {
    now = new Date(next);
  };
  clock.advance = (ms) => {
    now = new Date(now.getTime() + ms);
  };
  return clock;
}

export const countRows = (store: Store, table: string): number =>
  (store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

/**
 * The database's bytes, for "nothing was written": every page as it is, except the file change
 * counter in the header (bytes 24–27 and 92–95). SQLite bumps that when a transaction commits
 * after a savepoint was rolled back (a preview, a refused import) if the rolled-back writes had
 * touched the first page, though every row and page reads as before.
 */
export function databaseBytes(store: Store): Buffer {
  const bytes = Buffer.from(store.sqlite.serialize());
  bytes.fill(0, 24, 28);
  bytes.fill(0, 92, 96);
  return bytes;
}
