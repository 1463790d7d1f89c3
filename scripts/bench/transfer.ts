import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../db/connection.ts';
import { createDispatcher } from '../../db/handlers/index.ts';
import { CLI, medianAndP95, reportLine, runNode } from './child.ts';
import { contactsVCard } from './contacts-file.ts';
import { ensureBuilt, type BenchContext } from './context.ts';

const removeDatabase = (file: string) => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
};

/** Export of the whole large database as JSON, and its import into an empty one, each by the CLI in a child process (wall and peak RSS). */
async function wholeDatabase({ large, scratch }: BenchContext): Promise<void> {
  const out = join(scratch, 'large-export.json');
  const target = join(scratch, 'reimport.sqlite');
  try {
    const exported = await runNode([CLI, '--db', large, 'export', '--format', 'json', '--out', out]);
    reportLine('JSON export of large (CLI, child process)', { ms: Math.round(exported.ms), cpu_ms: Math.round(exported.cpuMs), peak_mb: Math.round(exported.peakMb), file_mb: Math.round(statSync(out).size / 2 ** 20) }, { ms: 10_000, peak_mb: 300 });
    removeDatabase(target);
    const imported = await runNode([CLI, '--db', target, 'import', out]);
    reportLine('JSON re-import of large into an empty database (CLI, child process)', { ms: Math.round(imported.ms), cpu_ms: Math.round(imported.cpuMs), peak_mb: Math.round(imported.peakMb) }, { ms: 30_000, peak_mb: 300 });
  } finally {
    rmSync(out, { force: true });
    removeDatabase(target);
    rmSync(join(scratch, 'backups'), { recursive: true, force: true });
  }
}

/** 5,000 contacts from a vCard file, preview then apply through the channels, into a fresh database each run. */
async function contacts({ scratch, now }: BenchContext): Promise<void> {
  const text = contactsVCard(5000);
  const previews: number[] = [];
  const applies: number[] = [];
  for (let run = 0; run < 3; run++) {
    const file = join(scratch, `contacts-${run}.sqlite`);
    removeDatabase(file);
    const store = await openStore({ file, backupDir: join(scratch, 'backups') });
    try {
      const call = createDispatcher(store, () => now);
      let started = performance.now();
      const preview = call('import:preview', { text, fileName: 'contacts.vcf' });
      previews.push(performance.now() - started);
      started = performance.now();
      const applied = call('import:apply', { text, fileName: 'contacts.vcf' });
      applies.push(performance.now() - started);
      if (!preview.ok || !applied.ok) throw new Error(`the contacts import failed: ${JSON.stringify(preview.ok ? applied : preview)}`);
    } finally {
      store.close();
      removeDatabase(file);
    }
  }
  reportLine('vCard import of 5,000 contacts: preview', { runs: 3, ...medianAndP95(previews) }, {});
  reportLine('vCard import of 5,000 contacts: apply', { runs: 3, ...medianAndP95(applies) }, { median_ms: 2000 });
}

export async function benchTransfer(ctx: BenchContext): Promise<void> {
  ensureBuilt();
  mkdirSync(ctx.scratch, { recursive: true });
  await contacts(ctx);
  await wholeDatabase(ctx);
}
