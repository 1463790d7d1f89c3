import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../scripts/cli/run.ts';

/**
 * The `askafter` command in-process on a database file of its own for each test (removed after):
 * `run(...argv)` gives its exit code and what it printed; `file()` is the database's path.
 */
export function cliOnFreshDatabase(prefix: string) {
  let dir = '';
  let file = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    file = join(dir, 'cli.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--db', file, ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  return { run, file: () => file };
}
