import { join } from 'node:path';
import { expect, expectAccessible, screenshotDir, test } from './fixtures.ts';

// Axe in two colour schemes on several dialogs, on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

test('two records of one person are compared side by side and merged, a death on the duplicate carried over', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'Reed Joinery', kind: 'business' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Reed', clientId: client.id, role: 'owner' });
  const tom = app.call('people:create', { givenName: 'Tom', familyName: 'Reed', clientId: client.id, role: 'manager', interests: 'fishing' });
  app.call('relationships:create', { personAId: sue.id, personBId: tom.id, kind: 'spouse' });
  const twin = app.call('people:create', { givenName: 'Tom', familyName: 'Reed', email: 'tom@reed.example', interests: 'Leeds United' });
  app.call('people:markDeceased', { id: twin.id, diedOn: '2026-11-01' });

  await page.goto(`${app.preview.url}#/people/${tom.id}`);
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Tom Reed with…' });
  // The other record has died, so the chooser finds people who have died too.
  await dialog.getByRole('combobox', { name: 'The other record' }).fill('Tom');
  // As a person would: once the list has caught up with what was typed (on a busy machine the
  // list for the empty box can still be showing, and redrawn under the pointer mid-click).
  await expect(page.getByRole('option').filter({ hasNotText: 'Tom' })).toHaveCount(0);
  await page.getByRole('option', { name: /Tom Reed \(died\)/ }).click();

  await expect(dialog.getByRole('table', { name: 'Every field side by side' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Died on/ })).toContainText('a death recorded on either record carries over');
  await expect(dialog.getByRole('table', { name: 'What moves to the record kept' }).getByRole('row', { name: /Life events about them/ })).toContainText('01');
  await expect(dialog).toContainText('is then deleted for good, not moved to the trash');
  await dialog.getByRole('radio', { name: 'Interests: Keep both' }).check();
  await expectAccessible(page, 'the merge dialog, side by side');
  await dialog.screenshot({ path: join(screenshotDir, 'merge-people-side-by-side.png') });

  await dialog.getByRole('button', { name: 'Merge into Tom Reed' }).click();
  const done = page.getByRole('dialog', { name: 'Merged into Tom Reed' });
  await expect(done.getByRole('status')).toHaveText('Tom Reed is now part of Tom Reed.');
  await expect(done).toContainText('Before a merge');
  await expectAccessible(page, 'the merge result');
  await done.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByText(/Died/).first()).toBeVisible();
  await expect(page.getByText('tom@reed.example')).toBeVisible();
  await expect(page.getByText(/fishing\s+Leeds United/)).toBeVisible();
  expect(app.call('people:get', { id: tom.id })).toMatchObject({ diedOn: '2026-11-01', interests: 'fishing\n\nLeeds United' });
  expect(() => app.call('people:get', { id: twin.id })).toThrow(/was not found/);
});

test('possible duplicates are listed with why, and two clients are merged from there', async ({ page, app }) => {
  const shop = app.call('clients:create', { name: 'Baker & Co', kind: 'business', notes: 'Back door after 5' });
  const again = app.call('clients:create', { name: 'Baker and Co Ltd', kind: 'business', phone: '0113 496 0000' });
  app.call('visits:create', { clientId: again.id, startsAt: '2026-11-20T10:00:00Z', purpose: 'New laptop' });
  app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: shop.id });
  app.call('people:create', { givenName: 'Susan', familyName: 'Baker', clientId: shop.id });

  await page.goto(`${app.preview.url}#/clients`);
  await page.getByRole('link', { name: 'Possible duplicates' }).click();
  await expect(page.getByRole('heading', { name: 'Possible duplicates', level: 1 })).toBeVisible();
  const people = page.getByRole('list', { name: 'Possible duplicate people' });
  await expect(people).toContainText('Sue Baker (Baker & Co) and Susan Baker (Baker & Co)');
  await expect(people).toContainText('similar names at Baker & Co');
  await expect(page.getByRole('list', { name: 'Possible duplicate clients' })).toContainText('same name');
  await expectAccessible(page, 'possible duplicates');
  await app.snap('possible-duplicates');

  await page.getByRole('button', { name: 'Compare and merge… Baker & Co and Baker and Co Ltd' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Baker & Co with…' });
  await dialog.getByRole('radio', { name: 'Phone: 0113 496 0000' }).check();
  await expect(dialog.getByRole('table', { name: 'What moves to the record kept' }).getByRole('row', { name: /Visits/ })).toContainText('01');
  await expectAccessible(page, 'the client merge dialog');
  await dialog.getByRole('button', { name: 'Merge into Baker & Co' }).click();
  await page.getByRole('dialog', { name: 'Merged into Baker & Co' }).getByRole('button', { name: 'Done' }).click();

  // Back on the list, which no longer offers the pair merged.
  await expect(page.getByText('No two clients look like the same client.')).toBeVisible();

  // Sue and Susan turn out to be mother and daughter: set aside, then undone, then set aside for good.
  await page.getByRole('button', { name: 'Not the same: Sue Baker and Susan Baker' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Set aside: Sue Baker and Susan Baker are not suggested as duplicates any more.' })).toBeVisible();
  await expect(page.getByText('No two people look like the same person.')).toBeVisible();
  await expect(page.getByText('One pair is set aside as different and not shown.')).toBeVisible();
  await expectAccessible(page, 'possible duplicates after setting a pair aside');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sue Baker and Susan Baker are suggested again.' })).toBeVisible();
  await expect(people).toContainText('Sue Baker (Baker & Co) and Susan Baker (Baker & Co)');
  await page.getByRole('button', { name: 'Not the same: Sue Baker and Susan Baker' }).click();
  await expect(page.getByText('No two people look like the same person.')).toBeVisible();
  expect(app.call('duplicates:suggest', {})).toMatchObject({ people: [], setAside: 1 });
  await page.goto(`${app.preview.url}#/clients/${shop.id}`);
  await expect(page.getByRole('heading', { name: 'Baker & Co', level: 1 })).toBeVisible();
  await expect(page.getByText('0113 496 0000').first()).toBeVisible();
  expect(app.call('visits:list', { clientId: shop.id })).toHaveLength(1);
});

test('a client is merged from its own page, choosing the other from a list; the same record twice is never offered', async ({ page, app }) => {
  const a = app.call('clients:create', { name: 'Patel Dental', kind: 'business' });
  app.call('clients:create', { name: 'Patel Dental Practice', kind: 'business', email: 'office@patel.example' });
  await page.goto(`${app.preview.url}#/clients/${a.id}`);
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge Patel Dental with…' });
  const chooser = dialog.getByRole('combobox', { name: 'The other record' });
  await expect(chooser.getByRole('option')).toHaveText(['Choose a client…', 'Patel Dental Practice']);
  await expectAccessible(page, 'choosing the other client');
  await chooser.selectOption({ label: 'Patel Dental Practice' });
  await dialog.getByRole('button', { name: 'Compare' }).click();
  await dialog.getByRole('button', { name: 'Keep the other record instead' }).click();
  await expect(dialog.getByRole('button', { name: 'Merge into Patel Dental Practice' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Merge into Patel Dental Practice' }).click();
  await page.getByRole('dialog', { name: 'Merged into Patel Dental Practice' }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { name: 'Patel Dental Practice', level: 1 })).toBeVisible();
  await expect(page.getByText('office@patel.example')).toBeVisible();
});
