import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const PEAK = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = fileURLToPath(new URL('../../out/node/cli.js', import.meta.url));

export interface ChildRun {
  ms: number;
  peakMb: number;
  /** User + system CPU of the child. */
  cpuMs: number;
  stdout: string;
}

/**
 * Runs `node ARGS` as the user would (a fresh process), timing it wall to wall and reading its
 * peak RSS. `until`, when given, is a line of stdout that counts as done (a server that is ready);
 * the child is then stopped.
 */
export function runNode(args: string[], options: { until?: RegExp } = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let readyAt: number | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.until && readyAt === undefined && options.until.test(stdout)) {
        readyAt = performance.now();
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ended = performance.now();
      const peak = /@bench-peak-rss (\d+)/.exec(stderr)?.[1];
      const cpu = /@bench-cpu-us (\d+)/.exec(stderr)?.[1];
      if (!options.until && code !== 0) return reject(new Error(`node ${args.join(' ')} failed (${code}): ${stderr.slice(-2000)}`));
      if (options.until && readyAt === undefined) return reject(new Error(`node ${args.join(' ')} never printed ${options.until}: ${stderr.slice(-2000)}`));
      resolve({ ms: (readyAt ?? ended) - started, peakMb: peak === undefined ? Number.NaN : Number(peak) / 1024, cpuMs: cpu === undefined ? Number.NaN : Number(cpu) / 1000, stdout });
    });
  });
}

export const machineLoad = () => loadavg().map((n) => Number(n.toFixed(2)));

/** One JSON line: the measurement, its target, whether it met it, and the machine's load while it ran. */
export function reportLine(name: string, values: Record<string, number>, target: Record<string, number>): void {
  const met = Object.entries(target).every(([key, limit]) => (values[key] ?? Number.POSITIVE_INFINITY) <= limit);
  console.log(JSON.stringify({ name, ...values, target, met, load: machineLoad() }));
}

export function medianAndP95(times: number[]): { median_ms: number; p95_ms: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1));
  return { median_ms: at(0.5), p95_ms: at(0.95) };
}
