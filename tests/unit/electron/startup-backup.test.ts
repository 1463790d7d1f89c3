import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../../db/backup/create.ts';
import { openStore } from '../../../db/connection.ts';
import { fixedClock } from '../../helpers/temp-store.ts';
import { scrambledDatabase } from '../../integration/backup/helpers.ts';

/** A damaged database: SQLite's header, then scribbles (a file that never was SQLite is refused untouched instead). */
const damaged = (bytes = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)])) => scrambledDatabase(bytes);
import { createFakeElectron, type FakeElectron, declinedPassphrase } from './fake-electron.ts';

let fake: FakeElectron;
let dir: string;
let file: string;

async function start() {
  const { startApp } = await import('../../../electron/main.ts');
  await startApp();
}

const backupNames = (folder = join(dir, 'backups')) => readdirSync(folder).sort();

/** A database with one client and a backup of it taken at `takenAt`. */
async function databaseWithBackup(takenAt: string) {
  const store = await openStore({ file });
  store.sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
  const backup = await createBackup(store, 'manual', { clock: fixedClock(takenAt) });
  store.close();
  return backup;
}

const clientNames = async () => {
  const listed = (await fake.handlers.get('clients:list')!({ senderFrame: { url: 'app://askafter/index.html' } }, undefined)) as { value: { name: string }[] };
  return listed.value.map((c) => c.name);
};

describe('backups and recovery at start-up', () => {
  // The first import transforms the whole main process: give it room on a busy machine.
  beforeAll(async () => {
    vi.doMock('electron', () => createFakeElectron().module);
    await import('../../../electron/main.ts');
  }, 180_000);
  beforeEach(() => {
    vi.resetModules();
    fake = createFakeElectron();
    vi.doMock('electron', () => fake.module);
    dir = mkdtempSync(join(tmpdir(), 'askafter-startup-'));
    file = join(dir, 'askafter.sqlite');
    process.env.ASKAFTER_DB = file;
    declinedPassphrase(dir);
    delete process.env.ASKAFTER_BACKUP_DIR;
  });
  afterEach(() => {
    fake.app.emit('will-quit');
    delete process.env.ASKAFTER_DB;
    delete process.env.ASKAFTER_BACKUP_DIR;
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a daily backup when the newest is over a day old', async () => {
    const old = await databaseWithBackup(new Date(Date.now() - 25 * 3_600_000).toISOString());
    await start();
    const names = backupNames();
    expect(names).toHaveLength(2);
    expect(names.filter((n) => n.endsWith('-daily.sqlite'))).toHaveLength(1);
    expect(names).toContain(old.file.split(/[/\\]/).pop());
  });

  it('takes none when there is a backup from within the last day', async () => {
    await databaseWithBackup(new Date(Date.now() - 3_600_000).toISOString());
    await start();
    expect(backupNames().filter((n) => n.endsWith('-daily.sqlite'))).toEqual([]);
  });

  it('uses ASKAFTER_BACKUP_DIR for the backup folder', async () => {
    process.env.ASKAFTER_BACKUP_DIR = join(dir, 'synced');
    await start();
    expect(backupNames(join(dir, 'synced'))).toHaveLength(1);
  });

  it('on an unreadable database, explains and offers the newest backup, and restores it when asked', async () => {
    await databaseWithBackup(new Date(Date.now() - 3_600_000).toISOString());
    const garbage = damaged(readFileSync(file));
    writeFileSync(file, garbage);

    await start();

    const asked = fake.module.dialog.showMessageBox.mock.calls[0]![0] as { message: string; detail: string; buttons: string[] };
    expect(asked.message).toBe('Ask After could not read its database');
    expect(asked.detail).toMatch(/moved aside, unchanged, to .*askafter\.sqlite\.corrupt-.*The newest good backup was taken/);
    expect(asked.buttons).toEqual(['Restore the newest backup', 'Start with an empty database', 'Quit']);
    const aside = readdirSync(dir).find((n) => /^askafter\.sqlite\.corrupt-[\dT-]+Z$/.test(n));
    expect(readFileSync(join(dir, aside!)).equals(garbage)).toBe(true);
    expect(fake.windows).toHaveLength(1);
    expect(await clientNames()).toEqual(['Smith Dental']);
  });

  it('with no backup to offer, starts empty if the user says so', async () => {
    writeFileSync(file, damaged());
    fake.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    await start();
    expect((fake.module.dialog.showMessageBox.mock.calls[0]![0] as { buttons: string[] }).buttons).toEqual(['Start with an empty database', 'Quit']);
    expect(await clientNames()).toEqual([]);
  });

  it('quits without touching anything more if the user says so', async () => {
    writeFileSync(file, damaged());
    fake.module.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    await start();
    expect(readdirSync(dir).filter((n) => n.startsWith('askafter.sqlite') && !n.includes('.corrupt-'))).toEqual([]);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });
});
