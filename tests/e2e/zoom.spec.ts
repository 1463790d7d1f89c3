import { expect, expectAccessible, test } from './fixtures.ts';

/**
 * 200% zoom on a 1280×800 screen leaves the page 640×400 CSS pixels: the places fold behind a
 * Menu button, and the screen's content gets the width and most of the height.
 */
test.use({ viewport: { width: 640, height: 400 } });

test('at 200% zoom the navigation folds into a menu and the content keeps the screen', async ({ page, app }) => {
  await page.goto(app.preview.url);
  await page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(page.getByRole('region', { name: 'Next visit' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  const main = page.locator('#main');
  const menu = nav.getByRole('button', { name: 'Menu' });
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Clients' })).toBeHidden();

  const [navBox, mainBox] = [(await nav.boundingBox())!, (await main.boundingBox())!];
  expect(mainBox.width, 'the content is as wide as the window').toBeGreaterThanOrEqual(600);
  expect(navBox.height, 'the bar above the content is one line').toBeLessThanOrEqual(60);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing runs off to the side').toBeLessThanOrEqual(640);
  await app.snap('zoom-200-home');
  await expectAccessible(page, 'home at 200%');

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'the places menu at 200%');
  await app.snap('zoom-200-menu');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(nav.getByRole('link', { name: 'Clients' })).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Clients' }), 'the menu closes once a place is chosen').toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
});

test('in a wide window the places stay in view and there is no Menu button', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.preview.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Clients' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
});
