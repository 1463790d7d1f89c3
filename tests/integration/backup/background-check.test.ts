import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptDatabaseFailure } from '../../../db/backup/corrupt.ts';
import { checkIntegrityInBackground, needsCheckMarker, openStore, type Store } from '../../../db/connection.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addClients } from './helpers.ts';

/** Overwrites pages in the middle of the file, leaving the header and the schema readable. */
function damageMiddlePages(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  const garbage = Buffer.alloc(pageSize * 3, 0xa5);
  garbage.copy(bytes, pageSize * Math.floor(pages / 2));
  writeFileSync(file, bytes);
}

describe('checking the database without delaying the open', () => {
  let store: TempStore;
  let reopened: Store | undefined;
  const clock = fixedClock('2026-11-25T09:30:00.000Z');
  const file = () => join(store.dir, 'askafter.sqlite');
  beforeEach(async () => {
    store = await tempStore();
    addClients(store, 400);
  });
  afterEach(() => {
    reopened?.close();
    reopened = undefined;
    store.dispose();
  });

  it('finds no problem in a sound file and leaves no marker', async () => {
    expect(await checkIntegrityInBackground(file())).toEqual([]);
    expect(existsSync(needsCheckMarker(file()))).toBe(false);
  });

  it('finds damaged pages the open did not look at, and the next open sets the file aside and offers a backup', async () => {
    store.close();
    damageMiddlePages(file());
    // A cleanly closed file opens after a look at its header and schema only…
    reopened = await openStore({ file: file(), clock });
    // …while the full check, run in the background, finds the damage.
    const problems = await checkIntegrityInBackground(file());
    expect(problems.length).toBeGreaterThan(0);
    expect(existsSync(needsCheckMarker(file()))).toBe(true);
    reopened.close();
    reopened = undefined;

    const failure = await openStore({ file: file(), clock }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CorruptDatabaseFailure);
    expect(existsSync(file())).toBe(false);
  });

  it('checks every page at open after an unclean shutdown (a WAL left with frames)', async () => {
    // Keep the WAL: write through a second connection and leave without a checkpoint.
    store.sqlite.pragma('wal_autocheckpoint = 0');
    addClients(store, 1, 1000);
    expect(readFileSync(`${file()}-wal`).length).toBeGreaterThan(0);
    const copy = join(store.dir, 'crashed.sqlite');
    writeFileSync(copy, readFileSync(file()));
    writeFileSync(`${copy}-wal`, readFileSync(`${file()}-wal`));
    damageMiddlePages(copy);
    const failure = await openStore({ file: copy, clock }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CorruptDatabaseFailure);
  });
});
