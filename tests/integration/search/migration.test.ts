import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations, migrationState } from '../../../db/migrate.ts';

describe('migration 0002 (search)', () => {
  let dir: string;
  let sqlite: Database.Database;
  const all = loadMigrations();
  const upTo = (n: number) => applyMigrations(sqlite, migrationState(sqlite, all.slice(0, n)).pending);
  const search = (q: string) => sqlite.prepare('select rowid from search_index where search_index match ? order by rowid').all(q);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-migrations-'));
    sqlite = new Database(join(dir, 'm.sqlite'));
    sqlite.pragma('foreign_keys = ON');
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('indexes what the database already held, except the trash, and keeps rows as they were', () => {
    expect(all[2]?.folderMillis).toBeGreaterThan(all[1]?.folderMillis ?? Infinity);
    upTo(2);
    sqlite.exec(`
      insert into clients (id, name, kind, notes) values (1, 'Smith Dental', 'business', 'alarm code in the safe');
      insert into people (id, given_name, family_name, nickname, interests) values (1, 'Margaret', 'Smith', 'Peggy', 'bowls');
      insert into people (id, given_name, deleted_at) values (2, 'Margot', '2026-01-01T00:00:00.000Z');
      insert into visits (id, client_id, starts_at, notes, work_done) values (1, 1, '2026-01-05T10:00:00.000Z', 'quiet day', 'new toner');`);
    const before = sqlite.prepare('select * from people order by id').all();
    upTo(3);
    expect(sqlite.prepare('select * from people order by id').all()).toEqual(before);
    expect(search('"alarm"')).toEqual([{ rowid: 1 * 8 + 1 }]);
    expect(search('"peggy"')).toEqual([{ rowid: 1 * 8 + 2 }]);
    expect(search('"marg"*')).toEqual([{ rowid: 1 * 8 + 2 }]);
    expect(search('"toner"')).toEqual([{ rowid: 1 * 8 + 4 }]);
    expect(sqlite.prepare("select count(*) as n from sqlite_master where type = 'trigger' and name like '%_search_%'").get()).toEqual({ n: 18 });
  });
});
