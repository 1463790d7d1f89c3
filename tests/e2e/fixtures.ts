import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore, type Store } from '../../db/connection.ts';
import { createAppCaller } from '../../db/handlers/caller.ts';
import { createDispatcher } from '../../db/handlers/index.ts';
import type { Channel, ChannelInput, ChannelOutput } from '../../src/contract/channels.ts';
import { startPreviewServer, type PreviewServer } from '../../scripts/web/server.ts';

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
export const screenshotDir = resolve(import.meta.dirname, '../artifacts/screenshots');

interface AppFixture {
  store: Store;
  preview: PreviewServer;
  /** Saves a full-page screenshot under tests/artifacts/screenshots/NAME.png. */
  snap(name: string): Promise<void>;
  /** Calls a channel on the server side, for setting up a test (throws on failure). */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C>;
}

/** Each test gets the real preview server over a fresh SQLite file with the real migrations. */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'askafter-e2e-'));
    const store = await openStore({ file: join(dir, 'askafter.sqlite') });
    const dispatch = createDispatcher(store);
    const preview = await startPreviewServer({ call: createAppCaller(store), rendererDir });
    const call = <C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> => {
      const result = dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
      return result.value as ChannelOutput<C>;
    };
    // Whoever starts the preview opens its one-time address; that browser gets the session.
    await page.goto(preview.launchUrl);
    await page.waitForURL((url) => url.pathname === '/');
    // Let the launched page finish loading its screen before a test navigates: Chromium can fail
    // a module a new page asks for while the old page's request for it is being aborted.
    await page.waitForLoadState('networkidle');
    mkdirSync(screenshotDir, { recursive: true });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(preview.url)) requests.push(request.url());
    });
    // Script errors and CSP violations show up here; a healthy page has none.
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await use({
      store,
      preview,
      snap: async (name) => {
        await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
      },
      call,
    });
    // Nothing may leave the machine: every request the page made went to our own server.
    expect(requests, 'requests to anywhere but the app itself').toEqual([]);
    expect(pageErrors, 'errors in the browser console').toEqual([]);
    await preview.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

const SCHEMES = ['light', 'dark'] as const;

/**
 * Runs axe-core on the page as it is now, in the light and the dark colour scheme: any
 * violation, of any impact, fails the test. The page is left in the scheme it was in. Each
 * check brings its own time: axe over a full page takes seconds on a busy machine.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  test.info().setTimeout(test.info().timeout + 30_000);
  const wasDark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
  const problems: string[] = [];
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    problems.push(...violations.map((v) => `${scheme}: ${v.id} (${v.impact ?? 'no impact given'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  }
  await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
  expect(problems, `accessibility problems on ${screen}`).toEqual([]);
}

export { expect };
