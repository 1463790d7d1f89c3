import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, medianAndP95, reportLine, runNode } from './child.ts';
import { ensureBuilt, type BenchContext } from './context.ts';

const WEB = fileURLToPath(new URL('../../out/node/web.js', import.meta.url));

async function timed(runs: number, run: () => Promise<{ ms: number; peakMb: number; cpuMs: number }>) {
  const times: number[] = [];
  const cpu: number[] = [];
  let peakMb = 0;
  await run(); // warm the disk cache and V8's compile cache, as a second start would
  for (let i = 0; i < runs; i++) {
    const r = await run();
    times.push(r.ms);
    cpu.push(r.cpuMs);
    peakMb = Math.max(peakMb, r.peakMb);
  }
  return { runs, ...medianAndP95(times), cpu_median_ms: medianAndP95(cpu).median_ms, peak_mb: Math.round(peakMb) };
}

/** Cold starts of the bundled CLI and the preview server, each a fresh process, wall to wall. */
export async function benchStartup({ large, scratch, now }: BenchContext): Promise<void> {
  ensureBuilt();
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, 'startup-large.sqlite');
  copyFileSync(large, file);
  try {
    reportLine('CLI --help, fresh process (wall)', await timed(10, () => runNode([CLI, '--help'])), { median_ms: 300 });
    reportLine(
      'CLI dashboard on large, fresh process (wall)',
      await timed(5, () => runNode([CLI, '--db', file, 'dashboard', '--now', now.toISOString(), '--tz', 'Europe/London'])),
      { median_ms: 1000 },
    );
    reportLine('preview server (npm run web after the build) until it prints its address', await timed(5, () => runNode([WEB, '--db', file, '--port', '0'], { until: /http:\/\/127\.0\.0\.1:\d+/ })), {
      median_ms: 2000,
    });
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}
