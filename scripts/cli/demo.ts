import { parseArgs } from 'node:util';
import type { Store } from '../../db/connection.ts';
import { generateSampleData } from '../../db/sample/generate.ts';
import { SAMPLE_SIZES, type SampleSizeName } from '../../db/sample/sizes.ts';
import { AppFailure, CallFailure } from '../../src/contract/result.ts';
import { UsageError, type CommandContext } from './context.ts';
import { DEMO_USAGE } from './usage.ts';


const isSize = (name: string): name is SampleSizeName => Object.hasOwn(SAMPLE_SIZES, name);

/**
 * Fills an empty database with sample data. Writes directly rather than through `demo:load`,
 * which the app limits to the small size. `--now` pins the dates, for a repeatable database.
 */
export function demoCommand(ctx: CommandContext, store: Store, args: string[]): void {
  const { values } = parseArgs({ args, options: { size: { type: 'string', default: 'sample' }, now: { type: 'string' } } });
  if (!isSize(values.size)) throw new UsageError(`The size must be "sample" or "large", not ${JSON.stringify(values.size)}.\n${DEMO_USAGE}`);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be a date and time like 2026-11-25T09:00:00Z, not ${JSON.stringify(values.now)}.`);
  const started = performance.now();
  let counts;
  try {
    counts = generateSampleData(store.sqlite, SAMPLE_SIZES[values.size], now);
  } catch (error) {
    if (error instanceof AppFailure) throw new CallFailure(error.toError());
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  ctx.io.out(
    ctx.json
      ? JSON.stringify(counts, null, 2)
      : `Added sample data (${values.size}): ${counts.clients} clients, ${counts.people} people, ${counts.events} life events, ${counts.visits} visits, in ${seconds} s.`,
  );
}
