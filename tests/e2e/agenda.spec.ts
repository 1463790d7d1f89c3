import type { Page } from '@playwright/test';
import { instantAtLocal, weekStartOn } from '../../src/agenda/week.ts';
import { addDays } from '../../src/dates/calendar-date.ts';
import { dateFormat } from '../../src/dates/date-format.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

/** Issue 14, part 7: the agenda, every client's visits and contacts by week and day. */

// The browser runs as en-GB in London (playwright.config.ts): weeks start on Monday.
const ZONE = 'Europe/London';
const dates = dateFormat({ locale: 'en-GB', timeZone: ZONE });
const thisWeek = weekStartOn(todayIn(new Date(), ZONE), 'mon');
const nextWeek = addDays(thisWeek, 7);
const lastWeek = addDays(thisWeek, -7);
const at = (day: string, hour: number) => instantAtLocal(day, hour, 0, ZONE);
const range = (monday: string) => `${dates.dayMonth(monday, dates.year(monday) !== dates.year(addDays(monday, 6)))} – ${dates.dayMonth(addDays(monday, 6), true)}`;
const slot = (page: Page, day: string, hour: number) => page.getByRole('button', { name: `Plan a visit on ${dates.weekdayLong(day)} at ${String(hour).padStart(2, '0')}:00` });

test('navigate weeks, move a visit by keyboard (and undo), by drag, and plan a visit from a free slot', async ({ page, app }) => {
  test.slow(); // a week with two accessibility checks, a form and a client page
  const client = app.call('clients:create', { name: 'Smith Dental', kind: 'business' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'owner' });
  const router = app.call('visits:create', { clientId: client.id, startsAt: at(addDays(nextWeek, 1), 10), endsAt: at(addDays(nextWeek, 1), 11), purpose: 'Router', expectedPersonIds: [sue.id] });
  const logged = app.call('visits:create', { clientId: client.id, startsAt: at(addDays(lastWeek, 2), 14), purpose: 'Backups' });
  app.call('visits:complete', { id: logged.id });
  app.call('contacts:create', { clientId: client.id, personId: sue.id, kind: 'call', occurredAt: at(addDays(lastWeek, 3), 11), summary: 'Printer jams again' });

  await page.goto(app.preview.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: range(thisWeek) })).toBeVisible();

  // Last week: the logged visit and the call; a logged visit stays where it happened.
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(page.getByRole('heading', { level: 2, name: range(lastWeek) })).toBeVisible();
  const table = page.getByRole('table', { name: `Visits and contacts, ${range(lastWeek)}` });
  await expect(table.getByText('Printer jams again')).toBeVisible();
  await table.getByRole('button', { name: /Smith Dental · Backups, visit, done/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /is logged, so it stays where it happened/ })).toBeVisible();

  // Next week, by keyboard: pick the visit up, a day later and an hour later, Enter.
  await page.getByRole('button', { name: 'Today' }).click();
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByRole('heading', { level: 2, name: range(nextWeek) })).toBeVisible();
  const visit = page.getByRole('button', { name: /Smith Dental · Router, visit, planned/ });
  await visit.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Moving the visit to Smith Dental' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#agenda-move-help')).toContainText(`to ${dates.weekdayDayMonth(addDays(nextWeek, 2))}, 11:00`);
  await expectAccessible(page, 'agenda, moving a visit');
  await app.snap('agenda-moving');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Moved the visit to Smith Dental to ${dates.weekdayDayMonth(addDays(nextWeek, 2))}, 11:00.` })).toBeVisible();
  expect(app.call('visits:get', { id: router.id })).toMatchObject({ startsAt: at(addDays(nextWeek, 2), 11), endsAt: at(addDays(nextWeek, 2), 12) });
  // Focus follows the visit to its new slot, so the keyboard can carry on from there.
  await expect(page.getByRole('button', { name: /^11:00 Smith Dental · Router, visit, planned/ })).toBeFocused();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Undone: the visit is back on/ })).toBeVisible();
  expect(app.call('visits:get', { id: router.id })).toMatchObject({ startsAt: at(addDays(nextWeek, 1), 10) });

  // By drag: onto Friday's 09:00 slot, keeping its minutes and its length.
  await visit.dragTo(page.locator('td', { has: slot(page, addDays(nextWeek, 4), 9) }));
  await expect(page.getByRole('status').filter({ hasText: `Moved the visit to Smith Dental to ${dates.weekdayDayMonth(addDays(nextWeek, 4))}, 09:00.` })).toBeVisible();
  expect(app.call('visits:get', { id: router.id })).toMatchObject({ startsAt: at(addDays(nextWeek, 4), 9), endsAt: at(addDays(nextWeek, 4), 10) });

  // Plan a visit from a free slot: Thursday at 15:00, reached by the arrow keys among the slots.
  await slot(page, addDays(nextWeek, 3), 14).focus();
  await page.keyboard.press('ArrowDown');
  await expect(slot(page, addDays(nextWeek, 3), 15)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a visit' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Client' }).fill('Smith');
  await page.getByRole('option', { name: 'Smith Dental' }).click();
  await page.getByLabel('Purpose').fill('New laptop');
  await page.getByRole('button', { name: 'Plan visit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: range(nextWeek) })).toBeVisible();
  await expect(page.getByRole('button', { name: /15:00 Smith Dental · New laptop, visit, planned/ })).toBeVisible();
  await expectAccessible(page, 'agenda, next week');
  await app.snap('agenda-week');

  await page.goto(`${app.preview.url}#/clients/${client.id}`);
  const planned = page.getByRole('list', { name: 'Planned visits' });
  await expect(planned.getByText('New laptop')).toBeVisible();
  await expect(planned.getByText(dates.instant(at(addDays(nextWeek, 3), 15)))).toBeVisible();
});

test('with the sample data the agenda shows the week and a day, and passes axe', async ({ page, app }) => {
  test.slow(); // the sample data and two accessibility checks
  await page.goto(app.preview.url);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  await page.getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await expect(page.getByRole('button', { name: /visit, planned/ }).first()).toBeVisible();
  await expectAccessible(page, 'agenda with sample data');
  await app.snap('agenda-sample-week');
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Next day' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: `${dates.weekdayLong(todayIn(new Date(), ZONE))} ${dates.year(todayIn(new Date(), ZONE))}` })).toBeVisible();
  await expectAccessible(page, 'agenda day with sample data');
  await app.snap('agenda-sample-day');
});
