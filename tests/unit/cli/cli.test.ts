import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../scripts/cli/run.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('the askafter CLI', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-cli-'));
    db = join(dir, 'cli.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const c = capture();
    const code = await runCli(['--db', db, ...argv], c.io, {});
    return { code, out: c.out.join('\n'), err: c.err.join('\n') };
  };

  it('adds clients and lists them as a table and as JSON', async () => {
    expect((await run('clients', 'add', 'Smith', 'Dental')).out).toMatch(/Added client 1: Smith Dental \(business\)/);
    await run('clients', 'add', 'The Patels', '--kind', 'household');
    const listed = await run('clients', 'list');
    expect(listed.out.split('\n')).toEqual(['ID  NAME          KIND', '1   Smith Dental  business', '2   The Patels    household']);
    const json = JSON.parse((await run('clients', 'list', '--json')).out);
    expect(json.map((c: { name: string }) => c.name)).toEqual(['Smith Dental', 'The Patels']);
  });

  it('explains bad input and exits non-zero without writing', async () => {
    const bad = await run('clients', 'add', 'X', '--kind', 'shop');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Kind must be "business" or "household"/);
    expect((await run('clients', 'list')).out).toMatch(/No clients yet/);
  });

  it('prints usage for an unknown command', async () => {
    const res = await run('frobnicate');
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/Unknown command "frobnicate"/);
    expect(res.err).toMatch(/askafter clients list/);
  });

  it('uses ASKAFTER_DB when no --db is given', async () => {
    const c = capture();
    await runCli(['clients', 'add', 'Env Co'], c.io, { ASKAFTER_DB: db });
    expect((await run('clients', 'list')).out).toContain('Env Co');
  });
});
