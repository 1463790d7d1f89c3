import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { runCli } from '../../../scripts/cli/run.ts';

describe('askafter brief and dashboard', () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-brief-'));
    db = join(dir, 'brief.sqlite');
    const store = await openStore({ file: db });
    const call = createDispatcher(store, () => new Date('2026-11-25T08:00:00Z'));
    const value = <T>(r: { ok: boolean; value?: unknown }) => r.value as T;
    const client = value<{ id: number }>(call('clients:create', { name: 'Smith Dental' })).id;
    const ann = value<{ id: number }>(call('people:create', { givenName: 'Ann', familyName: 'Smith', clientId: client, role: 'owner', preferences: 'lemon drizzle cake' })).id;
    call('events:create', { typeKey: 'surgery', title: 'Knee operation', date: '2026-11-02', ongoing: true, personIds: [ann] });
    call('visits:create', { clientId: client, startsAt: '2026-11-27T09:30:00Z', expectedPersonIds: [ann] });
    store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--db', db, ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('prints the next visit’s briefing as readable text, care before small talk', async () => {
    const { code, out } = await run('brief', '--next', '--now', '2026-11-25T08:00:00Z', '--tz', 'Europe/London', '--locale', 'en-GB');
    expect(code).toBe(0);
    expect(out).toMatch(/^Visit to Smith Dental on 27 Nov 2026 at 09:30/);
    expect(out).toMatch(/Handle with care:\n {2}- .*operation.*\(.*2 Nov.*\)/);
    expect(out.indexOf('Handle with care')).toBeLessThan(out.indexOf('Small talk'));
    expect(out).toMatch(/lemon drizzle cake/);
  });

  it('prints JSON with --json and a clear error for a missing visit', async () => {
    const json = JSON.parse((await run('brief', '--visit', '1', '--json', '--tz', 'Europe/London')).out);
    expect(json.visitId).toBe(1);
    const missing = await run('brief', '--visit', '42');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Visit 42 was not found/);
  });

  it('prints the week at a glance', async () => {
    const { out } = await run('dashboard', '--now', '2026-11-25T08:00:00Z', '--tz', 'Europe/London', '--locale', 'en-GB');
    expect(out).toMatch(/^Today is 25 Nov 2026/);
    expect(out).toMatch(/This week:\n {2}Fri 27 Nov 09:30 {2}Smith Dental \(visit 1\)/);
  });

  it('writes dates and times in the locale asked for, as the app does', async () => {
    const { out } = await run('dashboard', '--now', '2026-11-25T08:00:00Z', '--tz', 'Europe/London', '--locale', 'en-US');
    expect(out).toMatch(/^Today is Nov 25, 2026/);
    expect(out).toMatch(/This week:\n {2}Fri, Nov 27 9:30\sAM {2}Smith Dental \(visit 1\)/);
    const bad = await run('dashboard', '--locale', 'xx-notalocale-really');
    expect(bad.code).not.toBe(0);
  });
});
