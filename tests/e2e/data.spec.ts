import { readFileSync } from 'node:fs';
import { contactsVCard } from '../../scripts/bench/contacts-file.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const CONTACTS = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Sue Baker', 'N:Baker;Sue;;;', 'TEL:07700 900123', 'BDAY:--0314', 'ORG:Smith Dental', 'TITLE:Owner', 'END:VCARD', ''].join('\r\n');

test('Your data: import contacts after a preview, export everything, back up now', async ({ page, app }) => {
  await page.goto(`${app.preview.url}#/data`);
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();

  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'contacts.vcf', mimeType: 'text/vcard', buffer: Buffer.from(CONTACTS) });
  const records = page.getByRole('table', { name: 'Records in contacts.vcf' });
  await expect(records.getByRole('row', { name: /Sue Baker \(person\)/ })).toContainText('Add');
  await expect(records.getByRole('row', { name: /Smith Dental \(client\)/ })).toContainText('Add');
  expect((app.store.sqlite.prepare('select count(*) as n from people').get() as { n: number }).n).toBe(0);
  await expectAccessible(page, 'the import preview');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Imported contacts.vcf' })).toBeVisible();
  await expect(page.getByText(/Added 1 person, 1 client/)).toBeVisible();
  // The safety backup taken before the import is listed.
  const backups = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(backups.getByRole('row', { name: /Before an import/ })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Everything (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^askafter-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; data: { people: { givenName: string; familyName: string }[] } };
  expect(exported.format).toBe('askafter-export');
  expect(exported.data.people).toEqual([expect.objectContaining({ givenName: 'Sue', familyName: 'Baker' })]);

  const rowsBefore = await backups.getByRole('row').count();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backed up: .*1 client, 1 person, 0 visits/ })).toBeVisible();
  await expect(backups.getByRole('row')).toHaveCount(rowsBefore + 1);
  await expect(backups.getByRole('row', { name: /Made by you/ })).toContainText(/1\s*1\s*0/);

  await page.getByRole('button', { name: 'Spreadsheets (CSV)' }).click();
  await expect(page.getByRole('link', { name: 'people.csv', exact: true })).toHaveAttribute('download', /^askafter-\d{4}-\d{2}-\d{2}-people\.csv$/);
  await expectAccessible(page, 'Your data');
  await app.snap('data');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('link', { name: 'Sue Baker' })).toBeVisible();
});

test('a spreadsheet with unknown columns waits for the mapping, and nothing is written before', async ({ page, app }) => {
  await page.goto(`${app.preview.url}#/data`);
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from('Who,Mobile number,Colour\nSue Baker,07700 900123,red\n') });
  const columns = page.getByRole('table', { name: 'Columns of the spreadsheet' });
  await expect(columns).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

  await columns.getByRole('button', { name: /Column “Who” goes into/ }).click();
  await page.getByRole('option', { name: 'Full name' }).click();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeEnabled();
  await expectAccessible(page, 'the column mapping');
  await app.snap('data-csv-mapping');
  expect((app.store.sqlite.prepare('select count(*) as n from people').get() as { n: number }).n).toBe(0);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Added 1 person/)).toBeVisible();
});

test('forgetting a person names what goes, then lists the visit notes that still mention them', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'Smith Dental', kind: 'business' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'staff' });
  app.call('visits:create', { clientId: client.id, startsAt: '2026-11-20T10:00:00.000Z', purpose: 'Printer', notes: 'Sue Baker asked about the printer again.' });

  await page.goto(`${app.preview.url}#/people/${sue.id}`);
  await page.getByRole('button', { name: 'Forget this person…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Forget Sue Baker for good?' });
  await expect(dialog).toContainText('1 role at clients');
  await dialog.getByRole('button', { name: 'Forget Sue Baker' }).click();

  const result = page.getByRole('dialog', { name: 'Sue Baker was forgotten' });
  await expect(result.getByRole('link', { name: 'Visit to Smith Dental' })).toBeVisible();
  await expectAccessible(page, 'the forget result');
  await result.getByRole('button', { name: 'Go to People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sue Baker' })).toHaveCount(0);
});

test('a long import shows its progress with Cancel, and a cancelled import writes nothing', async ({ page, app }) => {
  test.setTimeout(300_000);
  await page.goto(`${app.preview.url}#/data`);
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'address-book.vcf', mimeType: 'text/vcard', buffer: Buffer.from(contactsVCard(8000)) });
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled({ timeout: 240_000 });
  await importButton.click();

  const cancel = page.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  await expect(page.getByText(/^Importing address-book\.vcf: /)).toBeVisible();
  await cancel.click();
  await expect(page.getByRole('alert')).toHaveText('The import was cancelled; nothing was written.', { timeout: 120_000 });
  await expect(cancel).toBeHidden();
  expect((app.store.sqlite.prepare('select count(*) as n from people').get() as { n: number }).n).toBe(0);
  await app.snap('data-import-cancelled');
});

test('a contact with only the name of someone saved: the user chooses to merge or add as new', async ({ page, app }) => {
  const dental = app.call('clients:create', { name: 'Smith Dental' });
  const ann = app.call('people:create', { givenName: 'Ann', familyName: 'Smith', clientId: dental.id, role: 'staff' });
  const card = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Ann Smith', 'N:Smith;Ann;;;', 'EMAIL:ann.smith@example.org', 'END:VCARD', ''].join('\r\n');
  await page.goto(`${app.preview.url}#/data`);
  await page.getByLabel('Choose a file to import').setInputFiles({ name: 'ann.vcf', mimeType: 'text/vcard', buffer: Buffer.from(card) });

  const question = page.getByRole('group', { name: /Ann Smith \(line \d+\): maybe the same as Ann Smith \(Smith Dental\)\?/ });
  await expect(question.getByRole('radio', { name: 'Add Ann Smith as someone new' })).toBeChecked();
  await expectAccessible(page, 'the same-name question');
  await app.snap('import-same-name');

  await question.getByRole('radio', { name: 'Merge into Ann Smith (Smith Dental)' }).check();
  const records = page.getByRole('table', { name: 'Records in ann.vcf' });
  await expect(records.getByRole('row', { name: /Ann Smith \(person\)/ })).toContainText('merged into Ann Smith, as you chose');
  await expect(question.getByRole('radio', { name: 'Merge into Ann Smith (Smith Dental)' })).toBeChecked();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Imported ann.vcf' })).toBeVisible();
  expect(app.call('people:list', { query: 'Ann Smith' })).toHaveLength(1);
  expect(app.call('people:get', { id: ann.id }).email).toBe('ann.smith@example.org');
});
