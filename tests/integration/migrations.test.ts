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
  it('0005 fills in each client\'s last visit from its completed visits, and keeps it up to date as visits change', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('visits_last_visit_insert')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.prepare("insert into clients (name, kind, rhythm_days) values ('Smith Dental', 'business', 28), ('The Patels', 'household', null)").run();
    const visit = sqlite.prepare('insert into visits (client_id, starts_at, status, deleted_at) values (?, ?, ?, ?)');
    visit.run(1, '2026-10-01T09:00:00.000Z', 'completed', null);
    visit.run(1, '2026-11-01T09:00:00.000Z', 'completed', null);
    visit.run(1, '2026-11-20T09:00:00.000Z', 'completed', '2026-11-21T09:00:00.000Z');
    visit.run(1, '2026-12-01T09:00:00.000Z', 'planned', null);
    upTo(at + 1);
    const last = () => sqlite.prepare('select last_visit_at as at from clients order by id').all().map((r) => (r as { at: string | null }).at);
    expect(last()).toEqual(['2026-11-01T09:00:00.000Z', null]);

    sqlite.prepare("update visits set status = 'completed' where id = 4").run();
    expect(last()).toEqual(['2026-12-01T09:00:00.000Z', null]);
    sqlite.prepare("update visits set deleted_at = '2026-12-02T09:00:00.000Z' where id = 4").run();
    expect(last()).toEqual(['2026-11-01T09:00:00.000Z', null]);
    sqlite.prepare('update visits set client_id = 2 where id = 2').run();
    expect(last()).toEqual(['2026-10-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z']);
    sqlite.prepare('delete from visits where id = 1').run();
    expect(last()).toEqual([null, '2026-11-01T09:00:00.000Z']);
    visit.run(1, '2026-09-01T09:00:00.000Z', 'completed', null);
    expect(last()).toEqual(['2026-09-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z']);
  });
});
