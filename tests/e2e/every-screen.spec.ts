import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';

/** Waits until the screen has its heading and has finished loading, with no failure shown. */
async function settled(page: Page, heading: RegExp | string) {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

test('with the sample data every screen renders, passes axe, and is photographed', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.preview.url);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await settled(page, 'Home');

  // A client whose people have relatives and news: the richest pages to look at.
  const clients = app.call('clients:list', {});
  const rich = clients
    .map((client) => ({ client, people: app.call('roles:listForClient', { clientId: client.id }).filter((r) => r.active) }))
    .flatMap(({ client, people }) => people.map((r) => ({ client, person: r.person, relatives: app.call('people:relatives', { id: r.personId }), events: app.call('events:list', { personId: r.personId }) })))
    .find((c) => c.relatives.length >= 2 && c.events.length >= 2 && !c.person.diedOn);
  expect(rich, 'a client contact with relatives and life events in the sample data').toBeDefined();
  const { client, person, events } = rich!;
  const visits = app.call('visits:list', { clientId: client.id });
  const done = visits.find((v) => v.status === 'completed') ?? visits[0]!;
  const planned = app.call('visits:list', { status: 'planned' })[0]!;
  const trashed = app.call('knowHow:list', {})[0];
  if (trashed) app.call('knowHow:delete', { id: trashed.id });

  const screens: [name: string, hash: string, heading: RegExp | string][] = [
    ['home', '#/', /Home|Welcome/],
    ['clients', '#/clients', 'Clients'],
    ['client', `#/clients/${client.id}`, client.name],
    ['people', '#/people', 'People'],
    ['agenda', '#/agenda', 'Agenda'],
    ['duplicates', '#/duplicates', 'Possible duplicates'],
    ['tags', '#/tags', 'Tags'],
    ['clients-tagged', '#/clients?tag=2', 'Clients'],
    ['person', `#/people/${person.id}`, new RegExp(person.displayName)],
    ['life-event', `#/events/${events[0]!.id}`, /^Edit: /],
    ['life-event-new', `#/events/new?person=${person.id}`, 'New life event'],
    ['plan-visit', `#/visits/new?client=${client.id}`, 'Plan a visit'],
    ['change-visit', `#/visits/${planned.id}/edit`, 'Change a visit'],
    ['visit-log', `#/visits/${done.id}/log`, `Visit log: ${client.name}`],
    ['briefing', `#/visits/${planned.id}/briefing`, /Briefing/],
    ['follow-ups', '#/follow-ups', 'Follow-ups'],
    ['incidents', '#/incidents', 'Incidents'],
    ['know-how', '#/know-how', 'Know-how'],
    ['trash', '#/trash', 'Trash'],
    ['settings', '#/settings', 'Settings'],
    ['not-found', '#/nowhere', 'Nothing here'],
  ];
  for (const [name, hash, heading] of screens) {
    await page.goto(`${app.preview.url}${hash}`);
    await settled(page, heading);
    await expectAccessible(page, name);
    await app.snap(`sample-${name}`);
  }

  // The overlays: search from anywhere, and the keyboard shortcuts.
  await page.goto(`${app.preview.url}#/clients/${client.id}`);
  await settled(page, client.name);
  await page.keyboard.press('Control+K');
  await page.getByRole('searchbox', { name: /Search people/ }).fill(person.familyName ?? person.givenName);
  await expect(page.getByRole('menuitem').first()).toBeVisible();
  await expectAccessible(page, 'search');
  await app.snap('sample-search');
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectAccessible(page, 'shortcuts');
  await app.snap('sample-shortcuts');
  await page.keyboard.press('Escape');

  // Dark mode follows the system.
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const [name, hash, heading] of screens.filter(([n]) => ['person', 'visit-log', 'client'].includes(n))) {
    await page.goto(`${app.preview.url}${hash}`);
    await settled(page, heading);
    await expectAccessible(page, `${name} (dark)`);
    await app.snap(`sample-${name}-dark`);
  }
});

test('keyboard: g then a letter goes to a screen, and focus lands on its heading', async ({ page, app }) => {
  app.call('clients:create', { name: 'Smith Dental' });
  await page.goto(app.preview.url);
  await settled(page, 'Home');
  await page.keyboard.press('g');
  await page.keyboard.press('c');
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeFocused();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Filter clients')).toBeFocused();
  await page.keyboard.type('smith');
  await page.getByRole('link', { name: 'Smith Dental' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Smith Dental' })).toBeFocused();
});
