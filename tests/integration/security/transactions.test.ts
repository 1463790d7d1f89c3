import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { openSqlite } from '../../../db/sqlite-driver.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

const SECRET = 'Zebrafinch-hospice-7731 diagnosis';
const holds = (file: string) => existsSync(file) && readFileSync(file).includes(Buffer.from(SECRET));

describe('transactions and forgetting', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  it('reads go on while another process holds the write lock', () => {
    const dispatch = createDispatcher(store);
    expect(dispatch('clients:create', { name: 'Smith Dental', kind: 'business' }).ok).toBe(true);
    const other = openSqlite(store.file);
    try {
      other.pragma('busy_timeout = 0');
      other.exec("begin immediate; insert into clients (name, kind) values ('Importing', 'business')");
      const started = Date.now();
      const listed = dispatch('clients:list', {});
      expect(listed).toMatchObject({ ok: true, value: [{ name: 'Smith Dental' }] });
      // Without the lock it did not wait out busy_timeout (5 s) first.
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(dispatch('briefing:next', {})).toMatchObject({ ok: true });
      expect(dispatch('search:query', { q: 'Smith' })).toMatchObject({ ok: true });
      other.exec('rollback');
    } finally {
      other.close();
    }
  });

  it('forgetting a person leaves their text in neither the database file nor its WAL', () => {
    const dispatch = createDispatcher(store);
    const created = dispatch('people:create', { givenName: 'Sue', familyName: 'Patel', notes: SECRET });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: number } }).value.id;
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(holds(store.file)).toBe(true);

    expect(dispatch('people:forget', { id, confirm: true }).ok).toBe(true);
    for (const name of readdirSync(store.dir).filter((n) => n.startsWith('askafter.sqlite'))) expect(holds(join(store.dir, name)), name).toBe(false);
  });
});
