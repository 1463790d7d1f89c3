import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../db/connection.ts';
import { tempStore, type TempStore } from '../helpers/temp-store.ts';

describe('opening databases', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  it('sets WAL, foreign keys and a busy timeout', () => {
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(store.sqlite.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
  });

  it('reopening applies nothing twice', async () => {
    const file = store.sqlite.name;
    const before = store.sqlite.prepare('select count(*) as n from __drizzle_migrations').get();
    store.close();
    const again = await openStore({ file });
    expect(again.sqlite.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual(before);
    again.close();
  });

  it('refuses a database made by a newer version and leaves the file byte-for-byte unchanged', async () => {
    const file = store.sqlite.name;
    store.sqlite.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('from-the-future', 99_999_999_999_999);
    store.close();
    const bytes = readFileSync(file);
    await expect(openStore({ file })).rejects.toThrow(/newer version of Ask After/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('does not leave a half-migrated database when a migration fails', async () => {
    const file = join(store.dir, 'broken.sqlite');
    const sqlite = new Database(file);
    sqlite.exec('create table clients (id integer primary key)');
    sqlite.close();
    await expect(openStore({ file })).rejects.toThrow();
    const check = new Database(file);
    expect(check.prepare("select name from sqlite_master where name = '__drizzle_migrations'").get()).toBeUndefined();
    check.close();
  });
});
