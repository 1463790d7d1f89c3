import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations, migrationState } from '../../db/migrate.ts';

/**
 * Each migration after the first: migrate to N-1, insert rows as that version would have,
 * migrate to N, and check the rows came through.
 */
describe('migrations, one step at a time', () => {
  let dir: string;
  let sqlite: Database.Database;
  const all = loadMigrations();
  const upTo = (n: number) => applyMigrations(sqlite, migrationState(sqlite, all.slice(0, n)).pending);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-migrations-'));
    sqlite = new Database(join(dir, 'm.sqlite'));
    sqlite.pragma('foreign_keys = ON');
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are all known and apply in order on an empty database', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    upTo(all.length);
    expect(migrationState(sqlite, all).pending).toEqual([]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('0001 keeps every client from 0000 and adds people, events and visits around them', () => {
    upTo(1);
    sqlite.prepare("insert into clients (name, kind, archived_at) values ('Smith Dental', 'business', null), ('The Patels', 'household', '2026-01-01T00:00:00.000Z')").run();
    upTo(2);
    const rows = sqlite.prepare('select name, kind, archived_at as archivedAt, deleted_at as deletedAt from clients order by id').all();
    expect(rows).toEqual([
      { name: 'Smith Dental', kind: 'business', archivedAt: null, deletedAt: null },
      { name: 'The Patels', kind: 'household', archivedAt: '2026-01-01T00:00:00.000Z', deletedAt: null },
    ]);
    sqlite.prepare("insert into people (given_name) values ('Sue')").run();
    sqlite.prepare("insert into roles (person_id, client_id, role) values (1, 1, 'owner')").run();
    expect(() => sqlite.prepare("insert into roles (person_id, client_id, role) values (1, 99, 'owner')").run()).toThrow(/FOREIGN KEY/);
  });

  it('0004 keeps the dashboard data from 0003 and adds notifications_sent with a unique key', () => {
    upTo(4);
    sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    sqlite.prepare("insert into settings (key, value) values ('catchUpSince', '\"2026-01-01T00:00:00.000Z\"')").run();
    upTo(5);
    expect(sqlite.prepare('select name from clients').all()).toEqual([{ name: 'Smith Dental' }]);
    expect(sqlite.prepare("select value from settings where key = 'catchUpSince'").get()).toEqual({ value: '"2026-01-01T00:00:00.000Z"' });
    const insert = sqlite.prepare("insert into notifications_sent (key, sent_at) values ('morning:2026-06-02', '2026-06-02T08:00:00.000Z')");
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });
});
