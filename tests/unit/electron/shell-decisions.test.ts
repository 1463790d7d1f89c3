import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appProtocolHandler, resolveAppPath } from '../../../electron/app-protocol.ts';
import { appUrlMatcher } from '../../../electron/app-url.ts';
import { pickOpenPaths } from '../../../electron/opened-files.ts';
import { pdfFileName } from '../../../electron/pdf.ts';
import { toggleCapture } from '../../../electron/quick-capture.ts';
import { shouldHideOnClose, trayMenuTemplate } from '../../../electron/tray.ts';

const root = '/opt/askafter/out/renderer';

describe('resolveAppPath', () => {
  it('serves files under the renderer root, and routes without an extension get index.html', () => {
    expect(resolveAppPath(root, 'app://askafter/index.html')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://askafter/assets/index-3f2a.js')).toBe(`${root}/assets/index-3f2a.js`);
    expect(resolveAppPath(root, 'app://askafter/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://askafter/clients/12')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://askafter/assets/a%20b.css')).toBe(`${root}/assets/a b.css`);
  });

  it.each([
    'app://askafter/../../etc/passwd',
    'app://askafter/%2e%2e/%2e%2e/etc/passwd',
    'app://askafter/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://askafter/assets/..%2f..%2f..%2fpackage.json',
    'app://askafter/..%5c..%5cwindows%5cwin.ini',
    'app://askafter//etc/passwd.txt/../../../../etc/passwd',
    'app://askafter/%00.js',
    'app://askafter/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://askafter/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    const resolved = resolveAppPath(root, url);
    if (resolved !== undefined) expect(resolved.startsWith(`${root}/`)).toBe(true);
    expect(resolved === undefined || !resolved.includes('passwd')).toBe(true);
  });

  it('is not fooled by a sibling folder that starts with the root name', () => {
    expect(resolveAppPath(root, 'app://askafter/..%2frenderer-evil%2fx.js')).toBeUndefined();
  });
});

describe('the app:// handler', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'askafter-protocol-'));
    mkdirSync(join(dir, 'renderer/assets'), { recursive: true });
    writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><title>Ask After</title>');
    writeFileSync(join(dir, 'renderer/assets/app.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'not for the page');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const handler = () => appProtocolHandler(join(dir, 'renderer'), async (url) => new Response(await readFile(fileURLToPath(url))));

  it('answers with the file and the CSP', async () => {
    const response = await handler()(new Request('app://askafter/assets/app.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await handler()(new Request('app://askafter/people/3'))).text()).toContain('<title>Ask After</title>');
  });

  it('gives 404 for a missing file or one outside the renderer, 405 for anything but GET', async () => {
    expect((await handler()(new Request('app://askafter/assets/nope.js'))).status).toBe(404);
    expect((await handler()(new Request('app://askafter/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handler()(new Request('app://askafter/index.html', { method: 'PUT', body: 'x' }))).status).toBe(405);
  });
});

describe('small shell decisions', () => {
  it('only our own origin is the app', () => {
    const isApp = appUrlMatcher(undefined);
    expect(isApp('app://askafter/index.html#/clients')).toBe(true);
    expect(isApp('app://evil/index.html')).toBe(false);
    expect(isApp('file:///opt/askafter/out/renderer/index.html')).toBe(false);
    expect(isApp('http://localhost:5173/')).toBe(false);
    expect(appUrlMatcher('http://localhost:5173')('http://localhost:5173/#/people')).toBe(true);
  });

  it('picks the .vcf and .ics files that exist from a command line', () => {
    const exists = (p: string) => !p.includes('missing');
    expect(pickOpenPaths(['/usr/lib/askafter/askafter', '--enable-features=X', '/home/sue/Sue.VCF', '/home/sue/missing.ics', '/home/sue/cal.ics', '/home/sue/notes.txt', '.'], exists)).toEqual(['/home/sue/Sue.VCF', '/home/sue/cal.ics']);
  });

  it('close hides only while the tray keeps the app running and it is not quitting', () => {
    expect(shouldHideOnClose({ quitting: false, keepRunning: true })).toBe(true);
    expect(shouldHideOnClose({ quitting: true, keepRunning: true })).toBe(false);
    expect(shouldHideOnClose({ quitting: false, keepRunning: false })).toBe(false);
  });

  it("the tray lists today's visits, and tomorrow's so an evening glance shows the morning", () => {
    const opened: number[] = [];
    const actions = { openVisit: (id: number) => opened.push(id), quickNote: () => {}, open: () => {}, quit: () => {} };
    const labels = (today: { visitId: number; time: string; clientName: string }[], tomorrow: typeof today) =>
      trayMenuTemplate({ today, tomorrow }, actions).flatMap((i) => (i.type === 'separator' ? [] : [i.label]));
    const smith = { visitId: 7, time: '08:30', clientName: 'Smith Dental' };
    expect(labels([], [smith])).toEqual(['No visits today', 'Tomorrow', '08:30  Smith Dental', 'Quick note…', 'Open Ask After', 'Quit Ask After']);
    expect(labels([{ ...smith, visitId: 3, time: '16:00' }], [])).toEqual(['Today', '16:00  Smith Dental', 'Quick note…', 'Open Ask After', 'Quit Ask After']);
    const item = trayMenuTemplate({ today: [], tomorrow: [smith] }, actions).find((i) => i.label === '08:30  Smith Dental');
    (item?.click as () => void)();
    expect(opened).toEqual([7]);
  });

  it('the capture shortcut shows the window unless it is already in front', () => {
    expect(toggleCapture({ visible: false, focused: false })).toBe('show');
    expect(toggleCapture({ visible: true, focused: false })).toBe('show');
    expect(toggleCapture({ visible: true, focused: true })).toBe('hide');
  });

  it('names the PDF after the page and the day', () => {
    expect(pdfFileName('Briefing: Smith Dental — Ask After', '2026-06-02')).toBe('briefing-smith-dental-2026-06-02.pdf');
    expect(pdfFileName('Ask After', '2026-06-02')).toBe('briefing-2026-06-02.pdf');
  });
});
