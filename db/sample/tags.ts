import type Database from 'better-sqlite3';

/**
 * A few tags on the sample's clients and people, picked by id so the rest of the sample (and its
 * random sequence) stays as it was. "On retainer" carries a rhythm but goes only on clients with
 * their own, so the sample's dashboard is unchanged.
 */
export function writeTags(sqlite: Database.Database, now: string): void {
  const tag = sqlite.prepare('insert into tags (name, rhythm_days, created_at, updated_at) values (?, ?, ?, ?)');
  const retainer = Number(tag.run('On retainer', 28, now, now).lastInsertRowid);
  const backup = Number(tag.run('Backup contract', null, now, now).lastInsertRowid);
  const newsletter = Number(tag.run('Newsletter', null, now, now).lastInsertRowid);
  sqlite.prepare('insert into client_tags (client_id, tag_id) select id, ? from clients where rhythm_days is not null and id % 3 = 0').run(retainer);
  sqlite.prepare('insert into client_tags (client_id, tag_id) select id, ? from clients where id % 4 = 1').run(backup);
  sqlite.prepare('insert into person_tags (person_id, tag_id) select id, ? from people where died_on is null and id % 9 = 2').run(newsletter);
}
