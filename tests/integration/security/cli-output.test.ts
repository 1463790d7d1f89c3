import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { runCli } from '../../../scripts/cli/run.ts';
import { printable } from '../../../scripts/cli/printable.ts';

describe('what the CLI prints', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-cli-out-'));
    db = join(dir, 'askafter.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--db', db, ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('strips control characters and escape sequences that reached the database another way', async () => {
    const store = await openStore({ file: db });
    store.sqlite.prepare("insert into clients (name, kind) values (?, 'business')").run('\u001b]0;pwned\u0007\u001b[2J\u001b[31mSmith\u0000 Dental\u202e');
    store.close();
    const listed = await run(['clients', 'list']);
    expect(listed.out).toContain('Smith Dental');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(listed.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('answers every failure with a sentence, never a stack trace', async () => {
    for (const argv of [['dashboard', '--now', '9999-12-31T23:59:59Z'], ['export', '--format', 'json', '--out', join(db, 'all.json')], ['export', '--format', 'json', '--out', '/proc/version']]) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).not.toBe(0);
      expect(result.err, argv.join(' ')).toMatch(/^[A-Z/].*\.$/m);
      expect(result.err, argv.join(' ')).not.toMatch(/\n\s+at |Error:/);
    }
  });

  it('keeps line breaks and tabs', () => {
    expect(printable('a\tb\nc\u001b[0m')).toBe('a\tb\nc');
  });
});
