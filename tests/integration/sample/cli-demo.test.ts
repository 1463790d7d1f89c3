import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/run.ts';

describe('askafter demo', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-demo-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('fills a new database with the sample data, then refuses to add it again', async () => {
    const db = join(dir, 'demo.sqlite');
    const first = await run('demo', '--size', 'sample', '--now', '2026-11-25T09:00:00Z', '--db', db);
    expect(first).toMatchObject({ code: 0, out: expect.stringMatching(/^Added sample data \(sample\): 40 clients, 200 people, 480 life events, \d+ visits, in [\d.]+ s\.$/) });
    expect(JSON.parse((await run('--db', db, 'clients', 'list', '--all', '--json')).out)).toHaveLength(40);

    const again = await run('--db', db, 'demo', '--json');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already has clients or people/);
  });

  it('explains a wrong size or time', async () => {
    const db = join(dir, 'demo.sqlite');
    expect(await run('--db', db, 'demo', '--size', 'huge')).toMatchObject({ code: 2, err: expect.stringMatching(/"sample" or "large"/) });
    expect(await run('--db', db, 'demo', '--now', 'yesterday')).toMatchObject({ code: 2, err: expect.stringMatching(/--now must be a date and time/) });
    expect((await run('--help')).out).toMatch(/askafter demo \[--size sample\|large\]/);
  });
});
