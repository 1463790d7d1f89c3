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
  // Once the list has caught up with what was typed, as a person would (see merge.spec.ts).
  await expect(page.getByRole('option').filter({ hasNotText: 'Sue' })).toHaveCount(0);
  await page.getByRole('option', { name: /Sue Collins/ }).click();
  await page.getByRole('radio', { name: 'A call or message' }).check();
  const form = page.getByRole('form', { name: 'Log a call or message' });
  await form.getByLabel('What about').fill('Cannot print from the iPad');
  await expectAccessible(page, 'quick capture, logging a call');
  await form.getByRole('button', { name: 'Log it' }).click();
  await expect(form.getByText(/^Logged: phone call with Sue Collins/)).toBeVisible();
  expect(app.call('contacts:list', { personId: sue.id })).toEqual([expect.objectContaining({ clientId: client.id, kind: 'call', summary: 'Cannot print from the iPad' })]);
});

test("a person's story, from the briefing's person card: newest first, filtered by kind", async ({ page, app }) => {
  test.slow(); // a briefing and a person page, with an accessibility check
  const client = app.call('clients:create', { name: 'Smith Dental', kind: 'business' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'owner' });
  const past = app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() - 30 * 86_400_000).toISOString(), purpose: 'Router', expectedPersonIds: [sue.id] });
  app.call('visits:setAttendees', { id: past.id, attendees: [{ personId: sue.id, expected: true, attended: true }] });
  app.call('visits:complete', { id: past.id });
  app.call('contacts:create', { clientId: client.id, personId: sue.id, kind: 'email', occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), summary: 'Sent the invoice' });
  const next = app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() + 86_400_000).toISOString(), expectedPersonIds: [sue.id] });

  await page.goto(`${app.preview.url}#/visits/${next.id}/briefing`);
  // The briefing recalls the e-mail since the last visit.
  await expect(page.getByText('E-mail with Sue: Sent the invoice.')).toBeVisible();
  await page.getByRole('link', { name: /^Their story/ }).click();
  const story = page.getByRole('list', { name: "Sue Baker's story" });
  await expect(story.getByRole('listitem')).toHaveCount(2);
  await expect(story.getByRole('listitem').first()).toContainText('Sent the invoice');
  await expect(story.getByRole('listitem').nth(1)).toContainText('Visit to Smith Dental: Router');
  await page.getByRole('button', { name: /Everything/ }).click();
  await page.getByRole('option', { name: 'Visits' }).click();
  await expect(story.getByRole('listitem')).toHaveCount(1);
  await expect(story).toContainText('Visit to Smith Dental: Router');
  await expectAccessible(page, "person's story");
  await app.snap('person-story');
});
