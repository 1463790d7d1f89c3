import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrate.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../../../db/sample/sizes.ts';
import { tempStore, type TempStore } from '../../helpers/temp-store.ts';

describe('the sample generator’s search index, filled once at the end', () => {
  let store: TempStore;
  afterEach(() => store.dispose());

  const indexed = () => store.sqlite.prepare('select rowid, name, body, name_chars, body_chars, phone from search_index order by rowid').raw().all();
  const triggers = () => store.sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' order by name").all();

  it('holds what the triggers would have written, and the triggers are back as they were', async () => {
    store = await tempStore();
    const before = triggers();
    const settings = () => store.sqlite.prepare('select * from search_index_config order by k').all();
    const settingsBefore = settings();
    generateSampleData(store.sqlite, SAMPLE_SIZES.sample, new Date('2026-11-25T09:00:00.000Z'));
    expect(triggers()).toEqual(before);
    expect(settings()).toEqual(settingsBefore);
    const filled = indexed();
    expect(filled.length).toBeGreaterThan(1_000);

    // The latest migration's own backfill (which its N−1→N test checks against its triggers) gives the same index.
    const backfill = loadMigrations()
      .findLast((m) => m.sql.some((statement) => statement.trim().startsWith('INSERT INTO search_index')))!
      .sql.filter((statement) => statement.trim().startsWith('INSERT INTO search_index'));
    expect(backfill).toHaveLength(7);
    store.sqlite.exec('delete from search_index');
    for (const statement of backfill) store.sqlite.exec(statement);
    expect(indexed()).toEqual(filled);

    // And the triggers work again: a new person is indexed as they are written.
    store.sqlite.prepare("insert into people (given_name, notes) values ('Quentin', 'xylophone')").run();
    expect(store.sqlite.prepare("select count(*) as n from search_index where search_index match 'xylophone'").get()).toEqual({ n: 1 });
  });
});
