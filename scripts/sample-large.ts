import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../db/connection.ts';
import { searchRepository } from '../db/repositories/search.ts';
import { generateSampleData } from '../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../db/sample/sizes.ts';

/**
 * Builds the `large` sample database and reports how long each step took and whether the
 * result is sound. Fails (exit code 1) if generating takes a minute or more or a check fails.
 *
 *   npx tsx scripts/sample-large.ts [NEW_FILE]
 */
const LIMIT_MS = 60_000;
const file = process.argv[2] ?? join(tmpdir(), `askafter-large-${process.pid}.sqlite`);
if (existsSync(file)) {
  console.error(`${file} already exists; give the name of a new file.`);
  process.exit(2);
}

const time = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, Math.round(performance.now() - started)];
};

const store = await openStore({ file });
const [counts, generateMs] = time(() => generateSampleData(store.sqlite, SAMPLE_SIZES.large, new Date()));
const [integrity, integrityMs] = time(() => store.sqlite.pragma('integrity_check', { simple: true }));
const [foreignKeys, foreignKeysMs] = time(() => store.sqlite.pragma('foreign_key_check') as unknown[]);
const search = searchRepository(store.sqlite, () => new Date());
const [hits, searchMs] = time(() => ['lily', 'printer', 'hip operation', 'zoe', 'Bramble'].map((q) => search.query({ q, limit: 20 }).length));
const rows = Object.fromEntries(
  ['roles', 'relationships', 'life_event_people', 'acknowledgements', 'visit_attendees', 'follow_ups', 'incidents', 'know_how', 'search_index'].map((table) => [
    table,
    (store.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
  ]),
);
const [, closeMs] = time(() => store.close());

const sound = integrity === 'ok' && foreignKeys.length === 0;
console.log(`Large sample database: ${file}`);
console.log(`  ${counts.clients} clients, ${counts.people} people, ${counts.events} life events, ${counts.visits} visits`);
console.log(`  other rows: ${Object.entries(rows).map(([table, n]) => `${table} ${n}`).join(', ')}`);
console.log(`  generate (one transaction, search index included): ${generateMs} ms${generateMs < LIMIT_MS ? '' : ` — over the ${LIMIT_MS / 1000} s limit`}`);
console.log(`  integrity_check: ${String(integrity)} (${integrityMs} ms); foreign_key_check: ${foreignKeys.length} problems (${foreignKeysMs} ms)`);
console.log(`  5 searches: ${searchMs} ms in all (${hits.join(', ')} hits); checkpoint and close: ${closeMs} ms`);
process.exitCode = sound && generateMs < LIMIT_MS ? 0 : 1;
