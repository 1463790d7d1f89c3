-- A deleted or changed row's words now leave the search index when its segments merge, not at
-- once: with secure-delete on, every autosave of a visit's notes (a delete and an insert in the
-- index) cost about 2 ms on a large database, against 0.1 ms without. Where words must be gone
-- now (forgetting a person, emptying the trash, purging older backups), the app merges every
-- segment ('optimize', db/repositories/search-erase.ts), which drops deleted words everywhere.
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0);
