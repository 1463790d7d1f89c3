import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../db/backup/create.ts';
import { CorruptDatabaseFailure } from '../../../db/backup/corrupt.ts';
import { openStore, type Store } from '../../../db/connection.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addClients, scrambledDatabase } from './helpers.ts';

describe('opening a damaged database', () => {
  let store: TempStore;
  let reopened: Store | undefined;
  const clock = fixedClock('2026-11-25T09:30:00.000Z');
  beforeEach(async () => {
    store = await tempStore();
    addClients(store, 300);
  });
  afterEach(() => {
    reopened?.close();
    reopened = undefined;
    store.dispose();
  });

  const file = () => join(store.dir, 'askafter.sqlite');

  const openFails = async (): Promise<CorruptDatabaseFailure> => {
    const failure = await openStore({ file: file(), clock }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CorruptDatabaseFailure);
    return failure as CorruptDatabaseFailure;
  };

  const damages = {
    scrambled: () => scrambledDatabase(readFileSync(file())),
    truncated: () => readFileSync(file()).subarray(0, Math.floor(readFileSync(file()).length / 2)),
  };

  for (const [kind, damaged] of Object.entries(damages)) {
    it(`detects a ${kind} file, moves it aside byte for byte and offers the newest backup`, async () => {
      const older = await createBackup(store, 'daily', { clock: fixedClock('2026-11-23T08:00:00.000Z') });
      const newest = await createBackup(store, 'manual', { clock: fixedClock('2026-11-24T18:00:00.000Z') });
      store.close();
      const bytes = damaged();
      writeFileSync(file(), bytes);

      const failure = await openFails();
      expect(failure.code).toBe('storage');
      expect(failure.movedTo).toBe(join(store.dir, 'askafter.sqlite.corrupt-2026-11-25T09-30-00Z'));
      expect(readFileSync(failure.movedTo).equals(bytes)).toBe(true);
      expect(existsSync(file())).toBe(false);
      expect(failure.newestBackup?.file).toBe(newest.file);
      expect(failure.newestBackup?.file).not.toBe(older.file);
      expect(failure.message).toMatch(/could not read its database .*moved aside, unchanged, to .*corrupt-2026-11-25T09-30-00Z\. The newest good backup was taken 2026-11-24 18:00 UTC/);
    });
  }

  it('offers the newest backup that is itself sound, skipping a damaged one', async () => {
    const good = await createBackup(store, 'daily', { clock: fixedClock('2026-11-23T08:00:00.000Z') });
    const bad = await createBackup(store, 'manual', { clock: fixedClock('2026-11-24T18:00:00.000Z') });
    writeFileSync(bad.file, readFileSync(bad.file).subarray(0, 8192));
    store.close();
    writeFileSync(file(), damages.scrambled());
    expect((await openFails()).newestBackup?.file).toBe(good.file);
  });

  it('moves the damaged file’s WAL with it, and says when there is no backup to offer', async () => {
    store.close();
    writeFileSync(file(), damages.scrambled());
    writeFileSync(`${file()}-wal`, 'leftover wal');
    const failure = await openFails();
    expect(failure.newestBackup).toBeUndefined();
    expect(failure.message).toMatch(/No good backup was found in .*backups; starting again begins with an empty database\./);
    expect(readFileSync(`${failure.movedTo}-wal`, 'utf8')).toBe('leftover wal');
    expect(readdirSync(store.dir).filter((name) => !name.startsWith('askafter.sqlite.corrupt-2026-11-25T09-30-00Z'))).toEqual([]);

    reopened = await openStore({ file: file(), clock });
    expect(reopened.sqlite.prepare('select count(*) as n from clients').get()).toEqual({ n: 0 });
  });

  it('never moves a second damaged file onto the first', async () => {
    store.close();
    writeFileSync(file(), damages.scrambled());
    const firstBytes = readFileSync(file());
    const first = await openFails();
    const secondBytes = scrambledDatabase(firstBytes, 'another bad day ');
    writeFileSync(file(), secondBytes);
    const second = await openFails();
    expect(second.movedTo).not.toBe(first.movedTo);
    expect(readFileSync(second.movedTo).equals(secondBytes)).toBe(true);
    expect(readFileSync(first.movedTo).equals(firstBytes)).toBe(true);
  });

  it('opens a sound database as before', async () => {
    store.close();
    reopened = await openStore({ file: file(), clock });
    expect(reopened.sqlite.prepare('select count(*) as n from clients').get()).toEqual({ n: 300 });
  });
});
