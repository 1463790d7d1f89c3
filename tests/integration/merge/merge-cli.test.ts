import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { unwrap } from '../../../src/contract/result.ts';
import { runCli } from '../../../scripts/cli/run.ts';

describe('askafter duplicates, merge-people and merge-clients', () => {
  let dir: string;
  const db = () => join(dir, 'a.sqlite');
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-cli-merge-'));
    const store = await openStore({ file: db() });
    const call = createDispatcher(store);
    const value = <T,>(channel: string, input: unknown) => unwrap(call(channel, input)) as T;
    const shop = value<{ id: number }>('clients:create', { name: 'Reed Joinery', kind: 'business' }).id;
    value('clients:create', { name: 'Reed Joinery Ltd', kind: 'business', phone: '0113 496 0000' });
    value('people:create', { givenName: 'Sue', familyName: 'Reed', clientId: shop, notes: 'Takes sugar' });
    value('people:create', { givenName: 'Susan', familyName: 'Reed', clientId: shop, notes: 'Likes tea', email: 'sue@reed.example' });
    store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['--db', db(), ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, { ASKAFTER_BACKUP_DIR: join(dir, 'backups') });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const backups = () => {
    try {
      return readdirSync(join(dir, 'backups')).filter((f) => f.endsWith('-pre-merge.sqlite'));
    } catch {
      return [];
    }
  };

  it('lists likely duplicates with the command to compare them', async () => {
    const listed = await run('duplicates');
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/People that may be the same:\n[\s\S]*Sue Reed \(1\)\s+Susan Reed \(2\)\s+similar names at Reed Joinery\s+askafter merge-people 1 2/);
    expect(listed.out).toMatch(/Clients that may be the same:\n[\s\S]*Reed Joinery \(1\)\s+Reed Joinery Ltd \(2\)\s+same name\s+askafter merge-clients 1 2/);
  });

  it('sets a pair aside as not the same, says so in the list, and offers it again with --undo', async () => {
    expect(await run('not-the-same', 'client', '2', '1')).toMatchObject({ code: 0, out: 'Set aside: clients 1 and 2 are not suggested as duplicates any more.' });
    const listed = await run('duplicates');
    expect(listed.out).not.toMatch(/Clients that may be the same/);
    expect(listed.out).toMatch(/People that may be the same:/);
    expect(listed.out).toMatch(/1 pair is set aside as different/);
    expect(await run('not-the-same', 'clients', '1', '2')).toMatchObject({ code: 2, err: expect.stringMatching(/^Say whether they are people or clients/) });
    expect(await run('not-the-same', 'person', '1')).toMatchObject({ code: 2, err: expect.stringMatching(/^Give the two ids/) });
    expect(await run('not-the-same', 'person', '1', '9')).toMatchObject({ code: 1, err: expect.stringMatching(/Person 9 was not found/) });
    expect(await run('not-the-same', 'client', '1', '2', '--undo')).toMatchObject({ code: 0, out: 'Clients 1 and 2 may be suggested as duplicates again.' });
    expect((await run('duplicates')).out).toMatch(/Reed Joinery \(1\)\s+Reed Joinery Ltd \(2\)/);
  });

  it('shows both side by side and changes nothing without --yes; merges after a backup with it', async () => {
    const shown = await run('merge-people', '1', '2', '--take', 'notes=both');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/^Keep Sue Reed \(1\) and merge Susan Reed \(2\) into it:/);
    expect(shown.out).toMatch(/givenName\s+Sue\s+Susan\s+kept/);
    expect(shown.out).toMatch(/email\s+—\s+sue@reed\.example\s+merged/);
    expect(shown.out).toMatch(/notes\s+Takes sugar\s+Likes tea\s+both/);
    expect(shown.out).toMatch(/Roles at clients\s+1\s+1/);
    expect(shown.out).toMatch(/Nothing was merged yet\. .* To go ahead: askafter merge-people 1 2 --take notes=both --yes$/);
    expect(backups()).toEqual([]);

    const merged = await run('merge-people', '1', '2', '--take', 'notes=both', '--yes');
    expect(merged).toMatchObject({ code: 0, err: '' });
    expect(merged.out).toMatch(/^Merged Susan Reed \(2\) into Sue Reed \(1\); moved over: roles at clients 1\.\nDropped: 1 role both records had\.\nThe backup from just before is .*-pre-merge\.sqlite; to undo the merge, restore it/);
    expect(backups()).toHaveLength(1);
    expect((await run('duplicates')).out).not.toMatch(/People that may be the same/);
  });

  it('refuses bad requests in words, exit codes 1 and 2, and takes no backup', async () => {
    expect(await run('merge-people', '1')).toMatchObject({ code: 2, err: expect.stringMatching(/^Give two ids/) });
    expect(await run('merge-people', '1', '2', '--take', 'notes')).toMatchObject({ code: 2, err: expect.stringMatching(/--take reads FIELD=kept/) });
    expect(await run('merge-people', '1', '1', '--yes')).toMatchObject({ code: 1, err: expect.stringMatching(/same person twice/) });
    expect(await run('merge-clients', '1', '9', '--yes')).toMatchObject({ code: 1, err: expect.stringMatching(/Client 9 was not found/) });
    expect(await run('merge-people', '1', '2', '--take', 'age=kept', '--yes')).toMatchObject({ code: 2, err: expect.stringMatching(/^There is no field age to choose\. The fields are: givenName, familyName/) });
    expect(backups()).toEqual([]);
    expect(await run('merge-people', '1', '2', '--take', 'givenName=both', '--yes')).toMatchObject({ code: 1, err: 'First name cannot be taken as "both" here. Choose "kept" or "merged".' });
    expect((await run('duplicates')).out).toMatch(/Sue Reed \(1\)\s+Susan Reed \(2\)/);
  });
});
