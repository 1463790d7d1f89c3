import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { openStore } from '../../db/connection.ts';
import { createAppCaller } from '../../db/handlers/caller.ts';
import { startPreviewServer } from '../web/server.ts';

/**
 * Screens in real Chromium on a database (the `large` sample in `npm run bench`): for each
 * screen, the time from asking for it in the running app (the address changes, as a click on
 * the sidebar does) to a settled page, the last change to the page before it stays still for
 * half a second. Each run starts from a freshly loaded app on Settings, so no data is cached.
 */

export interface ScreenTiming {
  readonly name: string;
  /** Milliseconds from asking for the screen to its last change, one per run. */
  readonly times: number[];
  /** Elements on the settled page, from the last run. */
  readonly nodes: number;
}

const SCREENS = [
  { name: 'Home', hash: '#/' },
  { name: 'People', hash: '#/people' },
  { name: 'Clients', hash: '#/clients' },
  { name: 'Follow-ups', hash: '#/follow-ups' },
  { name: 'Incidents', hash: '#/incidents' },
  { name: 'Know-how', hash: '#/know-how' },
] as const;

const QUIET_MS = 500;
const GIVE_UP_MS = 60_000;
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

declare global {
  interface Window {
    __lastChange?: number;
    __changes?: MutationObserver;
  }
}

export async function benchScreens(file: string, runs = 5): Promise<ScreenTiming[]> {
  if (!existsSync(rendererDir)) throw new Error('The renderer is not built: run `npm run build` first (`npm run bench` does).');
  const store = await openStore({ file });
  const preview = await startPreviewServer({ call: createAppCaller(store), rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Every change to the page moves the mark; a settled page is one whose mark stays put.
    // Every change to the page moves the mark; a settled page is one whose mark stays put. Given
    // as text: tsx wraps named functions in a helper the page does not have. The observer is held
    // on the window, since one nothing refers to can be collected.
    await page.addInitScript({
      content: `window.__changes = new MutationObserver(() => { window.__lastChange = performance.now(); });
        window.__changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });`,
    });
    /** Waits until the page has changed since `since` (a busy machine may take a while to start) and then stays still. */
    const settled = async (since = 0) => {
      const started = Date.now();
      for (;;) {
        const [lastChange, now] = await page.evaluate(() => [window.__lastChange ?? 0, performance.now()]);
        const loading = await page.getByRole('status').filter({ hasText: /^Loading/ }).count();
        if (lastChange > since && now - lastChange >= QUIET_MS && loading === 0) return;
        if (Date.now() - started > GIVE_UP_MS) throw new Error(`The page did not settle within ${GIVE_UP_MS / 1000} s.`);
        await page.waitForTimeout(100);
      }
    };
    // Whoever starts the preview opens its one-time address; that browser gets the session.
    await page.goto(preview.launchUrl);
    await page.waitForURL((url) => url.pathname === '/');
    const results: ScreenTiming[] = [];
    for (const screen of SCREENS) {
      const times: number[] = [];
      let nodes = 0;
      for (let run = 0; run < runs; run++) {
        await page.goto(`${preview.url}#/settings`);
        await settled();
        const askedAt = await page.evaluate((hash) => {
          const at = performance.now();
          window.__lastChange = at;
          window.location.hash = hash;
          return at;
        }, screen.hash);
        await settled(askedAt);
        const lastChange = await page.evaluate(() => window.__lastChange ?? 0);
        times.push(lastChange - askedAt);
        nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
      }
      results.push({ name: screen.name, times, nodes });
    }
    return results;
  } finally {
    await browser.close();
    await preview.close();
    store.close();
  }
}
