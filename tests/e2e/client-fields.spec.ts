import { addDays } from '../../src/dates/calendar-date.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

/** Issue 14, part 6 in the browser: a client's own fields, and a renewal date that comes up on Home and in the briefing. */

test('details are kept per client by keyboard, a mistake is said beside its field, and a renewal date comes up on Home and in the briefing', async ({ page, app }) => {
  test.slow(); // a client page, Home and a briefing, each with an accessibility check
  const smith = app.call('clients:create', { name: 'Smith Dental', kind: 'business' });
  const today = todayIn(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  // Typed as the date field shows it (day, month, year in en-GB).
  const renewal = addDays(today, 20);
  const [year, month, day] = renewal.split('-');

  await page.goto(`${app.preview.url}#/clients/${smith.id}`);
  const section = page.getByRole('region', { name: 'Details we keep' });
  await expect(section.getByText(/^Nothing kept yet/)).toBeVisible({ timeout: 20_000 });

  // Words: the ISP, added by keyboard.
  await section.getByText('Add a detail').click();
  const form = section.getByRole('form', { name: 'Add a detail' });
  await form.getByLabel('Label').fill('ISP');
  await form.getByLabel('Value').fill('Zen Internet');
  await form.getByLabel('Value').press('Enter');
  const list = section.getByRole('list', { name: 'Details we keep for Smith Dental' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem').first()).toContainText('Zen Internet');

  // A date with a reminder: a negative reminder is refused beside its field, keeping what was typed.
  await form.getByLabel('Label').fill('Microsoft 365 renewal');
  await form.getByRole('button', { name: /Holds/ }).click();
  await page.getByRole('option', { name: /A date/ }).click();
  await form.getByRole('spinbutton', { name: /^day/i }).focus();
  await page.keyboard.type(`${day}${month}${year}`);
  await form.getByLabel('Remind me (days before)').fill('-5');
  await form.getByRole('button', { name: 'Add detail' }).click();
  await expect(form.getByText(/The reminder cannot be a negative number of days/)).toBeVisible();
  await expect(form.getByLabel('Label')).toHaveValue('Microsoft 365 renewal');
  await expectAccessible(page, 'a client detail with a mistake');
  await form.getByLabel('Remind me (days before)').fill('30');
  await form.getByRole('button', { name: 'Add detail' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').nth(1)).toContainText('Reminder 30 days before');
  await expect(app.call('clientFields:list', { clientId: smith.id }).map((f) => f.value)).toEqual(['Zen Internet', renewal]);

  // Edit in place: the ISP's plan added, by the Edit button; the cursor starts in the label.
  await list.getByRole('button', { name: 'Edit: ISP' }).click();
  const edit = list.getByRole('form', { name: 'Edit detail: ISP' });
  await expect(edit.getByLabel('Label')).toBeFocused();
  await edit.getByLabel('Value').fill('Zen Internet (FTTP 900)');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByRole('listitem').first()).toContainText('Zen Internet (FTTP 900)');
  await expectAccessible(page, 'client page with details kept');
  await app.snap('client-fields');

  // Home: the renewal, named with its client, leading to the client.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const renewals = page.getByRole('list', { name: 'Renewals coming up' });
  await expect(renewals.getByText('Smith Dental: Microsoft 365 renewal in 20 days.')).toBeVisible();
  await expectAccessible(page, 'home with a renewal');
  await app.snap('client-fields-home');

  // The briefing for a visit there says it among the promises.
  const visit = app.call('visits:create', { clientId: smith.id, startsAt: new Date(Date.now() + 2 * 3_600_000).toISOString() });
  await page.goto(`${app.preview.url}#/visits/${visit.id}/briefing`);
  await expect(page.getByText('Microsoft 365 renewal in 20 days.').first()).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'briefing with a renewal');

  // Renewed: the date moves on a year and the item goes; removing a detail takes it off the page.
  await page.goto(`${app.preview.url}#/clients/${smith.id}`);
  await list.getByRole('button', { name: 'Remove: ISP' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});
