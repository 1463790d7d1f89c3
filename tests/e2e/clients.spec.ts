import { expect, test } from './fixtures.ts';

test('a consultant adds a client, it survives a reload, then archives it', async ({ page, app }) => {
  await page.goto(`${app.preview.url}#/clients`);
  await expect(page.getByRole('heading', { name: 'Clients', exact: true })).toBeVisible();
  await expect(page.getByText(/Add your first client/)).toBeVisible();

  await page.getByLabel('Client name').fill('Smith Dental');
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByLabel('Client name').fill('The Patels');
  await page.getByLabel('Household').check();
  await page.getByRole('button', { name: 'Add client' }).click();

  const list = page.getByRole('list', { name: 'Clients' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').filter({ hasText: 'The Patels' })).toContainText('Household');

  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Smith Dental');
  await app.snap('clients-list');

  await page.getByRole('button', { name: 'Archive Smith Dental' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).not.toContainText('Smith Dental');

  await page.getByLabel('Show archived').check();
  await expect(list.getByRole('listitem').filter({ hasText: 'Smith Dental' })).toContainText('Archived');
});

test('a blank name is refused inline and nothing is saved', async ({ page, app }) => {
  await page.goto(`${app.preview.url}#/clients`);
  await page.getByLabel('Client name').fill('   ');
  await page.getByRole('button', { name: 'Add client' }).click();
  await expect(page.getByRole('alert')).toHaveText('Give the client a name.');
  await expect(page.getByLabel('Client name')).toHaveAttribute('aria-invalid', 'true');
  expect((app.store.sqlite.prepare('select count(*) as n from clients').get() as { n: number }).n).toBe(0);
  await app.snap('clients-validation');
});

test('renaming a client keeps it, and Escape cancels an edit', async ({ page, app }) => {
  await page.goto(`${app.preview.url}#/clients`);
  await page.getByLabel('Client name').fill('Acme Printers');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Rename Acme Printers' }).click();
  await page.getByLabel('New name for Acme Printers').fill('Acme Print & Copy');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Clients' })).toContainText('Acme Print & Copy');

  await page.getByRole('button', { name: 'Rename Acme Print & Copy' }).click();
  await page.getByLabel('New name for Acme Print & Copy').fill('Wrong');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('list', { name: 'Clients' })).toContainText('Acme Print & Copy');
});
