import { expect, test } from './fixtures';

test('the home page renders with the product name, a main landmark and the installed pack', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Rungs, home' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const packs = page.getByRole('list', { name: 'Assessment packs' });
  await expect(packs.getByRole('heading', { name: 'Industrial Production Manager' })).toBeVisible();
});

test('every route is reachable by keyboard from the header', async ({ page }) => {
  await page.goto('./');
  const routes = [
    { link: 'Assessment', heading: 'Assessment', hash: '#/assessment' },
    { link: 'Results', heading: 'Results', hash: '#/results' },
    { link: 'Mentees', heading: 'Mentees', hash: '#/mentees' },
    { link: 'About', heading: 'About Rungs', hash: '#/about' },
    { link: 'Home', heading: 'Find the gaps between you and the next rung', hash: '#/' },
  ];
  for (const route of routes) {
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: route.link, exact: true });
    // Tab from the top of the page until the link has focus: no mouse involved.
    await page.locator('body').focus();
    await page.keyboard.press('Home');
    let focused = false;
    for (let presses = 0; presses < 15 && !focused; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await link.evaluate((element) => element === document.activeElement);
    }
    expect(focused, `Tab reaches the ${route.link} link`).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${route.hash.replace('/', '\\/')}$`));
    const heading = page.getByRole('heading', { level: 1, name: route.heading });
    await expect(heading).toBeVisible();
    // Focus moves to the new screen's heading, so a screen reader announces it.
    await expect(heading).toBeFocused();
  }
});

test('an unknown route shows a 404 with a way home', async ({ page }) => {
  await page.goto('./#/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find the gaps between you and the next rung' })).toBeVisible();
});
