import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../db/connection.ts';
import { applyMigrations, loadMigrations, migrationState } from '../../../db/migrate.ts';
import { openSqlite } from '../../../db/sqlite-driver.ts';
import { fixedClock } from '../../helpers/temp-store.ts';
import { countIn } from './helpers.ts';

describe('the backup before a migration', () => {
  const all = loadMigrations();
  let dir: string;
  let file: string;
  let store: Store | undefined;
  const clock = fixedClock('2026-11-25T09:30:00.000Z');

  /** A database as the previous version of the app left it, with one client. */
  const previousVersion = () => {
    // The app's own driver: the search triggers (migration 0010 on) call the functions it registers.
    const sqlite = openSqlite(file);
    applyMigrations(sqlite, migrationState(sqlite, all.slice(0, -1)).pending);
    sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    sqlite.close();
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-premigration-'));
    file = join(dir, 'askafter.sqlite');
  });
  afterEach(() => {
    store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('is taken when an existing database needs a migration, and holds it as it was', async () => {
    previousVersion();
    store = await openStore({ file, clock });
    expect(readdirSync(join(dir, 'backups'))).toEqual(['askafter-2026-11-25T09-30-00Z-pre-migration.sqlite']);
    const backup = join(dir, 'backups', 'askafter-2026-11-25T09-30-00Z-pre-migration.sqlite');
    expect(countIn(backup, '__drizzle_migrations')).toBe(all.length - 1);
    expect(countIn(backup, 'clients')).toBe(1);
    expect(migrationState(store.sqlite, all).pending).toEqual([]);
  });

  it('is not taken for a new database or one that is up to date', async () => {
    store = await openStore({ file, clock });
    store.close();
    store = await openStore({ file, clock });
    expect(readdirSync(dir)).not.toContain('backups');
  });

  it('goes to the backup folder override', async () => {
    previousVersion();
    store = await openStore({ file, clock, backupDir: join(dir, 'synced') });
    expect(readdirSync(join(dir, 'synced'))).toHaveLength(1);
  });

  it('must succeed before anything is migrated', async () => {
    previousVersion();
    const blocker = join(dir, 'blocked');
    writeFileSync(blocker, '');
    await expect(openStore({ file, clock, backupDir: blocker })).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/backup could not be written/) });
    expect(countIn(file, '__drizzle_migrations')).toBe(all.length - 1);
  });
});
