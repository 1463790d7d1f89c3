import { expect, expectAccessible, test } from './fixtures.ts';

/** Issue 14, part 5 in the browser: tags on clients and people, lists filtered by tag, a rhythm per tag. */

test('tags go on and come off a client by keyboard, and a tag’s rhythm makes the client due', async ({ page, app }) => {
  test.slow(); // three screens, accessibility checks and screenshots
  const smith = app.call('clients:create', { name: 'Smith Dental', kind: 'business' });
  app.call('clients:create', { name: 'The Patels', kind: 'household' });
  const visit = app.call('visits:create', { clientId: smith.id, startsAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
  app.call('visits:complete', { id: visit.id });
  app.call('tags:add', { clientId: smith.id, name: 'Backup contract' });

  await page.goto(`${app.preview.url}#/clients/${smith.id}`);
  // The first screen of a fresh app can take a while on a busy machine.
  await expect(page.getByText(/^No regular rhythm\. Last visit/)).toBeVisible({ timeout: 20_000 });
  const field = page.getByLabel('Add a tag');
  await field.fill('On retainer');
  await field.press('Enter');
  const chips = page.getByRole('list', { name: 'Tags of Smith Dental' });
  await expect(chips.getByRole('listitem')).toHaveText(['Backup contract', 'On retainer']);
  await expect(field).toHaveValue('');
  // Off again by keyboard: Tab from the link to its remove button, Enter; the focus lands in the field.
  await chips.getByRole('link', { name: 'Backup contract' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove the tag “Backup contract”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chips.getByRole('listitem')).toHaveText(['On retainer']);
  await expect(field).toBeFocused();
  await expectAccessible(page, 'client page with tags');
  await app.snap('tags-client');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tags' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tags' })).toBeVisible();
  const list = page.getByRole('list', { name: 'Tags' });
  await expect(list.getByRole('link', { name: '1 client tagged On retainer' })).toBeVisible();
  await expect(list.getByRole('link', { name: '0 people tagged Backup contract' })).toBeVisible();
  const retainer = list.getByRole('listitem').filter({ hasText: 'On retainer' });
  await retainer.getByText('Change “On retainer”').click();
  await retainer.getByLabel('Visit rhythm, in weeks').fill('4');
  await retainer.getByRole('button', { name: 'Save' }).click();
  await expect(retainer.getByText('· visits every 4 weeks')).toBeVisible();
  await expectAccessible(page, 'tags screen');
  await app.snap('tags-screen');

  // The client now goes by the tag's rhythm, on its page and on the dashboard.
  await list.getByRole('link', { name: '1 client tagged On retainer' }).click();
  await expect(page.getByRole('list', { name: 'Clients' }).getByRole('link')).toHaveText(['Smith Dental']);
  await expect(page.getByLabel('Tag')).toHaveValue(/\d+/);
  await page.getByRole('link', { name: 'Smith Dental' }).click();
  await expect(page.getByText(/^Usually every 4 weeks, as for every client tagged “On retainer”\. Last visit .* days past the usual rhythm\.$/)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByText('Time to see Smith Dental: usually every 4 weeks.')).toBeVisible();
});

test('the people list filters by tag in the database and still pages', async ({ page, app }) => {
  test.slow();
  for (let i = 0; i < 60; i++) {
    const person = app.call('people:create', { givenName: `Tagged ${String(i).padStart(2, '0')}` });
    app.call('tags:add', { personId: person.id, name: 'Newsletter' });
  }
  for (let i = 0; i < 5; i++) app.call('people:create', { givenName: `Other ${i}` });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker' });

  await page.goto(`${app.preview.url}#/people`);
  await page.getByLabel('Tag').selectOption({ label: 'Newsletter (60)' });
  const people = page.getByRole('list', { name: 'People' });
  await expect(people.getByRole('listitem')).toHaveCount(50);
  await expect(people.getByRole('listitem').first()).toHaveText('Tagged 00');
  await expect(page.getByText('Showing the first 50 matches; type a name to find anyone.')).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 more' }).click();
  await expect(people.getByRole('listitem')).toHaveCount(60);
  await expect(people.getByText('Other 0')).toHaveCount(0);
  await page.getByLabel('Filter people').fill('Sue');
  await expect(page.getByText('Nobody matching “Sue” is tagged “Newsletter”.')).toBeVisible();
  await expectAccessible(page, 'people list filtered by tag');

  await page.goto(`${app.preview.url}#/people/${sue.id}`);
  const field = page.getByLabel('Add a tag');
  await field.fill('newsletter');
  await field.press('Enter');
  await expect(page.getByRole('list', { name: 'Tags of Sue Baker' }).getByRole('listitem')).toHaveText(['Newsletter']);
  await page.getByRole('list', { name: 'Tags of Sue Baker' }).getByRole('link', { name: 'Newsletter' }).click();
  // The person page stays until the people list has loaded: wait for the list before reading its filter.
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByLabel('Tag', { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByRole('option', { name: 'Newsletter (61)' })).toBeAttached();
  await expectAccessible(page, 'person page with a tag');
});
