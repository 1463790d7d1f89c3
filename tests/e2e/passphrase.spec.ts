import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createBackup } from '../../db/backup/create.ts';
import { openStore, type Store } from '../../db/connection.ts';
import { keyFromText, keyOpens } from '../../db/encryption.ts';
import { createAppCaller, type AppCaller } from '../../db/handlers/caller.ts';
import { withDatabaseProtection } from '../../electron/database-protection.ts';
import { createLockGate } from '../../electron/lock-gate.ts';
import { startPreviewServer, type PreviewServer } from '../../scripts/web/server.ts';
import { fixedClock } from '../helpers/temp-store.ts';
import { expect, expectAccessible, screenshotDir, test } from './fixtures.ts';

// Key derivation (PBKDF2) and re-keying are slow on a busy 2-core machine: room, not a speed target.
test.describe.configure({ timeout: 180_000 });

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
const PASSPHRASE = 'correct horse battery staple';

interface Desktop {
  dir: string;
  file: string;
  preview: PreviewServer;
  /** Switches what answers the page (the lock gate until the database is open, then the app). */
  answer(call: AppCaller): void;
  stores: Store[];
}

/** The preview server standing in for the desktop's IPC: the same callers main binds. */
const desktop = base.extend<{ desktop: Desktop }>({
  desktop: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'askafter-e2e-lock-'));
    let current: AppCaller = async () => ({ ok: false, error: { code: 'forbidden', message: 'not ready' } });
    const preview = await startPreviewServer({ call: (channel, input) => current(channel, input), rendererDir });
    const stores: Store[] = [];
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await use({
      dir,
      file: join(dir, 'askafter.sqlite'),
      preview,
      answer: (call) => {
        current = call;
      },
      stores,
    });
    expect(pageErrors, 'errors in the browser').toEqual([]);
    await preview.close();
    for (const store of stores) store.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

async function launch(page: Page, preview: PreviewServer) {
  await page.goto(preview.launchUrl);
  await page.waitForURL((url) => url.pathname === '/');
}

async function snap(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

async function accessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`), `accessibility problems on ${screen}`).toEqual([]);
}

desktop('the unlock screen comes before anything else, refuses a wrong passphrase in words, and opens the data with the right one', async ({ page, desktop: d }) => {
  const seed = await openStore({ file: d.file, key: keyFromText(PASSPHRASE) });
  seed.sqlite.prepare("insert into clients (name, kind) values ('Smith Dental', 'business')").run();
  seed.close();
  const gate = createLockGate(d.file);
  d.answer(gate.call);
  void gate.ask('locked').then(async (key) => {
    const store = await openStore({ file: d.file, key });
    d.stores.push(store);
    d.answer(createAppCaller(store));
    gate.opened();
  });

  await launch(page, d.preview);
  await expect(page.getByRole('heading', { level: 1, name: 'Ask After is locked' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await accessible(page, 'the unlock screen');

  await page.getByLabel('Passphrase').fill('correct horse battery stapler');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText('That passphrase does not open this database. Check it (is Caps Lock on?) and try again.');
  await expect(page.getByLabel('Passphrase')).toHaveValue('correct horse battery stapler');
  await snap(page, 'unlock-wrong-passphrase');

  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: 'Smith Dental' })).toBeVisible();
});

desktop('without a keychain the first start offers a passphrase, typed twice, and says it cannot be recovered', async ({ page, desktop: d }) => {
  const gate = createLockGate(d.file);
  d.answer(gate.call);
  void gate.ask('choose').then(async (key) => {
    const store = await openStore({ file: d.file, key });
    d.stores.push(store);
    d.answer(createAppCaller(store));
    gate.opened();
  });

  await launch(page, d.preview);
  const form = page.getByRole('form', { name: 'Protect your data' });
  await expect(form.getByRole('heading', { level: 1, name: 'Protect your data with a passphrase' })).toBeVisible();
  await expect(form).toContainText('If you forget this passphrase, your data cannot be recovered.');
  await form.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await form.getByLabel('Type it again').fill('correct horse battery stable');
  await form.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await expect(form.getByText('The two passphrases are not the same. Type the same passphrase in both fields.')).toBeVisible();
  await accessible(page, 'the choose-a-passphrase screen');
  await snap(page, 'choose-passphrase');

  await form.getByLabel('Type it again').fill(PASSPHRASE);
  await form.getByRole('button', { name: 'Protect with this passphrase' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 60_000 });
  expect(keyOpens(d.file, keyFromText(PASSPHRASE))).toBe(true);
});

desktop('Settings: protect a keychain-locked database with a passphrase, asked for twice, then change it', async ({ page, desktop: d }) => {
  const keychainKey = keyFromText('5f'.repeat(32));
  const store = await openStore({ file: d.file, key: keychainKey });
  d.stores.push(store);
  const safeStorage = {
    isAsyncEncryptionAvailable: async () => true,
    encryptStringAsync: async (text: string) => Buffer.from(`sealed:${text}`),
    decryptStringAsync: async (data: Buffer) => ({ result: data.toString().replace(/^sealed:/, ''), shouldReEncrypt: false }),
    getSelectedStorageBackend: () => 'gnome_libsecret',
  };
  d.answer(withDatabaseProtection(createAppCaller(store), { store: () => store, keyFile: join(d.dir, 'database-key.json'), safeStorage, platform: 'linux', protection: 'keychain' }));

  await launch(page, d.preview);
  await page.goto(`${d.preview.url}#/settings`);
  const section = page.getByRole('region', { name: 'Protect with a passphrase' });
  await expect(section).toContainText('Your data is encrypted, with its key kept in this computer’s keychain');
  await section.getByRole('button', { name: 'Protect with a passphrase…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Protect with a passphrase' });
  await expect(dialog).toContainText('If you forget this passphrase, your data cannot be recovered.');
  await dialog.getByLabel('New passphrase').fill(PASSPHRASE);
  await dialog.getByLabel('Type it again').fill('something else');
  await dialog.getByRole('button', { name: 'Set the passphrase' }).click();
  await expect(dialog.getByText('The two passphrases are not the same. Type the same passphrase in both fields.')).toBeVisible();
  expect(keyOpens(d.file, keychainKey)).toBe(true);
  await accessible(page, 'the passphrase dialog');
  await snap(page, 'settings-passphrase-dialog');

  await dialog.getByLabel('Type it again').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Set the passphrase' }).click();
  await expect(section.getByRole('status')).toContainText('Your data is now locked with the new passphrase.', { timeout: 60_000 });
  await expect(section).toContainText('Your data is encrypted with a passphrase, asked for each time Ask After starts.');
  expect(keyOpens(d.file, keyFromText(PASSPHRASE))).toBe(true);
  expect(keyOpens(d.file, keychainKey)).toBe(false);
  expect(JSON.parse(readFileSync(join(d.dir, 'database-key.json'), 'utf8'))).toEqual({ protection: 'passphrase' });

  await section.getByRole('button', { name: 'Change the passphrase…' }).click();
  const change = page.getByRole('dialog', { name: 'Change the passphrase' });
  await change.getByLabel('Current passphrase').fill('not the one');
  await change.getByLabel('New passphrase').fill('a brand new passphrase');
  await change.getByLabel('Type it again').fill('a brand new passphrase');
  await change.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(change.getByText(/^That is not the passphrase in use now\. Nothing was changed/)).toBeVisible();
  await accessible(page, 'the change-passphrase dialog');
  await snap(page, 'settings-change-passphrase');
  expect(keyOpens(d.file, keyFromText(PASSPHRASE))).toBe(true);
});

test('after forgetting someone, the older backups that hold them are named and can be deleted, keeping a fresh one', async ({ page, app }) => {
  const zeb = app.call('people:create', { givenName: 'Zebedee', familyName: 'Quillfeather', notes: 'Recovering from chemotherapy' });
  for (const at of ['2026-11-02T09:00:00Z', '2026-11-20T09:00:00Z', '2026-12-01T09:00:00Z']) await createBackup(app.store, 'manual', { clock: fixedClock(at) });
  const folder = join(app.store.file, '..', 'backups');

  await page.goto(`${app.preview.url}#/people/${zeb.id}`);
  await page.getByRole('button', { name: 'Forget this person…' }).click();
  await page.getByRole('alertdialog', { name: 'Forget Zebedee Quillfeather for good?' }).getByRole('button', { name: 'Forget Zebedee Quillfeather' }).click();

  const result = page.getByRole('dialog', { name: 'Zebedee Quillfeather was forgotten' });
  await expect(result).toContainText(/3 older backups \(taken between 2 Nov 2026.* and 1 Dec 2026.*\) still hold Zebedee Quillfeather's details\./);
  await result.getByRole('button', { name: 'Delete those backups…' }).click();
  const confirm = result.getByRole('group', { name: 'Delete older backups' });
  await expect(confirm).toContainText('Delete 3 backups taken between');
  await expect(confirm).toContainText('A fresh backup, without Zebedee Quillfeather, is made first and kept');
  await expectAccessible(page, 'the delete-older-backups confirmation');
  await app.snap('forget-purge-confirm');
  await confirm.getByRole('button', { name: 'Delete 3 backups' }).click();

  await expect(result.getByRole('status').filter({ hasText: /^Deleted 3 older backups\. A fresh backup without Zebedee Quillfeather, from .*, is kept\.$/ })).toBeVisible();
  const left = readdirSync(folder);
  expect(left).toHaveLength(1);
  expect(left.filter((name) => readFileSync(join(folder, name)).includes(Buffer.from('Quillfeather')))).toEqual([]);
  await app.snap('forget-purge-done');
});
