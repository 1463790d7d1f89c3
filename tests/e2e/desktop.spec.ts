import { expect, expectAccessible, test } from './fixtures.ts';

// Restores and axe sweeps are slow on a busy 2-core machine: room, not a speed target.
test.describe.configure({ timeout: 180_000 });

test('restore a backup from Your data, after a confirmation that says what is replaced', async ({ page, app }) => {
  app.call('clients:create', { name: 'Smith Dental' });
  await page.goto(`${app.preview.url}#/data`);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backed up: .*1 client/ })).toBeVisible();
  app.call('clients:create', { name: 'Park Lane Vets' });

  const backups = page.getByRole('table', { name: 'Backups, newest first' });
  await backups.getByRole('row', { name: /Made by you/ }).getByRole('button', { name: /^Restore the backup from/ }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('Everything in Ask After now will be replaced by the backup from');
  await expect(dialog).toContainText('(1 client, 0 people, 0 visits)');
  await expect(dialog).toContainText('A backup of the data as it is now is taken first');
  await expectAccessible(page, 'the restore confirmation');
  await app.snap('data-restore-confirm');
  await dialog.getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByRole('status').filter({ hasText: /^Restored the backup from .*What was there before is kept in the backup from/ })).toBeVisible();
  await expect(backups.getByRole('row', { name: /restore/i }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('link', { name: 'Smith Dental' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Park Lane Vets' })).toHaveCount(0);
});

test('desktop settings: reminders, quiet hours, tray and shortcut, with a clear sentence for a bad shortcut', async ({ page, app }) => {
  await page.goto(`${app.preview.url}#/settings`);
  const form = page.getByRole('form', { name: 'Reminders and the desktop' });
  await expect(form.getByLabel('Minutes before a visit')).toHaveValue('60', { timeout: 60_000 });
  await form.getByLabel('Minutes before a visit').fill('30');
  await form.getByLabel('Quiet from').fill('22:00');
  await form.getByRole('textbox', { name: 'Shortcut' }).fill('Space');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Write the shortcut as modifiers and a key joined by +, for example CommandOrControl+Shift+Space.')).toBeVisible();
  expect(app.call('shellSettings:get', {}).settings.reminders.leadMinutes).toBe(60);

  await form.getByRole('textbox', { name: 'Shortcut' }).fill('Alt+Shift+N');
  await form.getByLabel('Keep running in the tray, so reminders still come').uncheck();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  const stored = app.call('shellSettings:get', {});
  expect(stored.settings).toMatchObject({ reminders: { leadMinutes: 30, quietHours: { start: '22:00', end: '07:00', enabled: true } }, quickCaptureShortcut: 'Alt+Shift+N', keepRunningInTray: false });
  await expectAccessible(page, 'Settings');
  await app.snap('settings-desktop');
});

test('quick capture: pick the person, say the news, see it read back, then save', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Collinses', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Collins' });
  app.call('roles:create', { personId: sue.id, clientId: client.id, role: 'owner' });
  await page.setViewportSize({ width: 520, height: 460 });
  await page.goto(`${app.preview.url}#/capture`);
  await expect(page.getByRole('heading', { level: 1, name: 'Quick note' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Who is it about?' }).fill('Sue');
  // Once the list has caught up with what was typed, as a person would (see merge.spec.ts).
  await expect(page.getByRole('option').filter({ hasNotText: 'Sue' })).toHaveCount(0);
  await page.getByRole('option', { name: /Sue Collins/ }).click();
  await page.getByLabel('News, as they told it').fill("grandson starts school in September");
  await page.getByRole('button', { name: 'Read it' }).click();
  const check = page.getByRole('form', { name: 'Check the life event' });
  await expect(check.getByLabel('In a few words')).toHaveValue(/Grandson starts school/);
  expect(app.call('events:list', { personId: sue.id })).toHaveLength(0);
  await expectAccessible(page, 'quick capture');
  await app.snap('quick-capture');
  await check.getByRole('button', { name: 'Save life event' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved: Grandson starts school/ })).toBeVisible();
  expect(app.call('events:list', { personId: sue.id })).toHaveLength(1);
});

test('Help → Keyboard shortcuts from the desktop menu opens the overlay', async ({ page, app }) => {
  await page.goto(`${app.preview.url}#/?help=shortcuts`);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible({ timeout: 60_000 });
});
