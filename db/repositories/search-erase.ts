import type Database from 'better-sqlite3';

/**
 * Drops every deleted or replaced word from the search index now. FTS5 keeps a deleted row's
 * words in its older segments until they merge (secure-delete is off since migration 0017, for
 * fast autosave); merging them all leaves only what the live rows say. With SQLite's own
 * secure_delete (set at open) the freed pages are zeroed, so the words are in no page of the file.
 * It rewrites the whole index: about a second on a database of 20,000 people, for the rare
 * moments a user asks for something to be gone (forget a person, empty the trash, purge backups).
 */
export function eraseDeletedSearchWords(sqlite: Database.Database): void {
  sqlite.prepare("insert into search_index (search_index) values ('optimize')").run();
}
