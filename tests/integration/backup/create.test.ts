import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupBefore, createBackup } from '../../../db/backup/create.ts';
import { backupIfDue } from '../../../db/backup/daily.ts';
import { fixedClock, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { addClients, countIn, dump, peek } from './helpers.ts';

describe('taking backups', () => {
  let store: TempStore;
  beforeEach(async () => {
    store = await tempStore();
  });
  afterEach(() => store.dispose());

  const backupsDir = () => join(store.dir, 'backups');

  it('writes a self-describing, self-contained file in backups/ beside the database that holds exactly the live data', async () => {
    addClients(store, 20);
    const made = await createBackup(store, 'manual', { clock: fixedClock('2026-11-25T09:30:00.789Z') });
    expect(made).toMatchObject({ file: join(backupsDir(), 'askafter-2026-11-25T09-30-00Z-manual.sqlite'), takenAt: '2026-11-25T09:30:00.000Z', reason: 'manual' });
    expect(made.bytes).toBeGreaterThan(0);
    expect(readdirSync(backupsDir())).toEqual(['askafter-2026-11-25T09-30-00Z-manual.sqlite']);
    expect(peek(made.file, (db) => dump(db))).toEqual(dump(store.sqlite));
    expect(peek(made.file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('delete');
  });

  it('takes a consistent snapshot while writes continue', async () => {
    addClients(store, 1500);
    let written = 0;
    let done = false;
    const keepWriting = () => {
      if (done) return;
      addClients(store, 1, 100_000 + written++);
      setImmediate(keepWriting);
    };
    setImmediate(keepWriting);
    const made = await createBackup(store).finally(() => {
      done = true;
    });
    expect(written).toBeGreaterThan(0);
    const snapshot = peek(made.file, (db) => ({
      integrity: db.pragma('integrity_check', { simple: true }),
      clients: (db.prepare('select count(*) as n from clients').get() as { n: number }).n,
      orphans: db.prepare("select count(*) as n from clients c where not exists (select 1 from roles r where r.client_id = c.id) or not exists (select 1 from visits v where v.client_id = c.id)").get(),
    }));
    expect(snapshot.integrity).toBe('ok');
    expect(snapshot.orphans).toEqual({ n: 0 });
    expect(snapshot.clients).toBeGreaterThanOrEqual(1500);
    expect(snapshot.clients).toBeLessThanOrEqual(1500 + written);
  });

  it('goes to the folder in the backupFolder setting, relative to the database, unless --dir overrides it', async () => {
    store.sqlite.prepare("insert into settings (key, value) values ('backupFolder', ?)").run(JSON.stringify('synced/askafter'));
    const fromSetting = await createBackup(store);
    expect(fromSetting.file.startsWith(join(store.dir, 'synced', 'askafter'))).toBe(true);
    const override = join(store.dir, 'usb-stick');
    const fromFlag = await createBackup(store, 'manual', { dir: override });
    expect(fromFlag.file.startsWith(override)).toBe(true);
  });

  it('gives two backups in the same second different names', async () => {
    const clock = fixedClock('2026-11-25T09:30:00.000Z');
    const [a, b] = await Promise.all([createBackup(store, 'manual', { clock }), createBackup(store, 'manual', { clock })]);
    expect(a.file).not.toBe(b.file);
    expect(readdirSync(backupsDir()).sort()).toEqual(['askafter-2026-11-25T09-30-00Z-manual-2.sqlite', 'askafter-2026-11-25T09-30-00Z-manual.sqlite']);
  });

  it('prunes old backups after each new one, keeping pre-migration ones', async () => {
    const clock = fixedClock('2026-01-05T10:00:00.000Z');
    const first = await createBackup(store, 'pre-migration', { clock });
    clock.set('2026-01-05T11:00:00.000Z');
    const second = await createBackup(store, 'manual', { clock });
    clock.set('2026-03-01T09:00:00.000Z');
    for (let i = 0; i < 5; i++) {
      await createBackup(store, 'manual', { clock });
      clock.advance(60_000);
    }
    expect(existsSync(first.file)).toBe(true);
    expect(existsSync(second.file)).toBe(false);
    expect(readdirSync(backupsDir())).toHaveLength(6);
  });

  it('leaves files in the folder that are not its backups alone', async () => {
    const clock = fixedClock('2026-03-01T09:00:00.000Z');
    const foreign = join(backupsDir(), 'askafter-2020-01-01T00-00-00Z-weekly.sqlite');
    await createBackup(store, 'manual', { clock });
    writeFileSync(foreign, 'mine');
    for (let i = 0; i < 6; i++) await createBackup(store, 'manual', { clock });
    expect(existsSync(foreign)).toBe(true);
  });

  it('refuses to back up from inside a transaction, where it would capture what the transaction wrote', async () => {
    let attempt: Promise<unknown> | undefined;
    store.sqlite.transaction(() => {
      attempt = backupBefore(store, 'pre-import');
    })();
    await expect(attempt).rejects.toThrow(/before the transaction starts/);
  });

  it('backupBefore names the backup after what is about to happen', async () => {
    addClients(store, 2);
    const made = await backupBefore(store, 'pre-import');
    expect(made?.file).toMatch(/-pre-import\.sqlite$/);
    expect(countIn(made!.file, 'clients')).toBe(2);
  });

  it('takes a daily backup at start only when the newest is over a day old', async () => {
    const clock = fixedClock('2026-11-25T09:00:00.000Z');
    expect((await backupIfDue(store, { clock }))?.reason).toBe('daily');
    clock.advance(23 * 3_600_000);
    expect(await backupIfDue(store, { clock })).toBeUndefined();
    await createBackup(store, 'manual', { clock });
    clock.advance(23 * 3_600_000);
    expect(await backupIfDue(store, { clock })).toBeUndefined();
    clock.advance(2 * 3_600_000);
    expect((await backupIfDue(store, { clock }))?.file).toMatch(/askafter-2026-11-27T09-00-00Z-daily\.sqlite$/);
  });

  it('says clearly when the backup folder cannot be written, and changes nothing', async () => {
    const blocker = join(store.dir, 'not-a-folder');
    writeFileSync(blocker, '');
    await expect(createBackup(store, 'manual', { dir: blocker })).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/could not be written to .*not-a-folder.*Your data is unchanged/) });
  });
});
