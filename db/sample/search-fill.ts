import type Database from 'better-sqlite3';

/**
 * The sample generator writes about a million rows; indexing them row by row through the search
 * triggers (migration 0008) costs a quarter of its time, as FTS5 flushes at every statement.
 * So it sets the triggers aside while it writes, then indexes the new rows in one statement per
 * table, exactly as the triggers would have (the same expressions; a test compares the result
 * with the migration's own backfill), and puts the triggers back, all in its one transaction.
 */
const SOURCES: readonly { table: string; select: string }[] = [
  {
    table: 'people',
    select: `(6 << 40) + id * 8 + 2, concat_ws(' ', given_name, family_name, nickname), concat_ws(' · ', interests, notes), search_characters(concat_ws(' ', given_name, family_name, nickname)), search_characters(concat_ws(' · ', interests, notes)), search_phone(phone)`,
  },
  { table: 'clients', select: `(5 << 40) + id * 8 + 1, name, notes, search_characters(name), search_characters(notes), search_phone(phone)` },
  { table: 'life_events', select: `(4 << 40) + id * 8 + 3, title, notes, search_characters(title), search_characters(notes), null` },
  { table: 'know_how', select: `(3 << 40) + id * 8 + 6, question, answer, search_characters(question), search_characters(answer), null` },
  {
    table: 'incidents',
    select: `(2 << 40) + id * 8 + 5, summary, concat_ws(' · ', cause, prevention), search_characters(summary), search_characters(concat_ws(' · ', cause, prevention)), null`,
  },
  { table: 'follow_ups', select: `(1 << 40) + id * 8 + 7, null, concat_ws(' · ', context, outcome), search_characters(null), search_characters(concat_ws(' · ', context, outcome)), null` },
  {
    table: 'visits',
    select: `(0 << 40) + id * 8 + 4, purpose, concat_ws(' · ', notes, work_done), search_characters(purpose), search_characters(concat_ws(' · ', notes, work_done)), null`,
  },
];

/**
 * Sets the search triggers aside; the returned function indexes every row written since (ids
 * above those already there) and puts the triggers back. Call both inside one transaction.
 */
export function indexSearchInBulk(sqlite: Database.Database): () => void {
  const triggers = sqlite.prepare<[], { name: string; sql: string }>(`select name, sql from sqlite_master where type = 'trigger' and name like '%\\_search\\_%' escape '\\' order by name`).all();
  const before = new Map(SOURCES.map(({ table }) => [table, (sqlite.prepare(`select coalesce(max(id), 0) as n from ${table}`).get() as { n: number }).n]));
  for (const { name } of triggers) sqlite.exec(`drop trigger "${name}"`);
  return () => {
    for (const { table, select } of SOURCES) {
      sqlite.prepare(`insert into search_index (rowid, name, body, name_chars, body_chars, phone) select ${select} from ${table} where deleted_at is null and id > ?`).run(before.get(table));
    }
    for (const { sql } of triggers) sqlite.exec(sql);
  };
}
