import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type Database from 'better-sqlite3';
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
  { name: 'Trash', hash: '#/trash' },
] as const;

/**
 * The client with the most people and visits, and the person with the most life events: the
 * pages that grow with the data. Picked from the database, so any sample size has them.
 */
function busiestPages(sqlite: Database.Database): { name: string; hash: string }[] {
  const client = sqlite
    .prepare(
      `select c.id, (select count(*) from roles r where r.client_id = c.id) + (select count(*) from visits v where v.client_id = c.id) as size
       from clients c where c.deleted_at is null order by size desc, c.id limit 1`,
    )
    .get() as { id: number; size: number } | undefined;
  const person = sqlite
    .prepare(
      `select lp.person_id as id, count(*) as size from life_event_people lp join people p on p.id = lp.person_id
       where p.deleted_at is null group by lp.person_id order by size desc, lp.person_id limit 1`,
    )
    .get() as { id: number; size: number } | undefined;
  return [
    ...(client ? [{ name: `Client page (${client.size} people and visits)`, hash: `#/clients/${client.id}` }] : []),
    ...(person ? [{ name: `Person page (${person.size} life events)`, hash: `#/people/${person.id}` }] : []),
  ];
}

const QUIET_MS = 500;
const GIVE_UP_MS = 60_000;
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

declare global {
  interface Window {
    __lastChange?: number;
    __changes?: MutationObserver;
  }
}

/** `names`: only the screens whose names start with one of these (case aside); all when empty. */
export async function benchScreens(file: string, { runs = 5, names = [] as readonly string[] } = {}): Promise<ScreenTiming[]> {
  if (!existsSync(rendererDir)) throw new Error('The renderer is not built: run `npm run build` first (`npm run bench` does).');
  const store = await openStore({ file });
  const wanted = (name: string) => names.length === 0 || names.some((n) => name.toLowerCase().startsWith(n.toLowerCase()));
  const screens = [...SCREENS, ...busiestPages(store.sqlite)].filter((s) => wanted(s.name));
  const preview = await startPreviewServer({ call: createAppCaller(store), rendererDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Every change to the page moves the mark; a settled page is one whose mark stays put. Given
    // as text: tsx wraps named functions in a helper the page does not have. The observer is held
    // on the window, since one nothing refers to can be collected.
    await page.addInitScript({
      content: `window.__changes = new MutationObserver(() => { window.__lastChange = performance.now(); });
        window.__changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });`,
    });
    /**
     * Waits until the page has changed since `since` (a busy machine may take a while to start),
     * shows another screen than `leaving` (its main heading differs: while a screen's code loads,
     * the old one stays, and a quiet half second then is not the new screen settled) and then
     * stays still with nothing loading.
     */
    const settled = async (since = 0, leaving?: string) => {
      const started = Date.now();
      for (;;) {
        const [lastChange, now, heading] = await page.evaluate(() => [window.__lastChange ?? 0, performance.now(), document.querySelector('h1')?.textContent ?? ''] as const);
        const loading = await page.getByRole('status').filter({ hasText: /^Loading/ }).count();
        if (lastChange > since && now - lastChange >= QUIET_MS && loading === 0 && heading !== '' && heading !== leaving) return;
        if (Date.now() - started > GIVE_UP_MS) {
          await page.screenshot({ path: join(tmpdir(), 'askafter-bench-unsettled.png') });
          const why = [lastChange > since ? '' : 'nothing changed', loading > 0 ? `${loading} "Loading…" left` : '', heading === '' ? 'no heading' : heading === leaving ? `still on ${leaving}` : ''].filter(Boolean).join(', ');
          throw new Error(`The page at ${page.url()} did not settle within ${GIVE_UP_MS / 1000} s (${why || 'it kept changing'}); see ${join(tmpdir(), 'askafter-bench-unsettled.png')}.`);
        }
        await page.waitForTimeout(100);
      }
    };
    // Whoever starts the preview opens its one-time address; that browser gets the session.
    await page.goto(preview.launchUrl);
    await page.waitForURL((url) => url.pathname === '/');
    // Let the app finish starting: a hash router that starts on an empty hash sets its own, and
    // would overwrite an address given before it is up.
    await settled();
    const results: ScreenTiming[] = [];
    for (const screen of screens) {
      const times: number[] = [];
      let nodes = 0;
      for (let run = 0; run < runs; run++) {
        // A change of the hash alone keeps the app and its query cache: reload, so each run
        // reads the screen's data from the database as the first visit to it does.
        await page.goto(`${preview.url}#/settings`);
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: GIVE_UP_MS });
        await settled();
        const askedAt = await page.evaluate((hash) => {
          const at = performance.now();
          window.__lastChange = at;
          window.location.hash = hash;
          return at;
        }, screen.hash);
        await settled(askedAt, 'Settings');
        const lastChange = await page.evaluate(() => window.__lastChange ?? 0);
        times.push(lastChange - askedAt);
        nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
        if (process.env.BENCH_SHOTS) await page.screenshot({ path: `${process.env.BENCH_SHOTS}/${screen.name.replace(/\W+/g, '-')}-${run}.png` });
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
