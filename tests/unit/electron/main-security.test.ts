import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ASYNC_CHANNEL_NAMES } from '../../../src/contract/async-channels.ts';
import { CHANNEL_NAMES } from '../../../src/contract/channel-names.ts';
import { createFakeElectron, type FakeElectron, declinedPassphrase } from './fake-electron.ts';

let fake: FakeElectron;
let dir: string;

async function start() {
  const { startApp } = await import('../../../electron/main.ts');
  await startApp();
}

const appUrl = 'app://askafter/index.html';

describe('the Electron main process', () => {
  // The first import transforms the whole main process: give it room on a busy machine.
  beforeAll(async () => {
    vi.doMock('electron', () => createFakeElectron().module);
    await import('../../../electron/main.ts');
  }, 180_000);
  beforeEach(() => {
    vi.resetModules();
    fake = createFakeElectron();
    vi.doMock('electron', () => fake.module);
    dir = mkdtempSync(join(tmpdir(), 'askafter-main-'));
    process.env.ASKAFTER_DB = join(dir, 'askafter.sqlite');
    declinedPassphrase(dir);
    delete process.env.ELECTRON_RENDERER_URL;
  });
  afterEach(() => {
    fake.app.emit('will-quit');
    delete process.env.ASKAFTER_DB;
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens one window with isolation, sandbox and no node in the page', async () => {
    await start();
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(String(prefs.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(fake.windows[0]!.loadURL).toHaveBeenCalledWith(appUrl);
    expect(fake.windows[0]!.loadFile).not.toHaveBeenCalled();
  });

  it('quits at once when another instance already holds the lock', async () => {
    fake.app.gotLock = false;
    await start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('blocks navigation and redirects away from the app, webviews and new windows', async () => {
    await start();
    const contents = fake.windows[0]!.webContents;
    const navigate = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigate, 'https://example.com/phish');
    expect(navigate.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect, 'http://127.0.0.1:9/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const own = { preventDefault: vi.fn() };
    contents.emit('will-navigate', own, `${appUrl}#/clients`);
    expect(own.preventDefault).not.toHaveBeenCalled();
    // A phone number or e-mail link goes to the system's phone or mail app; the page stays, and nothing else is opened.
    for (const url of ['tel:+447700900123', 'mailto:sue@example.com', 'https://example.com/phish', 'file:///etc/passwd']) contents.emit('will-navigate', { preventDefault: vi.fn() }, url);
    expect(fake.module.shell.openExternal.mock.calls).toEqual([['tel:+447700900123'], ['mailto:sue@example.com']]);
  });

  it('denies every permission request and check', async () => {
    await start();
    const callback = vi.fn();
    fake.permissionHandlers.request?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionHandlers.check?.({}, 'geolocation')).toBe(false);
  });

  it('cancels any request to the network', async () => {
    await start();
    const decide = (url: string) => {
      let cancelled: boolean | undefined;
      fake.requestFilter.handler?.({ url }, (r) => (cancelled = r.cancel));
      return cancelled;
    };
    expect(decide('https://fonts.googleapis.com/css')).toBe(true);
    expect(decide(appUrl)).toBe(false);
    // No blanket file: allowance: the page cannot read the disk by URL.
    expect(decide(pathToFileURL(join(process.cwd(), 'package.json')).href)).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('binds every channel, answers the app page and refuses other frames', async () => {
    await start();
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNEL_NAMES, ...ASYNC_CHANNEL_NAMES].sort());
    const create = fake.handlers.get('clients:create')!;
    const fromApp = { senderFrame: { url: appUrl } };
    expect(await create(fromApp, { name: 'Smith Dental' })).toMatchObject({ ok: true, value: { name: 'Smith Dental' } });
    expect(await create({ senderFrame: { url: 'https://evil.example/' } }, { name: 'Injected' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await fake.handlers.get('clients:list')!(fromApp, undefined)).toMatchObject({ ok: true, value: [{ name: 'Smith Dental' }] });
  });

  it('validates input in main before any handler runs', async () => {
    await start();
    const result = await fake.handlers.get('clients:create')!({ senderFrame: { url: appUrl } }, { name: '' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('Give the client a name') } });
  });
});
