import { test as base, expect } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openStore, type Store } from '../../db/connection.ts';
import { createDispatcher } from '../../db/handlers/index.ts';
import { startPreviewServer, type PreviewServer } from '../../scripts/web/server.ts';

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
export const screenshotDir = resolve(import.meta.dirname, '../artifacts/screenshots');

interface AppFixture {
  store: Store;
  preview: PreviewServer;
  /** Saves a full-page screenshot under tests/artifacts/screenshots/NAME.png. */
  snap(name: string): Promise<void>;
}

/** Each test gets the real preview server over a fresh SQLite file with the real migrations. */
export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'askafter-e2e-'));
    const store = await openStore({ file: join(dir, 'askafter.sqlite') });
    const preview = await startPreviewServer({ dispatch: createDispatcher(store), rendererDir });
    mkdirSync(screenshotDir, { recursive: true });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(preview.url)) requests.push(request.url());
    });
    await use({
      store,
      preview,
      snap: async (name) => {
        await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
      },
    });
    // Nothing may leave the machine: every request the page made went to our own server.
    expect(requests, 'requests to anywhere but the app itself').toEqual([]);
    await preview.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };
