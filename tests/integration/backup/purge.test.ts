import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../db/backup/create.ts';
import { openStore, type Store } from '../../../db/connection.ts';
import { createAppCaller } from '../../../db/handlers/caller.ts';
import { runCli } from '../../../scripts/cli/run.ts';
import { fixedClock } from '../../helpers/temp-store.ts';

const NAME = 'Zebedee Quillfeather';
const NOTE = 'Recovering from chemotherapy, prefers not to talk about it';

/** Every file left in the folder that still holds the forgotten person, found as grep -a would. */
const filesHolding = (folder: string, only: (name: string) => boolean = () => true) =>
  readdirSync(folder).filter((name) => {
    if (!only(name)) return false;
    const bytes = readFileSync(join(folder, name));
    return bytes.includes(Buffer.from('Quillfeather')) || bytes.includes(Buffer.from('chemotherapy'));
  });

describe('after forgetting someone, older backups can be deleted too', () => {
  let dir: string;
  let file: string;
  let store: Store | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-purge-'));
    file = join(dir, 'askafter.sqlite');
  });
  afterEach(() => {
    store?.close();
    store = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A person with a private note, in three backups over the last weeks (one kept before an upgrade). */
  async function personInBackups() {
    store = await openStore({ file });
    store.sqlite.prepare('insert into people (given_name, family_name, notes) values (?, ?, ?)').run('Zebedee', 'Quillfeather', NOTE);
    store.sqlite.prepare('insert into people (given_name, family_name) values (?, ?)').run('Sue', 'Baker');
    for (const [at, reason] of [
      ['2026-11-02T09:00:00Z', 'pre-migration'],
      ['2026-11-20T09:00:00Z', 'daily'],
      ['2026-12-01T09:00:00Z', 'manual'],
    ] as const) {
      await createBackup(store, reason, { clock: fixedClock(at) });
    }
    return store;
  }

  it('the handler table: forget, then purge keeps only a fresh backup, and no file in the folder holds them', async () => {
    const live = await personInBackups();
    const call = createAppCaller(live, fixedClock('2026-12-02T10:00:00Z'));
    const folder = join(dir, 'backups');
    expect(filesHolding(folder)).toHaveLength(3);

    expect(await call('people:forget', { id: 1, confirm: true })).toMatchObject({ ok: true, value: { name: NAME } });
    // Forgetting alone leaves them in every older backup: the reason for the offer.
    expect(filesHolding(folder)).toHaveLength(3);

    expect(await call('backups:purgeOlder', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(readdirSync(folder)).toHaveLength(3);
    const purged = await call('backups:purgeOlder', { confirm: true });
    expect(purged).toMatchObject({ ok: true, value: { deleted: 3, kept: { reason: 'after-forget', takenAt: '2026-12-02T10:00:00.000Z', counts: { people: 1 } } } });
    expect(readdirSync(folder)).toEqual(['askafter-2026-12-02T10-00-00Z-after-forget.sqlite']);
    expect(filesHolding(folder)).toEqual([]);
    expect(filesHolding(dir, (name) => name.startsWith('askafter.sqlite'))).toEqual([]);
  });

  it('words rewritten before forgetting, and a person emptied from the trash, are in no page of the database file or its WAL', async () => {
    store = await openStore({ file });
    const call = createAppCaller(store, fixedClock('2026-12-02T10:00:00Z'));
    const live = () => filesHolding(dir, (name) => name.startsWith('askafter.sqlite'));
    const zeb = await call('people:create', { givenName: 'Zebedee', familyName: 'Quillfeather', notes: NOTE });
    const sue = await call('people:create', { givenName: 'Sue', familyName: 'Baker', notes: 'Zebedee Quillfeather is her neighbour' });
    if (!zeb.ok || !sue.ok) throw new Error('could not add the people');
    const zebId = (zeb.value as { id: number }).id;
    const sueId = (sue.value as { id: number }).id;
    // The private note is rewritten, then Sue's mention of them is edited out by hand, as the forget outcome asks.
    expect(await call('people:update', { id: zebId, notes: 'Doing well' })).toMatchObject({ ok: true });
    expect(await call('people:forget', { id: zebId, confirm: true })).toMatchObject({ ok: true });
    expect(await call('people:update', { id: sueId, notes: 'Her neighbour moved away' })).toMatchObject({ ok: true });
    expect(await call('backups:purgeOlder', { confirm: true })).toMatchObject({ ok: true });
    expect(live()).toEqual([]);
    expect(filesHolding(join(dir, 'backups'))).toEqual([]);
    // Search still finds what is there.
    expect(await call('search:query', { q: 'neighbour' })).toMatchObject({ ok: true, value: [expect.objectContaining({ kind: 'person', id: sueId })] });

    const again = await call('people:create', { givenName: 'Zebedee', familyName: 'Quillfeather', notes: NOTE });
    if (!again.ok) throw new Error('could not add them again');
    expect(await call('people:delete', { id: (again.value as { id: number }).id })).toMatchObject({ ok: true });
    expect(live()).not.toEqual([]);
    expect(await call('trash:empty', { confirm: true })).toMatchObject({ ok: true, value: { deleted: 1 } });
    expect(live()).toEqual([]);
  });

  it('the CLI: forget-person --yes --purge-backups, and a hint to do it later when not asked', async () => {
    (await personInBackups()).close();
    store = undefined;
    const folder = join(dir, 'backups');
    const run = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['--db', file, ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) }, {});
      return { code, out: out.join('\n'), err: err.join('\n') };
    };

    expect((await run('forget-person', '1')).err).toMatch(/older backups still hold them \(add --purge-backups to delete those/);
    const forgot = await run('forget-person', '1', '--yes', '--purge-backups');
    expect(forgot).toMatchObject({ code: 0, err: '' });
    expect(forgot.out).toMatch(/^Forgot Zebedee Quillfeather, .*\nDeleted 3 older backups that still held them; kept a fresh backup made just now \(.*-after-forget\.sqlite\)\.$/s);
    expect(readdirSync(folder)).toHaveLength(1);
    expect(filesHolding(folder)).toEqual([]);

    const later = await run('forget-person', '2', '--yes');
    expect(later.out).toMatch(/\n1 older backup \(from .* UTC\) still holds them\. To delete those, keeping one fresh backup: askafter backups --purge-older --yes$/);
    expect(await run('backups', '--purge-older')).toMatchObject({ code: 2, err: expect.stringMatching(/^This deletes 1 backup taken from .* To go ahead: askafter backups --purge-older --yes$/) });
    expect(await run('backups', '--purge-older', '--yes')).toMatchObject({ code: 0, out: expect.stringMatching(/^Deleted 1 older backup; kept a fresh backup made just now/) });
  });
});
