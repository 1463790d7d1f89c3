import { expect, expectAccessible, test } from './fixtures.ts';

const day = (n: number) => new Date(Date.now() - (n + 1) * 86_400_000).toISOString();

test('a long list a page at a time: the count, "Show more" with the keyboard, and a filter that finds a row from a later page', async ({ page, app }) => {
  // axe over a page of fifty rich rows takes a while on a busy machine.
  test.setTimeout(180_000);
  const acme = app.call('clients:create', { name: 'Acme Printing' });
  const patels = app.call('clients:create', { name: 'The Patels' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: patels.id, role: 'family' });
  // 120 overdue follow-ups, the longest overdue first (round 119, 118, …); the one with Sue is due most recently, so it sorts last.
  for (let i = 1; i < 120; i++) app.call('followUps:create', { clientId: acme.id, dueAt: day(i), kind: 'call', context: `Check the printer, round ${i}` });
  app.call('followUps:create', { clientId: patels.id, personId: sue.id, dueAt: day(0), kind: 'email', context: 'Send the new Wi-Fi password' });

  await page.goto(`${app.preview.url}#/follow-ups`);
  await expect(page.getByRole('heading', { level: 2, name: 'Overdue (120)' })).toBeVisible();
  const overdue = page.getByRole('list', { name: 'Overdue follow-ups' });
  await expect(overdue.getByRole('listitem')).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 120 overdue follow-ups.')).toBeVisible();
  await expect(overdue.getByText('Send the new Wi-Fi password')).toHaveCount(0);
  await expectAccessible(page, 'follow-ups, first page');

  // "Show 50 more" from the keyboard: the focus lands on the first new row, and Tab carries on from there.
  await page.getByRole('button', { name: 'Show 50 more' }).focus();
  await page.keyboard.press('Enter');
  await expect(overdue.getByRole('listitem')).toHaveCount(100);
  await expect(overdue.getByRole('listitem').nth(50)).toContainText('round 69');
  await expect(overdue.getByRole('listitem').nth(50).locator(':focus')).toHaveCount(1);
  await expect(page.getByText('Showing 100 of 120 overdue follow-ups.')).toBeVisible();

  // The filter asks the database, so it finds Sue's follow-up, which is on no page drawn yet.
  await page.getByLabel('Filter follow-ups').fill('sue wi-fi');
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue).toContainText('Send the new Wi-Fi password');
  await expect(overdue.getByRole('link', { name: 'Sue Baker' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Overdue (1)' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
  await expectAccessible(page, 'follow-ups, filtered');
  await app.snap('long-list-follow-ups-filtered');

  // Cleared, the list starts again at the first page.
  await page.getByLabel('Filter follow-ups').fill('');
  await expect(overdue.getByRole('listitem')).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 120 overdue follow-ups.')).toBeVisible();
});

test('incidents and know-how find rows beyond the first page through their filters', async ({ page, app }) => {
  test.setTimeout(180_000);
  const acme = app.call('clients:create', { name: 'Acme Printing' });
  for (let i = 0; i < 60; i++) {
    app.call('incidents:create', { clientId: acme.id, startedAt: day(i), summary: i === 59 ? 'Router lost its settings' : `Paper jam ${i}` });
    app.call('knowHow:create', { clientId: acme.id, question: i === 59 ? 'How do I restart the router?' : `How do I clear jam ${i}?`, lastAskedAt: day(i) });
  }
  for (const [hash, list, filter, found] of [
    ['#/incidents', 'Incidents', 'Filter incidents', 'Router lost its settings'],
    ['#/know-how', 'Know-how', 'Filter questions and answers', 'How do I restart the router?'],
  ] as const) {
    await page.goto(`${app.preview.url}${hash}`);
    const rows = page.getByRole('list', { name: list }).getByRole('listitem');
    await expect(rows).toHaveCount(50);
    await expect(page.getByText(/^Showing 50 of 60 /)).toBeVisible();
    await expect(page.getByText(found)).toHaveCount(0);
    await page.getByLabel(filter).fill('router');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(found);
    await expectAccessible(page, `${list}, filtered`);
  }
});
