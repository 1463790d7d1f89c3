import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, reportLine, runNode } from './child.ts';
import { ensureBuilt, type BenchContext } from './context.ts';

/** `askafter demo --size large` into a new file, as a user runs it (CLI, child process, wall). */
export async function benchDemo({ scratch, now }: BenchContext): Promise<void> {
  ensureBuilt();
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, 'demo-large.sqlite');
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  };
  remove();
  try {
    const run = await runNode([CLI, '--db', file, 'demo', '--size', 'large', '--now', now.toISOString()]);
    reportLine('demo --size large (CLI, child process)', { ms: Math.round(run.ms), cpu_ms: Math.round(run.cpuMs), peak_mb: Math.round(run.peakMb) }, { ms: 20_000 });
  } finally {
    remove();
  }
}
