import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scrambledDatabase } from './helpers.ts';
import { runCli } from '../../../scripts/cli/run.ts';

describe('askafter backup, backups, restore and check', () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-cli-backup-'));
    db = join(dir, 'askafter.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (argv: string[], env: NodeJS.ProcessEnv = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--db', db, ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('backs up, lists, and restores what was there at backup time', async () => {
    await run(['clients', 'add', 'Smith Dental']);
    const made = await run(['backup']);
    expect(made.code).toBe(0);
    const file = /Backed up to (.+-manual\.sqlite) \(/.exec(made.out)?.[1];
    expect(file).toContain(join(dir, 'backups'));

    await run(['clients', 'add', 'The Patels']);
    const listed = await run(['backups']);
    expect(listed.out).toMatch(/TAKEN +REASON +SIZE +CLIENTS +PEOPLE +VISITS +FILE/);
    expect(listed.out).toMatch(/manual +\d+ KB +1 +0 +0 +.*-manual\.sqlite/);

    const restored = await run(['restore', file!]);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/The database as it was before is saved as .*-pre-restore\.sqlite/);
    expect((await run(['clients', 'list'])).out).not.toContain('The Patels');
    const json = JSON.parse((await run(['backups', '--json'])).out);
    expect(json.backups.map((b: { reason: string }) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
  });

  it('puts backups in --dir, or in ASKAFTER_BACKUP_DIR', async () => {
    const flag = join(dir, 'flag');
    const env = join(dir, 'env');
    expect((await run(['backup', '--dir', flag])).code).toBe(0);
    expect((await run(['backup'], { ASKAFTER_BACKUP_DIR: env })).code).toBe(0);
    expect(readdirSync(flag)).toHaveLength(1);
    expect(readdirSync(env)).toHaveLength(1);
  });

  it('refuses to restore a garbage file and says so', async () => {
    await run(['clients', 'add', 'Smith Dental']);
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database');
    const res = await run(['restore', garbage]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/cannot be restored.*Nothing was changed/);
    expect((await run(['clients', 'list'])).out).toContain('Smith Dental');
    expect((await run(['restore'])).code).toBe(2);
  });

  it('checks the database, and on a damaged one names the backup to restore', async () => {
    await run(['clients', 'add', 'Smith Dental']);
    expect((await run(['check'])).out).toMatch(/integrity ok, foreign keys ok/);
    const backup = /Backed up to (\S+)/.exec((await run(['backup'])).out)?.[1];
    writeFileSync(db, scrambledDatabase(readFileSync(db)));
    const res = await run(['check']);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/could not read its database.*moved aside/);
    expect(res.err).toContain(`Restore it with: askafter restore "${backup}"`);
    expect((await run(['restore', backup!])).code).toBe(0);
    expect((await run(['clients', 'list'])).out).toContain('Smith Dental');
  });
});
