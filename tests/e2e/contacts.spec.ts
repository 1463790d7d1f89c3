import { expect, expectAccessible, test } from './fixtures.ts';

/** Issue 14, part 1 in the browser: a call between visits is logged in seconds and counts. */

test('a call logged from the client page resets the rhythm, keeps its promise as a follow-up, and shows on the person page', async ({ page, app }) => {
  test.slow(); // two pages, two accessibility checks and a screenshot
  const client = app.call('clients:create', { name: 'Smith Dental', kind: 'business', rhythmDays: 28 });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'owner' });
  const visit = app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() - 60 * 86_400_000).toISOString(), expectedPersonIds: [sue.id] });
  app.call('visits:complete', { id: visit.id });

  await page.goto(`${app.preview.url}#/clients/${client.id}`);
  await expect(page.getByText(/Last visit .*days past the usual rhythm/)).toBeVisible();
  await page.getByText('Log a call or message').click();
  const form = page.getByRole('form', { name: 'Log a call or message' });
  await form.getByRole('button', { name: /With/ }).click();
  await page.getByRole('option', { name: 'Sue Baker' }).click();
  await form.getByLabel('What about').fill('Printer jams again');
  await form.getByLabel('What you promised (optional)').fill('Send a quote for a new printer');
  await expectAccessible(page, 'client page, logging a call');
  await app.snap('contact-log-form');
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(form.getByText(/^Logged: phone call with Sue Baker/)).toBeVisible();

  const list = page.getByRole('list', { name: 'Calls and messages' });
  await expect(list.getByText('Printer jams again')).toBeVisible();
  await expect(list.getByText('Promised: Send a quote for a new printer')).toBeVisible();
  // Seen today by phone: the rhythm runs from the call now.
  await expect(page.getByText(/Last phone call .*; next due/)).toBeVisible();
  expect(app.call('contacts:list', { clientId: client.id })).toEqual([expect.objectContaining({ personId: sue.id, kind: 'call', summary: 'Printer jams again' })]);

  await page.goto(`${app.preview.url}#/people/${sue.id}`);
  await expect(page.getByRole('list', { name: 'Calls and messages with Sue Baker' }).getByText('Printer jams again')).toBeVisible();
  await expectAccessible(page, 'person page with a call');
});

test('quick capture logs the call that just ended, with the client the person belongs to', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Collinses', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Collins', clientId: client.id, role: 'owner' });
  await page.setViewportSize({ width: 520, height: 640 });
  await page.goto(`${app.preview.url}#/capture`);
  await page.getByRole('combobox', { name: 'Who is it about?' }).fill('Sue');
  await page.getByRole('option', { name: /Sue Collins/ }).click();
  await page.getByRole('radio', { name: 'A call or message' }).check();
  const form = page.getByRole('form', { name: 'Log a call or message' });
  await form.getByLabel('What about').fill('Cannot print from the iPad');
  await expectAccessible(page, 'quick capture, logging a call');
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(form.getByText(/^Logged: phone call with Sue Collins/)).toBeVisible();
  expect(app.call('contacts:list', { personId: sue.id })).toEqual([expect.objectContaining({ clientId: client.id, kind: 'call', summary: 'Cannot print from the iPad' })]);
});
