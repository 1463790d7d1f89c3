import { todayIn } from '../../src/dates/time-zone.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

/** Issue 9 in the browser: quick-added news names the right person, and ticks can be taken back. */

test('quick-added news is about the person it names; a death says what else changed, and Undo takes it back', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Shahs', kind: 'household' });
  const sarah = app.call('people:create', { givenName: 'Sarah', familyName: 'Shah', clientId: client.id, role: 'family' });
  const raj = app.call('people:create', { givenName: 'Raj', familyName: 'Shah', clientId: client.id, role: 'family' });
  const priya = app.call('people:addRelative', { personId: sarah.id, relativeIs: 'child', relative: { givenName: 'Priya', familyName: 'Shah' } }).other;
  const visit = app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() - 3_600_000).toISOString(), expectedPersonIds: [sarah.id, raj.id] });

  await page.goto(`${app.preview.url}#/visits/${visit.id}/log`);
  await page.getByLabel('News, as they told it').fill('Priya got engaged last weekend');
  await page.getByRole('button', { name: 'Read it' }).click();
  const check = page.getByRole('form', { name: 'Check the life event' });
  await expect(check.getByRole('checkbox', { name: /^Priya Shah/ })).toBeChecked();
  await expect(check.getByRole('checkbox', { name: 'Sarah Shah' })).not.toBeChecked();
  await expect(check.getByRole('checkbox', { name: 'Raj Shah' })).not.toBeChecked();
  await app.snap('quick-add-names-priya');
  await check.getByRole('button', { name: 'Save life event' }).click();
  await expect(page.getByText(/^Saved: Priya got engaged/)).toBeVisible();
  expect(app.call('events:list', { personId: sarah.id })).toEqual([]);
  expect(app.call('events:list', { personId: priya.id }).map((e) => e.typeKey)).toEqual(['engagement']);

  await page.getByLabel('News, as they told it').fill('Raj passed away last month');
  await page.getByRole('button', { name: 'Read it' }).click();
  await expect(check.getByRole('combobox', { name: 'Who died?' })).toHaveValue(String(raj.id));
  await check.getByRole('button', { name: 'Save life event' }).click();
  await expect(page.getByText(/^Also marked Raj Shah as having died in /)).toBeVisible();
  expect(app.call('people:get', { id: raj.id }).diedOn).not.toBeNull();
  await expectAccessible(page, 'visit log after a death');
  await app.snap('quick-add-death-undo');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(/^Undone:/)).toBeVisible();
  expect(app.call('people:get', { id: raj.id }).diedOn).toBeNull();
});

test('a tick can be taken back and its note written afterwards, the same in the visit log and the briefing', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Bakers', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' });
  const trip = app.call('events:create', { typeKey: 'trip', title: 'Cruise to Norway', date: todayIn(new Date(), 'Europe/London'), precision: 'month', personIds: [sue.id] });
  const visit = app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() + 86_400_000).toISOString(), expectedPersonIds: [sue.id] });

  await page.goto(`${app.preview.url}#/visits/${visit.id}/log`);
  const asked = page.getByRole('list', { name: 'Recent news to tick' });
  const tick = asked.getByRole('checkbox', { name: 'Asked about Cruise to Norway' });
  await tick.check();
  await expect.poll(() => app.call('events:get', { id: trip.id }).acknowledgements.length).toBe(1);
  await tick.uncheck();
  await expect.poll(() => app.call('events:get', { id: trip.id }).acknowledgements.length).toBe(0);
  await tick.check();
  await asked.getByRole('textbox', { name: /What they said about Cruise to Norway/ }).fill('loved the fjords');
  await asked.getByRole('textbox', { name: /What they said about Cruise to Norway/ }).press('Enter');
  await expect(asked.getByText('Note saved')).toBeVisible();
  expect(app.call('events:get', { id: trip.id }).acknowledgements).toEqual([expect.objectContaining({ visitId: visit.id, note: 'loved the fjords' })]);
  await tick.uncheck();
  await expect.poll(() => app.call('events:get', { id: trip.id }).acknowledgements.length).toBe(0);

  await page.goto(`${app.preview.url}#/visits/${visit.id}/briefing`);
  const briefingTick = page.getByRole('checkbox', { name: /^Asked about Ask Sue about the trip/ });
  await briefingTick.check();
  await expect.poll(() => app.call('events:get', { id: trip.id }).acknowledgements.length).toBe(1);
  await page.getByRole('textbox', { name: /^What they said about Ask Sue about the trip/ }).fill('back on Friday');
  await page.getByRole('textbox', { name: /^What they said about Ask Sue about the trip/ }).press('Enter');
  await expect.poll(() => app.call('events:get', { id: trip.id }).acknowledgements[0]?.note).toBe('back on Friday');
  await expectAccessible(page, 'briefing with a tick');
  await app.snap('briefing-tick-undo');
  await briefingTick.uncheck();
  await expect.poll(() => app.call('events:get', { id: trip.id }).acknowledgements.length).toBe(0);
});
