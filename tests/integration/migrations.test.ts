import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, loadMigrations, migrationState } from '../../db/migrate.ts';
import { eraseDeletedSearchWords } from '../../db/repositories/search-erase.ts';
import { searchRepository } from '../../db/repositories/search.ts';
import { openSqlite } from '../../db/sqlite-driver.ts';

/**
 * Each migration after the first: migrate to N-1, insert rows as that version would have,
 * migrate to N, and check the rows came through.
 */
describe('migrations, one step at a time', () => {
  let dir: string;
  let sqlite: Database.Database;
  const all = loadMigrations();
  const upTo = (n: number) => applyMigrations(sqlite, migrationState(sqlite, all.slice(0, n)).pending);
  /** After 0014: numbers added, removed and written by an older writer stay in step with the old columns and in search. */
  const numbersStayInStepAndFindable = (details: () => unknown[]) => {
    const search = searchRepository(sqlite, () => new Date('2026-02-01T09:00:00.000Z'));
    const found = (q: string) => search.query({ q, limit: 20 }).map((h) => `${h.kind}:${h.id}:${h.client ?? '-'}`);
    // A second number finds her, and her client is named with her.
    sqlite.exec(`insert into contact_details (person_id, kind, value, label, position) values (1, 'phone', '0113 496 0999', 'home', 1)`);
    expect(found('01134960999')).toEqual(['person:1:Smith Dental']);
    expect(found('07700 900123')).toEqual(['person:1:Smith Dental']);
    expect(sqlite.prepare('select phone from people where id = 1').get()).toEqual({ phone: '+44 7700 900123' });
    // Removing the primary number makes the next one primary.
    sqlite.exec(`delete from contact_details where person_id = 1 and kind = 'phone' and position = 0`);
    expect(sqlite.prepare('select phone from people where id = 1').get()).toEqual({ phone: '0113 496 0999' });
    expect(found('07700 900123')).toEqual([]);
    // An older writer that sets the column still lands in the list, as its primary entry.
    sqlite.exec(`update people set phone = '07700 900555' where id = 1; update clients set email = null where id = 1; insert into people (id, given_name, email) values (3, 'Tom', 'tom@example.com')`);
    expect(details()).toEqual([
      { personId: 1, clientId: null, kind: 'email', value: 'mags@example.com', label: null, position: 0 },
      { personId: null, clientId: 1, kind: 'phone', value: '01632 960000', label: null, position: 0 },
      { personId: 1, clientId: null, kind: 'phone', value: '07700 900555', label: 'home', position: 1 },
      { personId: 3, clientId: null, kind: 'email', value: 'tom@example.com', label: null, position: 0 },
    ]);
    expect(found('07700900555')).toEqual(['person:1:Smith Dental']);
    expect(found('0113 496 0999')).toEqual([]);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-migrations-'));
    // The app's own driver: it registers the functions the search triggers call (migration 0010).
    sqlite = openSqlite(join(dir, 'm.sqlite'));
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

  it('0007 fills in each client\'s last visit from its completed visits, and keeps it up to date as visits change', () => {
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

  it('0008 adds contacts: the rhythm then runs from the last visit or the last contact that counts, whichever came later', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('contacts_last_contact_insert')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.prepare("insert into clients (name, kind, rhythm_days) values ('Smith Dental', 'business', 28), ('The Patels', 'household', 14)").run();
    const visit = sqlite.prepare('insert into visits (client_id, starts_at, status) values (?, ?, ?)');
    visit.run(1, '2026-10-01T09:00:00.000Z', 'completed');
    sqlite.prepare("insert into follow_ups (client_id, due_at, kind) values (1, '2026-12-01T09:00:00.000Z', 'call')").run();
    upTo(at + 1);
    const last = () => sqlite.prepare('select last_contact_at as at from clients order by id').all().map((r) => (r as { at: string | null }).at);
    // Carried forward from the visits, and the follow-up kept as it was.
    expect(last()).toEqual(['2026-10-01T09:00:00.000Z', null]);
    expect(sqlite.prepare('select source_contact_id as s from follow_ups').all()).toEqual([{ s: null }]);

    const contact = sqlite.prepare("insert into contacts (client_id, kind, occurred_at, summary) values (?, ?, ?, 'Printer')");
    contact.run(1, 'call', '2026-11-10T09:00:00.000Z');
    contact.run(2, 'email', '2026-11-12T09:00:00.000Z');
    expect(last()).toEqual(['2026-11-10T09:00:00.000Z', '2026-11-12T09:00:00.000Z']);
    // A visit after the call takes over; trashing it gives the call back.
    visit.run(1, '2026-11-20T09:00:00.000Z', 'completed');
    expect(last()[0]).toBe('2026-11-20T09:00:00.000Z');
    sqlite.prepare("update visits set deleted_at = '2026-11-21T09:00:00.000Z' where id = 2").run();
    expect(last()[0]).toBe('2026-11-10T09:00:00.000Z');
    // Only the kinds the client counts: e-mails do not reset the Patels' rhythm.
    sqlite.prepare("update clients set rhythm_contact_kinds = 'call,remote' where id = 2").run();
    expect(last()[1]).toBeNull();
    sqlite.prepare("update contacts set kind = 'remote' where id = 2").run();
    expect(last()[1]).toBe('2026-11-12T09:00:00.000Z');
    // Trashed and deleted contacts stop counting; a contact deleted for good frees its follow-up.
    sqlite.prepare("update contacts set deleted_at = '2026-11-22T09:00:00.000Z' where id = 1").run();
    expect(last()[0]).toBe('2026-10-01T09:00:00.000Z');
    sqlite.prepare('update follow_ups set source_contact_id = 2').run();
    sqlite.prepare('delete from contacts where id = 2').run();
    expect(last()[1]).toBeNull();
    expect(sqlite.prepare('select source_contact_id as s from follow_ups').all()).toEqual([{ s: null }]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('0010 rebuilds search with notes, follow-ups, phone numbers and Chinese characters from what the database held, outside the trash', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('search_phone(')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.exec(`
      insert into clients (id, name, kind, phone, notes) values (1, 'Smith Dental', 'business', '01632 960000', 'alarm code in the safe');
      insert into clients (id, name, kind, deleted_at) values (2, 'Gone Ltd', 'business', '2026-01-01T00:00:00.000Z');
      insert into people (id, given_name, family_name, phone, notes) values (1, 'Margaret', 'Smith', '+44 7700 900123', 'allergic to lilies');
      insert into people (id, given_name) values (2, '李明');
      insert into people (id, given_name, deleted_at) values (3, 'Margot', '2026-01-01T00:00:00.000Z');
      insert into roles (person_id, client_id, role) values (1, 1, 'owner');
      insert into visits (id, client_id, starts_at, notes, work_done) values (1, 1, '2026-01-05T10:00:00.000Z', 'quiet day', 'new toner');
      insert into follow_ups (id, client_id, person_id, due_at, kind, context) values (1, 1, 1, '2026-01-20T10:00:00.000Z', 'call', 'broadband contract renewal');
      insert into know_how (id, client_id, question, last_asked_at) values (1, 2, 'Where is the router?', '2026-01-01T00:00:00.000Z');`);
    const before = sqlite.prepare('select * from people order by id').all();
    const indexedBefore = sqlite.prepare('select count(*) as n from search_index').get();
    upTo(at + 1);
    expect(sqlite.prepare('select * from people order by id').all()).toEqual(before);
    expect(indexedBefore).toEqual({ n: 5 });
    // Every record outside the trash, follow-ups now included; a trashed client's know-how stays indexed but is not shown.
    expect(sqlite.prepare('select count(*) as n from search_index').get()).toEqual({ n: 6 });
    // This version's search reads today's schema (0014 lists every number), and the later migrations keep the index.
    upTo(all.length);
    const search = searchRepository(sqlite, () => new Date('2026-02-01T09:00:00.000Z'));
    const found = (q: string) => search.query({ q, limit: 20 }).map((h) => `${h.kind}:${h.id}:${h.client ?? '-'}`);
    expect(found('allergic')).toEqual(['person:1:Smith Dental']);
    expect(found('07700 900123')).toEqual(['person:1:Smith Dental']);
    expect(found('+44 1632 960000')).toEqual(['client:1:-']);
    expect(found('李')).toEqual(['person:2:-']);
    expect(found('broadband')).toEqual(['followUp:1:Smith Dental']);
    expect(found('toner')).toEqual(['visit:1:Smith Dental']);
    expect(found('marg')).toEqual(['person:1:Smith Dental']);
    expect(found('router')).toEqual([]);
    // The new triggers keep it in step.
    sqlite.prepare("update people set notes = 'likes tulips' where id = 1").run();
    expect(found('allergic')).toEqual([]);
    expect(found('tulips')).toEqual(['person:1:Smith Dental']);
    expect(sqlite.prepare("select count(*) as n from sqlite_master where type = 'trigger' and name like '%_search_%'").get()).toEqual({ n: 21 });
  });

  it('0014 carries each person\'s and client\'s one phone and e-mail forward as the first of their lists, and keeps the old columns as the primary entry', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('CREATE TABLE `contact_details`')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.exec(`
      insert into clients (id, name, kind, phone, email) values (1, 'Smith Dental', 'business', '01632 960000', 'desk@smithdental.example');
      insert into people (id, given_name, family_name, phone, email) values (1, 'Margaret', 'Smith', '+44 7700 900123', 'mags@example.com');
      insert into people (id, given_name, phone) values (2, 'Lily', '  ');
      insert into roles (person_id, client_id, role) values (1, 1, 'owner');`);
    const before = sqlite.prepare('select * from people order by id').all();
    upTo(at + 1);
    expect(sqlite.prepare('select * from people order by id').all()).toEqual(before);
    const details = () => sqlite.prepare('select person_id as personId, client_id as clientId, kind, value, label, position from contact_details order by id').all();
    expect(details()).toEqual([
      { personId: 1, clientId: null, kind: 'phone', value: '+44 7700 900123', label: null, position: 0 },
      { personId: 1, clientId: null, kind: 'email', value: 'mags@example.com', label: null, position: 0 },
      { personId: null, clientId: 1, kind: 'phone', value: '01632 960000', label: null, position: 0 },
      { personId: null, clientId: 1, kind: 'email', value: 'desk@smithdental.example', label: null, position: 0 },
    ]);
    numbersStayInStepAndFindable(details);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('0015 keeps every number in step and findable while writing the owner and their search entry only when something changed', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('DROP TRIGGER `contact_details_people_insert`')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.exec(`
      insert into people (id, given_name, family_name, phone, email) values (1, 'Margaret', 'Smith', '+44 7700 900123', 'mags@example.com');
      insert into clients (id, name, kind, phone, email) values (1, 'Smith Dental', 'business', '01632 960000', 'desk@smithdental.example');
      insert into roles (person_id, client_id, role) values (1, 1, 'owner');`);
    const before = { people: sqlite.prepare('select * from people order by id').all(), details: sqlite.prepare('select * from contact_details order by id').all() };
    upTo(at + 1);
    expect({ people: sqlite.prepare('select * from people order by id').all(), details: sqlite.prepare('select * from contact_details order by id').all() }).toEqual(before);
    const details = () => sqlite.prepare('select person_id as personId, client_id as clientId, kind, value, label, position from contact_details order by id').all();
    numbersStayInStepAndFindable(details);
    // Writing back what a row already holds leaves it as it was: its updated time included.
    const stamp = sqlite.prepare('select updated_at from people where id = 1').get();
    sqlite.exec(`update contact_details set label = 'mobile' where person_id = 1 and kind = 'phone'`);
    expect(sqlite.prepare('select updated_at from people where id = 1').get()).toEqual(stamp);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('0004 gives a death event its date of death and ends a partnership a separation event ended', () => {
    // 0000–0003 first, then 0004.
    const n = 4;
    upTo(n);
    const now = '2026-11-01T00:00:00.000Z';
    const person = sqlite.prepare('insert into people (given_name, family_name, created_at, updated_at) values (?, ?, ?, ?)');
    for (const [given, family] of [['Tom', 'Reed'], ['Sue', 'Reed'], ['Priya', 'Shah'], ['Raj', 'Shah'], ['Ann', null]]) person.run(given, family, now, now);
    const event = sqlite.prepare('insert into life_events (type_key, title, date, precision, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
    const link = sqlite.prepare('insert into life_event_people (event_id, person_id) values (?, ?)');
    event.run('death', 'Tom passed away', '2026-10-01', 'month', now, now);
    link.run(1, 1);
    link.run(1, 2);
    event.run('death', "Ann's husband died", '2026-09-12', 'day', now, now);
    link.run(2, 5);
    event.run('separation', 'Priya and Raj separated', '2026-06-15', 'day', now, now);
    link.run(3, 3);
    link.run(3, 4);
    const rel = sqlite.prepare('insert into relationships (person_a_id, person_b_id, kind, since, until, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)');
    rel.run(1, 2, 'spouse', null, null, now, now);
    rel.run(3, 4, 'partner', '2015-01-01', null, now, now);
    upTo(n + 1);
    const died = sqlite.prepare('select given_name as name, died_on as diedOn from people order by id').all();
    expect(died).toEqual([
      { name: 'Tom', diedOn: '2026-10-01' },
      { name: 'Sue', diedOn: null },
      { name: 'Priya', diedOn: null },
      { name: 'Raj', diedOn: null },
      // "Ann's husband died" is about Ann's loss, not Ann.
      { name: 'Ann', diedOn: null },
    ]);
    const ends = sqlite.prepare('select kind, until from relationships order by id').all();
    // Tom and Sue's marriage was ended by his death, not a separation: it stays as it was.
    expect(ends).toEqual([
      { kind: 'spouse', until: null },
      { kind: 'partner', until: '2026-06-15' },
    ]);
  });

  it('0005 keeps the dashboard data and adds notifications_sent with a unique key', () => {
    upTo(5);
    sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    sqlite.prepare("insert into settings (key, value) values ('catchUpSince', '\"2026-01-01T00:00:00.000Z\"')").run();
    upTo(6);
    expect(sqlite.prepare('select name from clients').all()).toEqual([{ name: 'Smith Dental' }]);
    expect(sqlite.prepare("select value from settings where key = 'catchUpSince'").get()).toEqual({ value: '"2026-01-01T00:00:00.000Z"' });
    const insert = sqlite.prepare("insert into notifications_sent (key, sent_at) values ('morning:2026-06-02', '2026-06-02T08:00:00.000Z')");
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
  });
  it('0009 keeps incidents and know-how and gives their screens an index in each list’s order', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('know_how_most_asked_idx')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    sqlite.prepare("insert into incidents (client_id, started_at, summary) values (1, '2026-11-01T09:00:00.000Z', 'Backup drive full')").run();
    sqlite.prepare("insert into know_how (client_id, question, times_asked, last_asked_at) values (1, 'How do I print?', 3, '2026-11-02T09:00:00.000Z')").run();
    upTo(at + 1);
    expect(sqlite.prepare('select summary from incidents').all()).toEqual([{ summary: 'Backup drive full' }]);
    expect(sqlite.prepare('select question, times_asked as timesAsked from know_how').all()).toEqual([{ question: 'How do I print?', timesAsked: 3 }]);
    const plan = (sql: string) => (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('select id from incidents order by started_at desc, id desc limit 50')).toMatch(/incidents_started_idx/);
    expect(plan('select id from know_how order by times_asked desc, last_asked_at desc, id limit 50')).toMatch(/know_how_most_asked_idx/);
  });

  it('0011 keeps the trash and what is not in it, and lists the trash by small indexes of what is in it', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('clients_trashed_idx')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business'), ('Old Client', 'household')").run();
    sqlite.prepare("update clients set deleted_at = '2026-11-30T09:00:00.000Z' where name = 'Old Client'").run();
    sqlite.prepare("insert into people (given_name, family_name) values ('Sue', 'Baker'), ('Ann', 'Lee')").run();
    sqlite.prepare("update people set deleted_at = '2026-11-29T09:00:00.000Z' where given_name = 'Ann'").run();
    sqlite.prepare("insert into relationships (person_a_id, person_b_id, kind, until) values (1, 2, 'spouse', '2020-01-01')").run();
    upTo(at + 1);
    expect(sqlite.prepare('select name from clients where deleted_at is not null').all()).toEqual([{ name: 'Old Client' }]);
    expect(sqlite.prepare('select given_name as n from people where deleted_at is null').all()).toEqual([{ n: 'Sue' }]);
    const plan = (sql: string) => (sqlite.prepare(`explain query plan ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    for (const table of ['clients', 'people', 'life_events', 'visits', 'follow_ups', 'incidents', 'know_how', 'contacts'])
      expect(plan(`select id from ${table} where deleted_at is not null`)).toMatch(new RegExp(`${table}_trashed_idx`));
    expect(plan("select 1 from relationships where person_a_id = 1 and person_b_id = 2 and until is not null and kind in ('partner', 'spouse')")).toMatch(/relationships_ended_couples_idx/);
  });

  it('0012 keeps contacts and gives the agenda an index on when they happened, outside the trash', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('contacts_occurred_idx')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
    sqlite.prepare("insert into contacts (client_id, kind, occurred_at, summary) values (1, 'call', '2026-11-25T16:00:00.000Z', 'Printer jams again')").run();
    sqlite.prepare("insert into contacts (client_id, kind, occurred_at, summary, deleted_at) values (1, 'email', '2026-11-25T17:00:00.000Z', 'Invoice', '2026-11-26T00:00:00.000Z')").run();
    upTo(at + 1);
    expect(sqlite.prepare('select summary from contacts order by id').all()).toEqual([{ summary: 'Printer jams again' }, { summary: 'Invoice' }]);
    const week = "select id from contacts where occurred_at >= '2026-11-23' and occurred_at < '2026-11-30' and deleted_at is null order by occurred_at";
    expect((sqlite.prepare(`explain query plan ${week}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')).toMatch(/contacts_occurred_idx/);
    expect(sqlite.prepare(week).all()).toEqual([{ id: 1 }]);
  });

  it('0013 keeps clients and their rhythm, adds tags, and a tag\'s rhythm counts for a client with none of its own', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('client_tags_rhythm_insert')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.exec(`
      insert into clients (id, name, kind, rhythm_days) values (1, 'Smith Dental', 'business', 14), (2, 'The Patels', 'household', null), (3, 'Reed & Co', 'business', null);
      insert into visits (client_id, starts_at, status) values (1, '2026-10-01T09:00:00.000Z', 'completed'), (2, '2026-10-01T09:00:00.000Z', 'completed'), (3, '2026-10-01T09:00:00.000Z', 'completed');
      insert into people (id, given_name) values (1, 'Sue');`);
    const before = sqlite.prepare('select id, name, rhythm_days, last_contact_at from clients order by id').all();
    upTo(at + 1);
    expect(sqlite.prepare('select id, name, rhythm_days, last_contact_at from clients order by id').all()).toEqual(before);
    expect(sqlite.prepare('select tag_rhythm_days as t from clients order by id').all()).toEqual([{ t: null }, { t: null }, { t: null }]);
    sqlite.exec(`
      insert into tags (id, name, rhythm_days) values (1, 'On retainer', 28), (2, 'Backup contract', null), (3, 'Monthly', 30);
      insert into client_tags (client_id, tag_id) values (1, 1), (2, 1), (2, 2), (3, 2);
      insert into person_tags (person_id, tag_id) values (1, 2);`);
    expect(() => sqlite.exec("insert into tags (name) values ('on RETAINER')")).toThrow(/UNIQUE/);
    const tagRhythm = () => (sqlite.prepare('select tag_rhythm_days as t from clients order by id').all() as { t: number | null }[]).map((r) => r.t);
    expect(tagRhythm()).toEqual([28, 28, null]);
    sqlite.exec('insert into client_tags (client_id, tag_id) values (2, 3)');
    expect(tagRhythm()).toEqual([28, 28, null]);
    sqlite.exec('update tags set rhythm_days = 21 where id = 3');
    expect(tagRhythm()).toEqual([28, 21, null]);
    sqlite.exec('delete from client_tags where client_id = 2 and tag_id = 3');
    expect(tagRhythm()).toEqual([28, 28, null]);
    sqlite.exec('update tags set rhythm_days = 7 where id = 2');
    expect(tagRhythm()).toEqual([28, 7, 7]);
    // Deleting a tag takes its links by cascade, and the rhythms with them.
    sqlite.exec('delete from tags where id = 2');
    expect(tagRhythm()).toEqual([28, 28, null]);
    expect(sqlite.prepare('select count(*) as n from person_tags').get()).toEqual({ n: 0 });
    // The dashboard's range covers both kinds of rhythm: Smith Dental by its own 14 days, the Patels by the tag's 28.
    const due = "select id from clients where julianday(last_contact_at) + coalesce(rhythm_days, tag_rhythm_days) < julianday('2026-10-20T00:00:00.000Z') and coalesce(rhythm_days, tag_rhythm_days) is not null and last_contact_at is not null and archived_at is null and deleted_at is null";
    expect(sqlite.prepare(due).all()).toEqual([{ id: 1 }]);
    expect((sqlite.prepare(`explain query plan ${due}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')).toMatch(/clients_next_due_idx/);
  });
  it('0016 keeps clients and their contact details, adds client_fields, and finds the reminders begun by a day by index', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('CREATE TABLE `client_fields`')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.exec(`
      insert into clients (id, name, kind, phone) values (1, 'Smith Dental', 'business', '0161 496 0000'), (2, 'The Patels', 'household', null);`);
    const before = sqlite.prepare('select id, name, phone, last_contact_at from clients order by id').all();
    const details = sqlite.prepare('select client_id, kind, value from contact_details order by id').all();
    upTo(at + 1);
    expect(sqlite.prepare('select id, name, phone, last_contact_at from clients order by id').all()).toEqual(before);
    expect(sqlite.prepare('select client_id, kind, value from contact_details order by id').all()).toEqual(details);
    expect(sqlite.prepare('select count(*) as n from client_fields').get()).toEqual({ n: 0 });
    sqlite.exec(`
      insert into client_fields (client_id, label, kind, value, remind_days_before, position) values
        (1, 'ISP', 'text', 'Zen', null, 0),
        (1, 'Microsoft 365 renewal', 'date', '2027-03-01', 30, 1),
        (2, 'Router warranty', 'date', '2027-06-01', null, 0),
        (2, 'Domain renewal', 'date', '2027-01-10', 7, 1);`);
    // Only a date may carry a reminder, and never a negative one.
    expect(() => sqlite.exec("insert into client_fields (client_id, label, kind, value, remind_days_before) values (1, 'Router', 'text', 'Draytek', 30)")).toThrow(/CHECK/);
    expect(() => sqlite.exec("insert into client_fields (client_id, label, kind, value, remind_days_before) values (1, 'Licence', 'date', '2027-01-01', -1)")).toThrow(/CHECK/);
    expect(() => sqlite.exec("insert into client_fields (client_id, label, kind, value) values (1, 'Licence', 'number', '3')")).toThrow(/CHECK/);
    const begun = "select id from client_fields where julianday(value) - remind_days_before <= julianday(?) and remind_days_before is not null";
    expect(sqlite.prepare(begun).all('2027-01-30')).toEqual([{ id: 4 }, { id: 2 }]); // read in the order they begin
    expect(sqlite.prepare(begun).all('2027-01-02')).toEqual([]);
    expect((sqlite.prepare(`explain query plan ${begun}`).all('2027-01-30') as { detail: string }[]).map((r) => r.detail).join(' | ')).toMatch(/client_fields_reminder_idx/);
    // A client deleted for good takes its fields with it.
    sqlite.exec('delete from clients where id = 2');
    expect(sqlite.prepare('select id from client_fields order by id').all()).toEqual([{ id: 1 }, { id: 2 }]);
  });
  it('0017 keeps the search index and what it finds; a changed note is found by its new words only, and erasing leaves one segment', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes("('secure-delete', 0)")));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.exec(`insert into clients (id, name, kind) values (1, 'Smith Dental', 'business');
      insert into visits (id, client_id, starts_at, status, notes) values (1, 1, '2026-11-02T09:00:00.000Z', 'completed', 'replaced the xylophone router');`);
    const search = searchRepository(sqlite, () => new Date('2026-12-02T09:00:00.000Z'));
    const found = (q: string) => search.query({ q, limit: 20 }).map((h) => `${h.kind}:${h.id}`);
    expect(found('xylophone')).toEqual(['visit:1']);
    upTo(at + 1);
    expect(found('xylophone')).toEqual(['visit:1']);
    const indexHolds = (word: string) => (sqlite.prepare('select count(*) as n from search_index_data where instr(block, ?) > 0').get(Buffer.from(word)) as { n: number }).n > 0;
    sqlite.exec(`update visits set notes = 'swapped the marimba switch' where id = 1`);
    expect(found('xylophone')).toEqual([]);
    expect(found('marimba')).toEqual(['visit:1']);
    // The old words wait in an older segment (the quick delete) until the index is merged.
    expect(indexHolds('xylophone')).toBe(true);
    eraseDeletedSearchWords(sqlite);
    expect(indexHolds('xylophone')).toBe(false);
    expect(found('marimba')).toEqual(['visit:1']);
  });
  it('0018 keeps people and life events and counts a fortnight of birthdays and anniversaries from their indexes alone', () => {
    const at = all.findIndex((m) => m.sql.some((statement) => statement.includes('life_events_yearly_cover_idx')));
    expect(at).toBeGreaterThan(0);
    upTo(at);
    sqlite.exec(`insert into people (id, given_name) values (1, 'Sue');
      insert into life_events (id, type_key, title, date, precision) values (1, 'wedding', 'Wedding', '2010-11-27', 'day'), (2, 'wedding', 'Vow renewal', '2020-11-01', 'month');`);
    const before = sqlite.prepare('select * from life_events order by id').all();
    upTo(at + 1);
    expect(sqlite.prepare('select * from life_events order by id').all()).toEqual(before);
    const count = "select date, precision, count(*) as n from life_events where type_key in ('wedding') and substr(date, 6) in ('11-27', '11-01') and deleted_at is null and (tone_override is null or tone_override = 'celebration') group by date, precision";
    expect(sqlite.prepare(count).all()).toEqual([
      { date: '2010-11-27', precision: 'day', n: 1 },
      { date: '2020-11-01', precision: 'month', n: 1 },
    ]);
    expect((sqlite.prepare(`explain query plan ${count}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')).toMatch(/USING COVERING INDEX life_events_yearly_cover_idx/);
    const birthdays = "select birthday_month, birthday_day, count(*) as n from people where (birthday_month, birthday_day) in (select value ->> 0, value ->> 1 from json_each('[[11,27],[11,28]]')) and died_on is null and deleted_at is null group by birthday_month, birthday_day";
    expect((sqlite.prepare(`explain query plan ${birthdays}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ')).toMatch(/USING COVERING INDEX people_birthday_cover_idx/);
  });
});
