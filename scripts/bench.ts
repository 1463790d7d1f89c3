import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBriefing } from '../src/briefing/engine.ts';
import { briefingStatements } from '../db/briefing/statements.ts';
import { gatherVisit } from '../db/briefing/gather-visit.ts';
import { openStore } from '../db/connection.ts';
import { createDispatcher } from '../db/handlers/index.ts';
import { loadMigrations } from '../db/migrate.ts';
import { generateSampleData } from '../db/sample/generate.ts';
import { SAMPLE_SIZES } from '../db/sample/sizes.ts';
import { rawGatherer } from './bench/raw-gather.ts';
import { benchScreens } from './bench/screens.ts';

/**
 * `npm run bench`: builds the `large` sample database once (cached by seed and schema), then
 * prints one JSON line per measurement: { name, runs, median_ms, p95_ms }.
 */
const NOW = new Date('2026-11-25T08:00:00Z');
const TZ = 'Europe/London';
const size = SAMPLE_SIZES.large;
const cacheDir = resolve(import.meta.dirname, '../.cache/bench');
// The cache is keyed by the seed, the schema and the generator's code: change any, and it is rebuilt.
const sampleDir = resolve(import.meta.dirname, '../db/sample');
const generator = createHash('sha256');
for (const name of readdirSync(sampleDir).sort()) generator.update(readFileSync(join(sampleDir, name)));
const schema = loadMigrations().at(-1)?.hash.slice(0, 12) ?? 'none';
const cached = join(cacheDir, `large-${size.seed}-${schema}-${generator.digest('hex').slice(0, 12)}.sqlite`);

async function ensureDatabase(): Promise<void> {
  if (existsSync(cached)) return;
  mkdirSync(cacheDir, { recursive: true });
  const building = `${cached}.building`;
  rmSync(building, { force: true });
  const started = performance.now();
  const store = await openStore({ file: building, backupDir: join(cacheDir, 'backups') });
  generateSampleData(store.sqlite, size, NOW);
  store.sqlite.exec('analyze');
  store.close();
  renameSync(building, cached);
  console.error(`built the large database in ${Math.round(performance.now() - started)} ms: ${cached}`);
}

function report(name: string, times: number[]) {
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3));
  const line = { name, runs: times.length, median_ms: at(0.5), p95_ms: at(0.95) };
  console.log(JSON.stringify(line));
  return line;
}

/** Warms up, then times `runs` calls. */
function measure(name: string, runs: number, run: (i: number) => void) {
  for (let i = 0; i < Math.min(20, runs); i++) run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run(i);
    times.push(performance.now() - started);
  }
  return report(name, times);
}

async function measureAsync(name: string, runs: number, run: () => Promise<void>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return report(name, times);
}

await ensureDatabase();
// Work on a copy, so the dashboard's bookkeeping never changes the cached file.
const file = join(cacheDir, `bench-${process.pid}.sqlite`);
copyFileSync(cached, file);
try {
  const store = await openStore({ file, backupDir: join(cacheDir, 'backups') });
  const call = createDispatcher(store, () => NOW);
  const planned = (store.sqlite.prepare("select id from visits where status = 'planned' and starts_at >= ? order by starts_at limit 200").all(NOW.toISOString()) as { id: number }[]).map((r) => r.id);
  if (planned.length === 0) throw new Error('The large database has no planned visits after the bench clock.');
  const visitAt = (i: number) => planned[i % planned.length]!;

  const briefing = measure('briefing for a visit (gather + engine, via the channel)', 400, (i) => {
    const r = call('briefing:forVisit', { id: visitAt(i), timeZone: TZ });
    if (!r.ok) throw new Error(r.error.message);
  });
  const statements = briefingStatements(store.db);
  measure('briefing gather only (drizzle)', 400, (i) => gatherVisit(statements, visitAt(i)));
  const raw = rawGatherer(store.sqlite);
  measure('briefing gather only (raw SQL floor)', 400, (i) => raw(visitAt(i)));
  const floor = measure('briefing on the raw SQL floor (raw gather + engine)', 400, (i) => buildBriefing(raw(visitAt(i)), { now: NOW, timeZone: TZ }));
  console.log(JSON.stringify({ name: 'ratio briefing / raw floor', median: Number((briefing.median_ms / floor.median_ms).toFixed(2)) }));

  measure('dashboard for a week (large: 2,000 clients, ~1,000 dates in the window)', 100, () => {
    const r = call('dashboard:get', { timeZone: TZ });
    if (!r.ok) throw new Error(r.error.message);
  });
  const words = ['lily', 'printer', 'backup', 'hip', 'zoe', 'smith', 'router', 'wedding', 'allotment', 'bramble'];
  measure('search', 300, (i) => {
    const r = call('search:query', { q: words[i % words.length]!, limit: 20 });
    if (!r.ok) throw new Error(r.error.message);
  });
  store.close();

  await measureAsync('open → migrate no-op → first dashboard (large)', 20, async () => {
    const reopened = await openStore({ file, backupDir: join(cacheDir, 'backups') });
    const r = createDispatcher(reopened, () => NOW)('dashboard:get', { timeZone: TZ });
    reopened.close();
    if (!r.ok) throw new Error(r.error.message);
  });

  // Screens in Chromium on the large database: asked for → settled page (the bar is 300 ms).
  for (const screen of await benchScreens(file)) report(`screen ${screen.name} (large, Chromium 1280×800): asked for → settled page, ${screen.nodes} elements`, screen.times);

  // The same on a consultant-sized database (the `sample` data: 40 clients, 200 people).
  const small = join(cacheDir, `bench-sample-${process.pid}.sqlite`);
  try {
    const sampleStore = await openStore({ file: small, backupDir: join(cacheDir, 'backups') });
    generateSampleData(sampleStore.sqlite, SAMPLE_SIZES.sample, NOW);
    const sampleCall = createDispatcher(sampleStore, () => NOW);
    measure('dashboard for a week (sample: 40 clients)', 200, () => {
      const r = sampleCall('dashboard:get', { timeZone: TZ });
      if (!r.ok) throw new Error(r.error.message);
    });
    sampleStore.close();
    await measureAsync('open → migrate no-op → first dashboard (sample)', 20, async () => {
      const reopened = await openStore({ file: small, backupDir: join(cacheDir, 'backups') });
      const r = createDispatcher(reopened, () => NOW)('dashboard:get', { timeZone: TZ });
      reopened.close();
      if (!r.ok) throw new Error(r.error.message);
    });
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${small}${suffix}`, { force: true });
  }
} finally {
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
}
