import { loadavg } from 'node:os';

/**
 * Timing for `npm run bench`. Every compared pair (the product and its floor) runs interleaved
 * in one loop, so a busy machine slows both alike; the verdict is the per-pair ratio. Batches
 * repeat until the median ratio settles (two batches within 5%) or a cap is reached.
 */

const at = (sorted: number[], q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3));
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: at(sorted, 0.5), p95: at(sorted, 0.95) };
};

/** The machine's load when a line is printed: 1-, 5- and 15-minute averages. */
export const load = () => loadavg().map((n) => Number(n.toFixed(2)));

export function print(line: Record<string, unknown>): void {
  console.log(JSON.stringify({ ...line, load: load() }));
}

function time(run: (i: number) => void, i: number): number {
  const started = performance.now();
  run(i);
  return performance.now() - started;
}

/** Reports times measured elsewhere (a page in a browser) as measure() does. */
export function printTimes(name: string, times: number[]) {
  const s = summary(times);
  const line = { name, runs: times.length, median_ms: s.median, p95_ms: s.p95, each_ms: times.map(Math.round) };
  print(line);
  return line;
}

/** Warms up, then times calls in batches until the median is stable. */
export function measure(name: string, run: (i: number) => void, { batch = 100, maxBatches = 6 } = {}) {
  for (let i = 0; i < Math.min(20, batch); i++) run(i);
  const times: number[] = [];
  let previous = Number.NaN;
  for (let b = 0; b < maxBatches; b++) {
    for (let i = 0; i < batch; i++) times.push(time(run, times.length));
    const { median } = summary(times);
    if (Math.abs(median - previous) <= 0.05 * median) break;
    previous = median;
  }
  const s = summary(times);
  const line = { name, runs: times.length, median_ms: s.median, p95_ms: s.p95 };
  print(line);
  return line;
}

/**
 * The product and its floor, one call of each per step, in alternating order. Reports both,
 * and the median and p95 of product/floor per step.
 */
export function pair(name: string, product: (i: number) => void, floor: (i: number) => void, { batch = 100, maxBatches = 8, floorName = 'floor' } = {}) {
  for (let i = 0; i < Math.min(20, batch); i++) {
    product(i);
    floor(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  let previous = Number.NaN;
  for (let n = 0; n < maxBatches; n++) {
    for (let i = 0; i < batch; i++) {
      const k = a.length;
      // Alternate which goes first, so neither always runs on a warmer cache.
      let x: number;
      let y: number;
      if (k % 2 === 0) {
        x = time(product, k);
        y = time(floor, k);
      } else {
        y = time(floor, k);
        x = time(product, k);
      }
      a.push(x);
      b.push(y);
      ratios.push(x / y);
    }
    const { median } = summary(ratios);
    if (Math.abs(median - previous) <= 0.05 * median) break;
    previous = median;
  }
  const p = summary(a);
  const f = summary(b);
  const r = summary(ratios);
  const line = { name, runs: a.length, median_ms: p.median, p95_ms: p.p95, [`${floorName}_median_ms`]: f.median, [`${floorName}_p95_ms`]: f.p95, ratio_median: r.median, ratio_p95: r.p95 };
  print(line);
  return line;
}

export async function measureAsync(name: string, runs: number, run: () => Promise<void>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  const s = summary(times);
  const line = { name, runs, median_ms: s.median, p95_ms: s.p95 };
  print(line);
  return line;
}
