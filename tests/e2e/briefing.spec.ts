import { addDays } from '../../src/dates/calendar-date.ts';
import { todayIn } from '../../src/dates/time-zone.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const ZONE = 'Europe/London';

test('with the sample data a briefing reads well in light, dark and print, on one A4 page', async ({ page, app }) => {
  await page.goto(app.preview.url);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('link', { name: 'Open the briefing' })).toBeVisible();

  // The planned visit with the most to say: the hardest page to fit and to read.
  const planned = app.call('visits:list', { status: 'planned', limit: 1000 }).filter((v) => v.startsAt > new Date().toISOString());
  const richest = planned
    .map((v) => ({ visit: v, briefing: app.call('briefing:forVisit', { id: v.id, timeZone: ZONE }) }))
    .sort((a, b) => b.briefing.highlights.length + b.briefing.people.length - (a.briefing.highlights.length + a.briefing.people.length))[0]!;
  await page.goto(`${app.preview.url}#/visits/${richest.visit.id}/briefing`);
  await expect(page.getByRole('heading', { level: 1, name: `Briefing: ${richest.visit.clientName}` })).toBeVisible();
  await expect(page.getByRole('region', { name: richest.visit.clientName })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(richest.briefing.people.length);
  await expectAccessible(page, 'briefing');
  await app.snap('briefing');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'briefing (dark)');
  await app.snap('briefing-dark');

  // Print: A4 at 96 dpi, light, no navigation or buttons.
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Log this visit/ })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await app.snap('briefing-print');
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g), 'printed pages').toHaveLength(1);

  // Back on screen: tick an item as asked, with a note, from the keyboard.
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1200, height: 800 });
  const tick = page.getByRole('checkbox', { name: /^Asked about / }).first();
  const what = (await tick.getAttribute('aria-label'))!.replace(/^Asked about /, '');
  await tick.focus();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await expectAccessible(page, 'briefing, ticking an item');
  // The note can be added after ticking, and the tick taken back and given again.
  const note = page.getByLabel(`What they said about ${what} (optional)`);
  await note.fill('doing much better');
  await note.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Note saved' }).first()).toBeVisible();
  const sections = [...richest.briefing.people.flatMap((p) => p.sections), ...richest.briefing.client.sections];
  const ticked = sections.flatMap((sec) => [...sec.items, ...sec.more]).find((item) => item.text === what)!;
  for (const ref of ticked.about.filter((a) => a.type === 'event')) {
    expect(app.call('events:get', { id: ref.id }).acknowledgements).toContainEqual(expect.objectContaining({ visitId: richest.visit.id, note: 'doing much better' }));
  }
});

test('marking a person deceased takes them out of greetings and ask-abouts; their partner’s briefing names the death', async ({ page, app }) => {
  const today = todayIn(new Date(), ZONE);
  const inThreeDays = addDays(today, 3);
  const client = app.call('clients:create', { name: 'The Bakers', kind: 'household' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: client.id, role: 'family' });
  const tom = app.call('people:addRelative', {
    personId: sue.id,
    relativeIs: 'spouse',
    relative: { givenName: 'Tom', familyName: 'Baker', birthday: { month: Number(inThreeDays.slice(5, 7)), day: Number(inThreeDays.slice(8, 10)) }, clientId: client.id, role: 'family' },
  }).other;
  app.call('events:create', { typeKey: 'retirement', title: 'Tom retired from the railway', date: addDays(today, -10), precision: 'day', personIds: [tom.id] });
  const visit = app.call('visits:create', { clientId: client.id, startsAt: new Date(Date.now() + 86_400_000).toISOString() });

  // Before: Tom is someone to see, to greet and to ask after.
  await page.goto(app.preview.url);
  await expect(page.getByRole('list', { name: 'Birthdays and anniversaries' })).toContainText('Birthday of Tom Baker');
  await page.goto(`${app.preview.url}#/visits/${visit.id}/briefing`);
  await expect(page.getByRole('article', { name: 'Tom Baker' })).toBeVisible();
  // Tom's news is told once, in Tom's own card, not again in Sue's.
  await expect(page.getByRole('list', { name: 'Ask about: Tom Baker' })).toContainText('retirement');
  await expect(page.getByRole('main')).not.toContainText(/Ask Sue about Tom/);

  await page.getByRole('article', { name: 'Tom Baker' }).getByRole('link', { name: 'Tom Baker' }).click();
  await page.getByRole('button', { name: 'Mark as deceased…' }).click();
  await page.getByRole('alertdialog', { name: 'Mark Tom Baker as deceased' }).getByRole('button', { name: 'Mark as deceased' }).click();
  await expect(page.getByText(/^Died /)).toBeVisible();

  // Home: no birthday greeting; the next visit leads with the death.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('region', { name: 'Birthdays and anniversaries' })).toContainText('None in the next two weeks.');
  const next = page.getByRole('region', { name: 'Next visit' });
  await expect(next).toContainText('Who you’ll see: Sue Baker');
  await expect(next.getByRole('list', { name: 'Read this first' }).getByRole('listitem').first()).toContainText(/Don't ask:\s*Tom \(Sue's spouse\) died on .*Why: died today/);
  await expect(page.getByRole('main')).not.toContainText(/retire|birthday of Tom/i);
  await expectAccessible(page, 'home after a death');

  await page.keyboard.press('b');
  await expect(page.getByRole('heading', { level: 1, name: 'Briefing: The Bakers' })).toBeVisible();
  const sueCard = page.getByRole('article', { name: 'Sue Baker' });
  await expect(sueCard.getByRole('list', { name: "Don't ask: Sue Baker" })).toContainText(/Tom \(Sue's spouse\) died on .*\. Don't ask after Tom.*Why: died today/);
  await expect(sueCard.getByRole('list', { name: 'Ask about: Sue Baker' })).toHaveCount(0);
  await expect(sueCard.getByRole('list', { name: "Sue Baker's circle" })).toContainText('Tom Baker spouse, died');
  await expect(page.getByRole('article', { name: 'Tom Baker' })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(/retire|birthday/i);
  await expectAccessible(page, 'briefing after a death');
});
