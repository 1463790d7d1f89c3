import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { generateSampleData } from '../../../db/sample/generate.ts';
import { processIo } from '../../../scripts/cli/io.ts';
import { runCli } from '../../../scripts/cli/run.ts';
import { progressLine } from '../../../scripts/cli/transfer-job.ts';

/** Big enough (over 20,000 people, events and visits) that the command line runs it in a worker. */
const BIG = { name: 'cancel', seed: 11, clients: 60, people: 600, events: 16_000, visits: 4_000 };

describe('askafter export and import of a big database: progress, and Ctrl+C', () => {
  let dir: string;
  const env = () => ({ ASKAFTER_BACKUP_DIR: join(dir, 'backups') });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-cli-cancel-'));
    const store = await openStore({ file: join(dir, 'big.sqlite'), backupDir: join(dir, 'backups') });
    generateSampleData(store.sqlite, BIG, new Date('2026-11-25T09:00:00.000Z'));
    store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the CLI as a terminal would: progress lines kept, and the first one answered with Ctrl+C when told to. */
  const run = async (interrupt: boolean, ...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const progress: string[] = [];
    const code = await runCli(
      argv,
      {
        out: (l) => out.push(l),
        err: (l) => err.push(l),
        progress: (line) => {
          if (line === null) return;
          progress.push(line);
          // The signal itself, through the listener the real command installs.
          if (interrupt && progress.length === 1) process.emit('SIGINT');
        },
        onInterrupt: processIo.onInterrupt!,
      },
      env(),
    );
    return { code, out: out.join('\n'), err: err.join('\n'), progress };
  };

  it('says how far an export has got, and Ctrl+C stops it with a sentence, leaving no file', { timeout: 120_000 }, async () => {
    const out = join(dir, 'cancelled.json');
    const cancelled = await run(true, '--db', join(dir, 'big.sqlite'), 'export', '--format', 'json', '--out', out);
    expect(cancelled).toMatchObject({ code: 1, err: 'The export was cancelled; no file was written.' });
    expect(cancelled.progress[0]).toMatch(/^Exporting, writing: 0 of [\d,]+ \(0%\)… \(Ctrl\+C cancels\)$/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('cancelled'))).toEqual([]);
    expect(process.listenerCount('SIGINT')).toBe(0);

    const whole = await run(false, '--db', join(dir, 'big.sqlite'), 'export', '--format', 'json', '--out', join(dir, 'all.json'));
    expect(whole).toMatchObject({ code: 0, out: expect.stringMatching(/Exported 60 clients and 600 people/) });
    expect(whole.progress.length).toBeGreaterThan(0);
  });

  it('Ctrl+C during an import writes nothing at all', { timeout: 120_000 }, async () => {
    const all = join(dir, 'all.json');
    if (!existsSync(all)) await run(false, '--db', join(dir, 'big.sqlite'), 'export', '--format', 'json', '--out', all);
    const cancelled = await run(true, '--db', join(dir, 'empty.sqlite'), 'import', all);
    expect(cancelled).toMatchObject({ code: 1, err: 'The import was cancelled; nothing was written.' });
    expect((await run(false, '--db', join(dir, 'empty.sqlite'), 'clients', 'list')).out).toMatch(/No clients yet/);
  });

  it('words progress with and without a total', () => {
    expect(progressLine('Importing', { done: 12_345, total: 50_000, phase: 'writing' })).toBe('Importing, writing: 12,345 of 50,000 (24%)… (Ctrl+C cancels)');
    expect(progressLine('Checking', { done: 2_000, total: null, phase: 'reading' })).toBe('Checking, reading: 2,000… (Ctrl+C cancels)');
  });
});
