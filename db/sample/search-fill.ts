import type Database from 'better-sqlite3';

/**
 * The sample generator writes about a million rows; indexing them row by row through the search
 * triggers (migration 0010) costs a quarter of its time, as FTS5 flushes at every statement.
 * So it sets the triggers aside while it writes, then indexes the new rows in one statement per
 * table with FTS5 holding them in memory (BULK_SETTINGS), exactly as the triggers would have (the same expressions; a test compares the result
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
 * FTS5 settings for the one big fill: pending index data kept in memory up to 64 MB instead of
 * 1 MB, and no merging of segments along the way. Each is put back to what it was (absent means
 * FTS5's default, which is what `reset` holds), so the database's settings end as they began.
 */
const BULK_SETTINGS = [
  { key: 'hashsize', bulk: 64 * 1024 * 1024, reset: 1024 * 1024 },
  { key: 'automerge', bulk: 0, reset: 4 },
] as const;

/**
 * Sets the search triggers aside; the returned function indexes every row written since (ids
 * above those already there) and puts the triggers back. Call both inside one transaction.
 */
export function indexSearchInBulk(sqlite: Database.Database): () => void {
  // FTS5 refuses these commands with bound values ("SQL logic error"): written out, integers only.
  const setting = { run: (key: (typeof BULK_SETTINGS)[number]['key'], value: number) => sqlite.exec(`insert into search_index (search_index, rank) values ('${key}', ${Math.trunc(value)})`) };
  const stored = new Map(sqlite.prepare<[], { k: string; v: number }>('select k, v from search_index_config').all().map((row) => [row.k, row.v]));
  const triggers = sqlite.prepare<[], { name: string; sql: string }>(`select name, sql from sqlite_master where type = 'trigger' and name like '%\\_search\\_%' escape '\\' order by name`).all();
  const before = new Map(SOURCES.map(({ table }) => [table, (sqlite.prepare(`select coalesce(max(id), 0) as n from ${table}`).get() as { n: number }).n]));
  for (const { name } of triggers) sqlite.exec(`drop trigger "${name}"`);
  for (const { key, bulk } of BULK_SETTINGS) setting.run(key, bulk);
  return () => {
    for (const { table, select } of SOURCES) {
      sqlite.prepare(`insert into search_index (rowid, name, body, name_chars, body_chars, phone) select ${select} from ${table} where deleted_at is null and id > ?`).run(before.get(table));
    }
    for (const { key, reset } of BULK_SETTINGS) {
      setting.run(key, stored.get(key) ?? reset);
      if (!stored.has(key)) {
        // A shadow table: writable only outside better-sqlite3's defensive mode, for this one row.
        sqlite.unsafeMode(true);
        try {
          sqlite.prepare('delete from search_index_config where k = ?').run(key);
        } finally {
          sqlite.unsafeMode(false);
        }
      }
    }
    for (const { sql } of triggers) sqlite.exec(sql);
  };
}
