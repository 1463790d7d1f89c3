import { expect, expectAccessible, test } from './fixtures.ts';

/** Issue 14, part 4 in the browser: several labelled numbers and addresses, typed by keyboard, shown as links, found by search. */

test('several numbers and e-mail addresses are added with labels by keyboard, a mistake keeps what was typed, and search finds the person by any number', async ({ page, app }) => {
  test.slow(); // a dialog and a page, each with an accessibility check, and search
  const shop = app.call('clients:create', { name: 'Corner Shop', kind: 'business' });
  const sue = app.call('people:create', { givenName: 'Sue', familyName: 'Baker', clientId: shop.id, role: 'owner', phone: '07700 900123' });

  await page.goto(`${app.preview.url}#/people/${sue.id}`);
  await expect(page.getByRole('link', { name: '07700 900123' })).toHaveAttribute('href', 'tel:07700900123');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Sue Baker' });
  await expect(dialog.getByLabel('Phone number 1', { exact: true })).toHaveValue('07700 900123');
  await dialog.getByLabel('Label 1').first().fill('mobile');

  // "Add another" puts the cursor in the new line; Tab goes on to its label.
  await dialog.getByRole('button', { name: 'Add another phone number' }).click();
  await expect(dialog.getByLabel('Phone number 2', { exact: true })).toBeFocused();
  await page.keyboard.type('0113 496 0999');
  await page.keyboard.press('Tab');
  await page.keyboard.type('home');
  await dialog.getByRole('button', { name: 'Add another phone number' }).press('Enter');
  await expect(dialog.getByLabel('Phone number 3', { exact: true })).toBeFocused();
  await page.keyboard.type('ring the shop');
  await dialog.getByLabel('E-mail address 1', { exact: true }).fill('sue@cornershop.example');
  await dialog.getByRole('button', { name: 'Save' }).click();

  // The mistake is said beside the field; everything typed stays.
  await expect(dialog.getByText('A phone number needs at least three digits (e.g. 07700 900123).')).toBeVisible();
  await expect(dialog.getByLabel('Phone number 3', { exact: true })).toHaveValue('ring the shop');
  await expect(dialog.getByLabel('Phone number 2', { exact: true })).toHaveValue('0113 496 0999');
  await expectAccessible(page, 'editing several phone numbers');
  await app.snap('contact-details-form');
  await dialog.getByRole('button', { name: 'Remove phone number 3' }).press('Enter');
  await expect(dialog.getByLabel('Phone number 3', { exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  const facts = page.getByRole('region', { name: 'What to know' });
  await expect(facts.getByRole('link', { name: '0113 496 0999' })).toHaveAttribute('href', 'tel:01134960999');
  await expect(facts.getByText('home')).toBeVisible();
  await expect(facts.getByRole('link', { name: 'sue@cornershop.example' })).toHaveAttribute('href', 'mailto:sue@cornershop.example');
  await expectAccessible(page, 'person page with several numbers');
  await app.snap('contact-details-person');
  expect(app.call('contactDetails:list', { personId: sue.id })).toMatchObject({
    phones: [
      { value: '07700 900123', label: 'mobile' },
      { value: '0113 496 0999', label: 'home' },
    ],
    emails: [{ value: 'sue@cornershop.example', label: null }],
  });

  // The home number, however it is typed, finds her and says where she works.
  await page.keyboard.press('Control+K');
  const search = page.getByRole('searchbox', { name: /Search people/ });
  await search.fill('+44 113 496 0999');
  const caller = page.getByRole('menu', { name: 'Search results' }).getByRole('menuitem', { name: /Sue Baker.*Corner Shop/ });
  await expect(caller).toContainText('Phone 0113 496 0999');
});

test("a client's phone numbers are edited in its details and listed on its page", async ({ page, app }) => {
  const shop = app.call('clients:create', { name: 'Corner Shop', kind: 'business', phone: '0113 496 0000' });
  await page.goto(`${app.preview.url}#/clients/${shop.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit Corner Shop' });
  await dialog.getByLabel('Label 1').first().fill('Reception');
  await dialog.getByRole('button', { name: 'Add another phone number' }).click();
  await page.keyboard.type('0113 496 0001');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Workshop');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const site = page.getByRole('region', { name: 'Contact and site' });
  await expect(site.getByRole('link', { name: '0113 496 0001' })).toHaveAttribute('href', 'tel:01134960001');
  await expect(site.getByText('Workshop')).toBeVisible();
  await expect(site.getByText('Reception')).toBeVisible();
});
