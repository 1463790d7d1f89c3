import { previousTuesday } from 'date-fns/previousTuesday';
import { toNoonDate } from '../../src/dates/calendar-date.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const medium = (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);

test('a new user adds a client, a person, their partner and a life event, then plans a visit', async ({ page, app }) => {
  await page.goto(app.preview.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Ask After' })).toBeVisible();
  await expectAccessible(page, 'welcome');
  await app.snap('welcome');
  await page.getByRole('button', { name: 'Add your first client' }).click();

  await expect(page.getByLabel('Client name')).toBeFocused();
  await page.getByLabel('Client name').fill('The Bakers');
  await page.getByLabel('Household').check();
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.getByRole('link', { name: 'The Bakers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The Bakers' })).toBeFocused();

  const addPerson = page.getByRole('form', { name: 'Add a person' });
  await addPerson.getByLabel('First name').fill('Sue');
  await addPerson.getByLabel('Family name').fill('Baker');
  await addPerson.getByRole('button', { name: /Role/ }).click();
  await page.getByRole('option', { name: 'Family' }).click();
  await addPerson.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('list', { name: 'People at this client' }).getByRole('link', { name: 'Sue Baker' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sue Baker' })).toBeVisible();
  await page.getByRole('button', { name: /Add a relative/ }).click();
  await page.getByRole('menuitem', { name: 'Partner' }).click();
  await page.getByLabel('Partner’s first name').fill('Tom');
  await page.getByRole('button', { name: 'Add partner' }).click();
  await expect(page.getByRole('list', { name: "Sue Baker's relatives" })).toContainText(/Partner\s*Tom/);

  await page.getByRole('link', { name: 'Add life event' }).click();
  await expect(page.getByRole('heading', { name: 'New life event' })).toBeVisible();
  await page.getByRole('button', { name: /Kind of news/ }).click();
  await page.getByRole('option', { name: /Surgery or hospital stay/ }).click();
  await page.getByLabel('What happened, in a few words').fill('Hip operation');
  await page.getByLabel('Type it as they said it').fill('in October');
  await expect(page.getByText(/^Understood: October 2026.*month only$/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chosen people' })).toContainText('Sue Baker');
  await page.getByLabel('Still going on').check();
  await expectAccessible(page, 'life-event editor');
  await app.snap('life-event-editor');
  await page.getByRole('button', { name: 'Save life event' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sue Baker' })).toBeVisible();
  const timeline = page.getByRole('list', { name: "Sue Baker's life events" });
  await expect(timeline).toContainText('Hip operation');
  await expect(timeline).toContainText('ongoing');
  await app.snap('person-new');

  await page.getByRole('link', { name: 'The Bakers' }).click();
  await page.getByRole('link', { name: 'Plan a visit' }).first().click();
  await expect(page.getByRole('combobox', { name: 'Client' })).toHaveValue('The Bakers');
  await page.getByLabel('Purpose').fill('Set up the new printer');
  await expect(page.getByRole('checkbox', { name: /Sue Baker/ })).toBeChecked();
  await expectAccessible(page, 'plan a visit');
  await app.snap('plan-visit');
  await page.getByRole('button', { name: 'Plan visit' }).click();
  await expect(page.getByRole('heading', { name: 'Briefing: The Bakers' })).toBeVisible();
  const [visit] = app.call('visits:list', { status: 'planned' });
  expect(visit).toMatchObject({ purpose: 'Set up the new printer', attendees: [expect.objectContaining({ expected: true })] });
});

test('after the visit: notes survive a reload mid-typing, news is ticked and added, the visit is completed', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Bakers', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' });
  const trip = app.call('events:create', { typeKey: 'trip', title: 'Cruise to Norway', date: todayIn(new Date(), 'Europe/London'), precision: 'month', personIds: [sue.id] });
  const visit = app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() - 3_600_000).toISOString(), expectedPersonIds: [sue.id] });

  await page.goto(`${app.preview.url}#/visits/${visit.id}/log`);
  await page.getByRole('checkbox', { name: /^Sue Baker/ }).check();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.pressSequentially('Router replaced; Sue was cheerful');
  // Reload well inside the autosave pause: the local draft must carry the text over.
  await page.reload();
  await expect(notes).toHaveValue('Router replaced; Sue was cheerful');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  expect(app.call('visits:get', { id: visit.id }).notes).toBe('Router replaced; Sue was cheerful');

  const asked = page.getByRole('list', { name: 'Recent news to tick' });
  await asked.getByPlaceholder(/What they said/).fill('loved the fjords');
  await asked.getByRole('checkbox', { name: 'Asked about Cruise to Norway' }).check();
  await expect(asked.getByRole('checkbox', { name: 'Asked about Cruise to Norway' })).toBeChecked();
  expect(app.call('events:get', { id: trip.id }).acknowledgements).toEqual([expect.objectContaining({ visitId: visit.id, note: 'loved the fjords' })]);

  await page.getByLabel('News, as they told it').fill('grandchild born last Tuesday');
  await page.getByRole('button', { name: 'Read it' }).click();
  const tuesday = previousTuesday(toNoonDate(todayIn(new Date(), 'Europe/London')));
  await expect(page.getByRole('form', { name: 'Check the life event' }).getByRole('status')).toHaveText(new RegExp(`^Understood: ${medium(tuesday)} \\(.+\\) — exact day$`));
  // The text names nobody: you say whom it is about.
  await page.getByRole('form', { name: 'Check the life event' }).getByRole('checkbox', { name: 'Sue Baker' }).check();
  await expectAccessible(page, 'visit log');
  await app.snap('visit-log-quick-add');
  await page.getByRole('button', { name: 'Save life event' }).click();
  await expect(page.getByText(`Saved: Grandchild born, ${medium(tuesday)}.`)).toBeVisible();

  await page.getByRole('tab', { name: 'Follow-up' }).click();
  await page.getByLabel('Follow-up, as you would say it').fill('call Sue tomorrow 6pm to check the printer');
  await page.getByRole('button', { name: 'Read it' }).click();
  await expect(page.getByRole('form', { name: 'Check the follow-up' })).toContainText('18:00');
  await page.getByRole('button', { name: 'Save follow-up' }).click();
  await expect(page.getByText(/^Added: Call on /)).toBeVisible();

  await page.getByRole('button', { name: 'Complete visit' }).click();
  await expect(page.getByText(/Visit completed/)).toBeVisible();
  expect(app.call('visits:get', { id: visit.id }).status).toBe('completed');
  expect(app.call('followUps:list', { clientId: client.id })).toEqual([expect.objectContaining({ kind: 'call', personId: sue.id, sourceVisitId: visit.id })]);
});

test('marking a person as deceased asks first, then shows it to the people close to them', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Bakers', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' });
  const tom = app.call('people:addRelative', { personId: sue.id, relativeIs: 'spouse', relative: { givenName: 'Tom', familyName: 'Baker' } });

  await page.goto(`${app.preview.url}#/people/${tom.other.id}`);
  await page.getByRole('button', { name: 'Mark as deceased…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Mark Tom Baker as deceased' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'mark as deceased');
  await app.snap('mark-deceased');
  await dialog.getByRole('button', { name: 'Mark as deceased' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Died /)).toBeVisible();
  expect(app.call('people:get', { id: tom.other.id }).diedOn).toBe(todayIn(new Date(), 'Europe/London'));

  await page.getByRole('link', { name: 'Sue Baker' }).click();
  await expect(page.getByRole('list', { name: "Sue Baker's relatives" })).toContainText(/Tom Baker\s*Died/);
});

test('search finds a grandparent by the grandchild’s name and opens the person', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'The Bakers', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' });
  app.call('people:addRelative', { personId: sue.id, relativeIs: 'grandchild', relative: { givenName: 'Lily' } });

  await page.goto(`${app.preview.url}#/clients`);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const search = page.getByRole('searchbox', { name: /Search people/ });
  await expect(search).toBeFocused();
  await search.fill('Lily');
  const results = page.getByRole('menu', { name: 'Search results' });
  const grandparent = results.getByRole('menuitem', { name: /Sue Baker/ });
  await expect(grandparent).toContainText('Grandparent of Lily');
  await expect(results.locator('mark').first()).toHaveText('Lily');
  await expectAccessible(page, 'search');
  await app.snap('search');
  // Arrow down to the grandparent's hit; Enter opens it.
  for (let i = 0; i < 5 && (await grandparent.getAttribute('data-focused')) === null; i += 1) await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sue Baker' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/people/${sue.id}$`));
});

test('search says which client each look-alike hit belongs to, and finds a caller by the number on the phone', async ({ page, app }) => {
  const dental = app.call('clients:create', { name: 'Smith Dental', kind: 'business' });
  const shop = app.call('clients:create', { name: 'Corner Shop', kind: 'business' });
  for (const client of [dental, shop]) app.call('knowHow:create', { clientId: client.id, question: "Quotes going to customers' spam" });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: shop.id, role: 'owner', phone: '07700 900123' });

  await page.goto(`${app.preview.url}#/clients`);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const search = page.getByRole('searchbox', { name: /Search people/ });
  const results = page.getByRole('menu', { name: 'Search results' });
  await search.fill('quotes spam');
  await expect(results.getByRole('menuitem')).toHaveCount(2);
  await expect(results.getByRole('menuitem', { name: /Quotes going to customers' spam.*Smith Dental/ })).toBeVisible();
  await expect(results.getByRole('menuitem', { name: /Quotes going to customers' spam.*Corner Shop/ })).toBeVisible();
  await expectAccessible(page, 'search with client labels');
  await app.snap('search-client-labels');

  await search.fill('+44 7700 900123');
  const caller = results.getByRole('menuitem', { name: /Sue Baker.*Corner Shop/ });
  await expect(caller).toContainText('Phone 07700 900123');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sue Baker' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/people/${sue.id}$`));
});

test('a client’s details are edited, it goes to the trash, comes back, and the trash is emptied', async ({ page, app }) => {
  const client = app.call('clients:create', { name: 'Smith Dental' });
  const old = app.call('clients:create', { name: 'Old Client' });
  app.call('clients:delete', { id: old.id });

  await page.goto(`${app.preview.url}#/clients/${client.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Smith Dental' });
  await dialog.getByLabel('Parking').fill('Behind the church');
  await dialog.getByLabel('Usual visit rhythm, in weeks').fill('4');
  await expectAccessible(page, 'edit client');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Contact and site' })).toContainText('Behind the church');
  await expect(page.getByRole('region', { name: 'Rhythm' })).toContainText('Usually every 4 weeks.');

  await page.getByRole('button', { name: 'Move to trash…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible();

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Restore Smith Dental' }).click();
  await expect(page.getByRole('list', { name: 'Deleted records' })).not.toContainText('Smith Dental');
  await page.getByRole('button', { name: 'Empty trash…' }).click();
  await page.getByRole('alertdialog', { name: 'Empty the trash?' }).getByRole('button', { name: 'Delete 1 for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(app.call('clients:list', {}).map((c) => c.name)).toEqual(['Smith Dental']);
});
