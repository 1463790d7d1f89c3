import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../db/connection.ts';
import { createDispatcher } from '../../../db/handlers/index.ts';
import { createFakeElectron, type FakeElectron, declinedPassphrase } from './fake-electron.ts';

let fake: FakeElectron;
let dir: string;
let file: string;
const fromApp = { senderFrame: { url: 'app://askafter/index.html' } };
const argv = process.argv;

async function start() {
  const { startApp } = await import('../../../electron/main.ts');
  await startApp();
}

/** Stops the app the way quitting does: timers cleared, shortcuts released, database closed. */
function quit() {
  fake.app.emit('before-quit');
  fake.app.emit('will-quit');
}

/** A database holding a planned visit to Smith Dental `minutesAhead` from now, with Sue's news. */
async function seedVisit(minutesAhead: number) {
  const store = await openStore({ file });
  const call = createDispatcher(store);
  const value = (channel: string, input: unknown) => {
    const result = call(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: number };
  };
  const client = value('clients:create', { name: 'Smith Dental' });
  const sue = value('people:create', { givenName: 'Sue', familyName: 'Baker' });
  value('roles:create', { personId: sue.id, clientId: client.id, role: 'owner' });
  const today = new Date().toISOString().slice(0, 10);
  value('events:create', { typeKey: 'death', title: 'Husband Mike died', date: today, precision: 'day', ongoing: false, personIds: [sue.id], clientId: null });
  const startsAt = new Date(Math.ceil((Date.now() + minutesAhead * 60_000) / 60_000) * 60_000).toISOString();
  value('visits:create', { clientId: client.id, startsAt, expectedPersonIds: [sue.id] });
  value('shellSettings:save', { reminders: { quietHours: { enabled: false, start: '21:00', end: '07:00' }, morningSummary: false } });
  store.close();
}

const menuItem = (label: string) => {
  const template = (fake.module.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: { submenu?: { label?: string; click?: () => unknown }[] }[] }).template;
  const item = template.flatMap((m) => m.submenu ?? []).find((i) => i.label === label);
  if (!item?.click) throw new Error(`no menu item ${label}`);
  return item.click;
};
const trayItem = (label: string) => {
  const menu = fake.trays.at(-1)!.menu as { template: { label?: string; click?: () => void }[] };
  return menu.template.find((i) => i.label?.includes(label));
};
const mainWindow = () => fake.windows[0]!;
const lastLoaded = () => String(mainWindow().loadURL.mock.calls.at(-1)?.[0]);

describe('the desktop shell', () => {
  beforeAll(async () => {
    vi.doMock('electron', () => createFakeElectron().module);
    await import('../../../electron/main.ts');
  }, 180_000);

  beforeEach(() => {
    vi.resetModules();
    fake = createFakeElectron();
    vi.doMock('electron', () => fake.module);
    dir = mkdtempSync(join(tmpdir(), 'askafter-shell-'));
    file = join(dir, 'askafter.sqlite');
    process.env.ASKAFTER_DB = file;
    declinedPassphrase(dir);
    process.env.XDG_CONFIG_HOME = join(dir, 'config');
  });
  afterEach(() => {
    quit();
    process.argv = argv;
    delete process.env.ASKAFTER_DB;
    delete process.env.XDG_CONFIG_HOME;
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the page on app://askafter with its CSP, and nothing outside the renderer folder', async () => {
    await start();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const handle = fake.protocolHandlers.get('app')!;
    const outside = await handle(new Request('app://askafter/%2e%2e/%2e%2e/package.json'));
    expect(outside.status).toBe(404);
    expect((await handle(new Request('app://askafter/index.html', { method: 'POST' }))).status).toBe(405);
  });

  it('reminds before a visit once, with the grief item kept out of the title, and a click opens the briefing', async () => {
    await seedVisit(30);
    await start();
    expect(fake.notifications).toHaveLength(1);
    const [n] = fake.notifications;
    expect(n!.shown).toBe(true);
    expect(n!.options.title).toMatch(/^\d\d:\d\d visit: Smith Dental$/);
    expect(n!.options.body).toContain('Mike');
    n!.events.emit('click');
    expect(lastLoaded()).toBe('app://askafter/index.html#/visits/1/briefing');
    expect(mainWindow().show).toHaveBeenCalled();

    // Waking from sleep asks again: nothing new.
    fake.powerMonitor.emit('resume');
    expect(fake.notifications).toHaveLength(1);

    // A restart: the database remembers it was shown.
    quit();
    vi.resetModules();
    fake = createFakeElectron();
    vi.doMock('electron', () => fake.module);
    await start();
    expect(fake.notifications).toHaveLength(0);
  });

  it('shows nothing when notifications are not supported, and keeps it for later', async () => {
    await seedVisit(30);
    fake.module.Notification.isSupported.mockReturnValue(false);
    await start();
    expect(fake.notifications).toHaveLength(0);
    fake.module.Notification.isSupported.mockReturnValue(true);
    fake.powerMonitor.emit('unlock-screen');
    expect(fake.notifications).toHaveLength(1);
  });

  it.runIf(process.platform !== 'darwin')('keeps running in the tray when the window is closed, until Quit', async () => {
    await seedVisit(120);
    await start();
    expect(fake.trays).toHaveLength(1);
    expect(trayItem('Smith Dental')).toBeDefined();
    expect(trayItem('Quick note…')).toBeDefined();
    const close = { preventDefault: vi.fn() };
    mainWindow().events.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    expect(mainWindow().hide).toHaveBeenCalled();
    fake.app.emit('window-all-closed');
    expect(fake.app.quit).not.toHaveBeenCalled();

    trayItem('Open Ask After')!.click!();
    expect(mainWindow().show).toHaveBeenCalled();
    trayItem('Quit Ask After')!.click!();
    expect(fake.app.quit).toHaveBeenCalled();
    fake.app.emit('before-quit');
    const closing = { preventDefault: vi.fn() };
    mainWindow().events.emit('close', closing);
    expect(closing.preventDefault).not.toHaveBeenCalled();
  });

  it('turning "keep running" off removes the tray, and closing the window quits', async () => {
    await start();
    const saved = (await fake.handlers.get('shellSettings:save')!(fromApp, { keepRunningInTray: false })) as { ok: boolean; value: { keepRunningInTray: boolean } };
    expect(saved).toMatchObject({ ok: true, value: { keepRunningInTray: false } });
    expect(fake.trays[0]!.destroyed).toBe(true);
    const close = { preventDefault: vi.fn() };
    mainWindow().events.emit('close', close);
    expect(close.preventDefault).not.toHaveBeenCalled();
    fake.app.emit('window-all-closed');
    if (process.platform !== 'darwin') expect(fake.app.quit).toHaveBeenCalled();
  });

  it('the global shortcut opens the quick-capture window on its route, and puts it away again', async () => {
    await start();
    const press = fake.shortcuts.get('CommandOrControl+Shift+Space')!;
    press();
    const capture = fake.windows[1]!;
    expect(capture.loadURL).toHaveBeenCalledWith('app://askafter/index.html#/capture');
    expect(capture.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(capture.show).toHaveBeenCalled();
    press();
    expect(capture.hide).toHaveBeenCalled();
    capture.events.emit('blur');
    press();
    expect(capture.isVisible()).toBe(true);
    capture.events.emit('blur');
    expect(capture.isVisible()).toBe(false);
    quit();
    expect(fake.shortcuts.size).toBe(0);
  });

  it('says in settings when the shortcut is taken by another app, and binds a new one when changed', async () => {
    fake.takenShortcuts.add('CommandOrControl+Shift+Space');
    await start();
    const get = (await fake.handlers.get('shellSettings:get')!(fromApp, {})) as { value: { shortcutProblem: string | null } };
    expect(get.value.shortcutProblem).toBe('CommandOrControl+Shift+Space is taken by another app. Choose another shortcut, or use "Quick note…" in the tray.');
    const saved = (await fake.handlers.get('shellSettings:save')!(fromApp, { quickCaptureShortcut: 'Alt+Shift+Q' })) as { value: { shortcutProblem: string | null } };
    expect(saved.value.shortcutProblem).toBeNull();
    expect(fake.shortcuts.has('Alt+Shift+Q')).toBe(true);
    const bad = (await fake.handlers.get('shellSettings:save')!(fromApp, { quickCaptureShortcut: 'Q' })) as { ok: boolean; error: { message: string } };
    expect(bad.ok).toBe(false);
    expect(bad.error.message).toContain('modifiers and a key joined by +');
    expect(fake.shortcuts.has('Alt+Shift+Q')).toBe(true);
  });

  it('Save briefing as PDF writes the page printed on A4 to the file chosen, and asks for a briefing first elsewhere', async () => {
    await start();
    await menuItem('Save briefing as PDF…')();
    expect(fake.module.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'Open a briefing first' }));
    mainWindow().webContents.url = 'app://askafter/index.html#/visits/1/briefing';
    const target = join(dir, 'briefing.pdf');
    fake.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await menuItem('Save briefing as PDF…')();
    expect(mainWindow().webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('has the app menu items: back up now makes a backup and says where', async () => {
    await start();
    const before = readdirSync(join(dir, 'backups')).length;
    await menuItem('Back up now')();
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(before + 1);
    expect(fake.module.dialog.showMessageBox).toHaveBeenLastCalledWith(expect.objectContaining({ message: 'Backed up', detail: expect.stringContaining(join(dir, 'backups')) }));
    menuItem('Keyboard shortcuts')();
    expect(lastLoaded()).toBe('app://askafter/index.html#/?help=shortcuts');
    menuItem('Export…')();
    expect(lastLoaded()).toBe('app://askafter/index.html#/data');
  });

  it('a .vcf given on the command line, by a second launch or by macOS goes to the import preview', async () => {
    const card = join(dir, 'Sue Baker.vcf');
    writeFileSync(card, 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sue Baker\r\nEND:VCARD\r\n');
    process.argv = [...argv.slice(0, 1), '--no-sandbox', card, join(dir, 'missing.ics'), join(dir, 'notes.txt')];
    await start();
    expect(lastLoaded()).toBe('app://askafter/index.html#/data?opened=1');
    const take = fake.handlers.get('openedFiles:take')!;
    const taken = (await take(fromApp, {})) as { value: { file: { fileName: string; base64: string } | null } };
    expect(taken.value.file?.fileName).toBe('Sue Baker.vcf');
    expect(Buffer.from(taken.value.file!.base64, 'base64').toString()).toContain('FN:Sue Baker');
    expect(((await take(fromApp, {})) as { value: { file: null } }).value.file).toBeNull();

    const calendar = join(dir, 'visits.ics');
    writeFileSync(calendar, 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    fake.app.emit('second-instance', {}, ['/opt/askafter/askafter', calendar]);
    expect(lastLoaded()).toBe('app://askafter/index.html#/data?opened=2');
    fake.app.emit('open-file', { preventDefault: vi.fn() }, card);
    expect(lastLoaded()).toBe('app://askafter/index.html#/data?opened=3');
    expect(((await take(fromApp, {})) as { value: { file: { fileName: string } } }).value.file.fileName).toBe('visits.ics');
    expect(((await take(fromApp, {})) as { value: { file: { fileName: string } } }).value.file.fileName).toBe('Sue Baker.vcf');
    // Another page cannot ask for the files.
    expect(await take({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('checks for the daily backup every hour while it stays open', async () => {
    const timers: [() => void, number][] = [];
    const real = globalThis.setInterval;
    const spy = vi.spyOn(globalThis, 'setInterval').mockImplementation(((callback: () => void, ms: number) => {
      timers.push([callback, ms]);
      return real(() => undefined, 1_000_000);
    }) as typeof setInterval);
    try {
      await start();
      const backups = join(dir, 'backups');
      const daily = () => readdirSync(backups).filter((n) => n.endsWith('-daily.sqlite'));
      expect(daily()).toHaveLength(1);
      // A day later, still open: the hourly check takes the next one.
      for (const name of readdirSync(backups)) rmSync(join(backups, name));
      const hourly = timers.find(([, ms]) => ms === 3_600_000)![0];
      hourly();
      await vi.waitFor(() => expect(daily()).toHaveLength(1), { timeout: 30_000 });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('start at login', () => {
  it('writes and removes an XDG autostart entry on Linux, uses the login item elsewhere, and does nothing in development', async () => {
    const { applyLoginItem } = await import('../../../electron/login-item.ts');
    const configHome = mkdtempSync(join(tmpdir(), 'askafter-autostart-'));
    const app = { setLoginItemSettings: vi.fn() };
    try {
      applyLoginItem({ enabled: true, platform: 'linux', packaged: true, app, executable: '/opt/Ask After/askafter', configHome });
      const entry = readFileSync(join(configHome, 'autostart/askafter.desktop'), 'utf8');
      expect(entry).toContain('Exec="/opt/Ask After/askafter" --hidden');
      applyLoginItem({ enabled: false, platform: 'linux', packaged: true, app, executable: '/opt/Ask After/askafter', configHome });
      expect(existsSync(join(configHome, 'autostart/askafter.desktop'))).toBe(false);
      applyLoginItem({ enabled: true, platform: 'win32', packaged: true, app, executable: 'C:\\askafter.exe', configHome });
      expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, openAsHidden: true, args: ['--hidden'] });
      mkdirSync(join(configHome, 'x'));
      expect(applyLoginItem({ enabled: true, platform: 'darwin', packaged: false, app, executable: 'x', configHome })).toBe('skipped');
    } finally {
      rmSync(configHome, { recursive: true, force: true });
    }
  });
});
