import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore } from '../../db/connection.ts';
import { loadMigrations } from '../../db/migrate.ts';
import { generateSampleData } from '../../db/sample/generate.ts';
import { SAMPLE_SIZES, type SampleSize } from '../../db/sample/sizes.ts';

/** The bench's clock and zone, and its databases: built once, cached by seed, schema and generator. */
export const NOW = new Date('2026-11-25T08:00:00Z');
export const TZ = 'Europe/London';
export const cacheDir = resolve(import.meta.dirname, '../../.cache/bench');
export const backupDir = join(cacheDir, 'backups');

const sampleDir = resolve(import.meta.dirname, '../../db/sample');
const generator = createHash('sha256');
for (const name of readdirSync(sampleDir).sort()) generator.update(readFileSync(join(sampleDir, name)));
const schema = loadMigrations().at(-1)?.hash.slice(0, 12) ?? 'none';
// `plain`: built as a user's database is, without statistics (the app never runs ANALYZE).
const version = `${schema}-${generator.digest('hex').slice(0, 12)}-plain`;

/** Sizes between the consultant's `sample` and `large`, to time an open at about 20 MB and 60 MB. */
export const MIDDLE_SIZES = {
  mb20: { name: 'mb20', seed: 2_020, clients: 190, people: 1_900, events: 19_000, visits: 9_500 },
  mb60: { name: 'mb60', seed: 6_060, clients: 570, people: 5_700, events: 57_000, visits: 28_500 },
} as const satisfies Record<string, SampleSize>;

/**
 * A cached database of the given size; built on first use. Not analysed: the app never runs
 * ANALYZE, so a user's database has no statistics, and with them SQLite would re-plan each
 * statement with a range parameter at every call (STAT4), a cost no user pays.
 */
export async function cachedDatabase(size: SampleSize): Promise<string> {
  const cached = join(cacheDir, `${size.name}-${size.seed}-${version}.sqlite`);
  if (existsSync(cached)) return cached;
  mkdirSync(cacheDir, { recursive: true });
  const building = `${cached}.building`;
  rmSync(building, { force: true });
  const started = performance.now();
  const store = await openStore({ file: building, backupDir });
  generateSampleData(store.sqlite, size, NOW);
  store.close();
  renameSync(building, cached);
  console.error(`built the ${size.name} database in ${Math.round(performance.now() - started)} ms: ${cached}`);
  return cached;
}

/** A working copy (the dashboard's bookkeeping writes to it); removed by the returned function. */
export function workingCopy(file: string, name: string): { file: string; remove: () => void } {
  const copy = join(cacheDir, `${name}-${process.pid}.sqlite`);
  copyFileSync(file, copy);
  return { file: copy, remove: () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${copy}${suffix}`, { force: true })) };
}

export const large = () => cachedDatabase(SAMPLE_SIZES.large);
export const sample = () => cachedDatabase(SAMPLE_SIZES.sample);
