import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Axe twice per dialog on a busy 2-core machine takes its time.
test.describe.configure({ timeout: 240_000 });

/** Axe on what is open now, in light and then dark mode: no violations of any impact. */
async function expectNoViolations(page: Page, what: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${what} in ${colorScheme} mode`,
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a role is changed and then ended from the client’s page', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'Smith Dental' });
  app.call('people:create', { givenName: 'Sarah', familyName: 'Smith', clientId: client.id, role: 'staff' });
  await page.goto(`${app.preview.url}#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Edit or end Sarah Smith’s role' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sarah Smith at Smith Dental' });
  await dialog.getByRole('textbox', { name: 'Job title (optional)' }).fill('Practice manager');
  await expectNoViolations(page, 'the role dialog');
  await app.snap('role-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('list', { name: 'People at this client' })).toContainText('Practice manager');

  await page.getByRole('button', { name: 'Edit or end Sarah Smith’s role' }).click();
  await dialog.getByRole('checkbox', { name: /This role has ended/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Before:/)).toContainText('Sarah Smith');
  expect(app.call('roles:listForClient', { clientId: client.id })[0]).toMatchObject({ title: 'Practice manager', active: false });
});

test('a follow-up is edited and snoozed, and a planned visit is cancelled', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Bakers', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' });
  const due = new Date(Date.now() + 2 * 86_400_000).toISOString();
  app.call('followUps:create', { clientId: client.id, personId: sue.id, dueAt: due, kind: 'call', context: 'Check the router' });
  app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), purpose: 'New printer' });
  await page.goto(`${app.preview.url}#/clients/${client.id}`);

  await page.getByRole('button', { name: 'Edit or reschedule: Call Sue Baker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit follow-up: Call Sue Baker' });
  await dialog.getByRole('textbox', { name: 'Details to have at hand' }).fill('Check the new router is stable');
  await expectNoViolations(page, 'the follow-up dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Check the new router is stable')).toBeVisible();

  await page.getByRole('button', { name: 'Snooze: Call Sue Baker' }).click();
  await expectNoViolations(page, 'the snooze menu');
  await page.getByRole('menuitem', { name: 'A week later' }).click();
  await expect.poll(() => app.call('followUps:list', { clientId: client.id })[0]?.dueAt).toBe(new Date(Date.parse(due) + 7 * 86_400_000).toISOString());

  await page.getByRole('button', { name: /^Cancel the visit on/ }).click();
  const cancel = page.getByRole('alertdialog', { name: 'Cancel this visit?' });
  await expectNoViolations(page, 'the cancel-visit dialog');
  await cancel.getByRole('button', { name: 'Cancel the visit' }).click();
  await expect(page.getByRole('list', { name: 'Past visits' })).toContainText('Cancelled');
  await app.snap('client-after-editing');
});

test('what was typed in the life-event editor comes back after a reload, and can be discarded', async ({ page, app }) => {
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker' });
  await page.goto(`${app.preview.url}#/events/new?person=${sue.id}`);
  await page.getByRole('textbox', { name: 'What happened, in a few words' }).fill('Hip operation');
  await page.getByRole('textbox', { name: 'Notes' }).fill('Recovering at her sister’s');
  await page.reload();
  await expect(page.getByText(/Draft restored/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What happened, in a few words' })).toHaveValue('Hip operation');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Recovering at her sister’s');
  await expectNoViolations(page, 'the life-event editor with a restored draft');
  await app.snap('draft-restored');
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('textbox', { name: 'What happened, in a few words' })).toHaveValue('');
  await page.reload();
  await expect(page.getByText(/Draft restored/)).toHaveCount(0);
});
