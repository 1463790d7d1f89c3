import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';

/**
 * Every dialog, menu and pop-up list, opened over the sample data and checked with axe (any
 * impact, light and dark), then closed with Escape as a keyboard user would.
 *
 * Not here: the suggestions of a combo box (clients, time zones). react-aria hides the rest of
 * the page with aria-hidden, not inert, while they are open, which axe reports as
 * aria-hidden-focus; that is the library's choice, not ours to paper over.
 */

async function withSample(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('region', { name: 'Next visit' })).toBeVisible();
}

async function settled(page: Page, heading: RegExp | string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
}

/** Opens it, checks it, closes it with Escape. */
async function check(page: Page, name: string, open: () => Promise<unknown>, shown: Locator) {
  await open();
  await expect(shown).toBeVisible();
  await expectAccessible(page, name);
  await page.keyboard.press('Escape');
  await expect(shown).toBeHidden();
}

test('the dialogs and menus of a person and a client', async ({ page, app }) => {
  await withSample(page, app.preview.url);
  const clients = app.call('clients:list', {});
  const found = clients
    .flatMap((client) => app.call('roles:listForClient', { clientId: client.id }).filter((r) => r.active).map((r) => ({ client, role: r })))
    .find(({ role }) => !role.person.diedOn && app.call('people:relatives', { id: role.personId }).length > 0);
  expect(found, 'a living client contact with relatives').toBeDefined();
  const { client, role } = found!;
  const person = role.person;

  await page.goto(`${app.preview.url}#/people/${person.id}`);
  await settled(page, new RegExp(person.displayName));
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'));
  await check(page, 'edit person', () => page.getByRole('button', { name: 'Edit details' }).click(), dialog);
  await check(page, 'edit role', () => page.getByRole('button', { name: new RegExp(`^Edit or end .* role at ${client.name}`) }).click(), dialog);
  await check(page, 'mark as deceased', () => page.getByRole('button', { name: 'Mark as deceased…' }).click(), dialog);
  await check(page, 'person to trash', () => page.getByRole('button', { name: 'Move to trash…' }).click(), dialog);
  await check(page, 'forget person', () => page.getByRole('button', { name: 'Forget this person…' }).click(), dialog);
  await check(page, 'add a relative menu', () => page.getByRole('button', { name: /Add a relative/ }).click(), page.getByRole('menu'));
  await check(page, 'end a relationship', () => page.getByRole('button', { name: /^(End|Separated): / }).first().click(), dialog);

  await page.goto(`${app.preview.url}#/clients/${client.id}`);
  await settled(page, client.name);
  await check(page, 'edit client', () => page.getByRole('button', { name: 'Edit details' }).click(), dialog);
  await check(page, 'client to trash', () => page.getByRole('button', { name: 'Move to trash…' }).click(), dialog);
  const cancel = page.getByRole('button', { name: /^Cancel the visit on / }).first();
  if (await cancel.count()) await check(page, 'cancel a visit', () => cancel.click(), dialog);
});

test('the dialogs and menus of follow-ups, life events, trash, data and settings', async ({ page, app }) => {
  await withSample(page, app.preview.url);
  const dialog = page.getByRole('dialog').or(page.getByRole('alertdialog'));
  const listbox = page.getByRole('listbox');

  await page.goto(`${app.preview.url}#/follow-ups`);
  await settled(page, 'Follow-ups');
  await check(page, 'snooze menu', () => page.getByRole('button', { name: /^Snooze: / }).first().click(), page.getByRole('menu'));
  await check(page, 'edit follow-up', () => page.getByRole('button', { name: /^Edit or reschedule: / }).first().click(), dialog);

  const client = app.call('clients:list', {})[0]!;
  const event = app.call('events:list', { clientId: client.id })[0]!;
  await page.goto(`${app.preview.url}#/events/${event.id}`);
  await settled(page, /^Edit: /);
  await check(page, 'life event to trash', () => page.getByRole('button', { name: 'Move to trash…' }).click(), dialog);
  await check(page, 'event type list', () => page.getByRole('button', { name: /Kind of news/ }).click(), listbox);

  await page.goto(`${app.preview.url}#/settings`);
  await settled(page, 'Settings');
  await check(page, 'language list', () => page.getByRole('button', { name: /Language and region/ }).click(), listbox);

  await page.goto(`${app.preview.url}#/data`);
  await settled(page, 'Your data');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await check(page, 'restore a backup', () => page.getByRole('button', { name: /^Restore the backup from / }).first().click(), dialog);

  const knowHow = app.call('knowHow:list', {})[0]!;
  app.call('knowHow:delete', { id: knowHow.id });
  await page.goto(`${app.preview.url}#/trash`);
  await settled(page, 'Trash');
  await check(page, 'empty the trash', () => page.getByRole('button', { name: 'Empty trash…' }).click(), dialog);
});
