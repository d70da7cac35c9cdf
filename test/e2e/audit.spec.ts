import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Adds an element at the end of the page's main landmark, made by `make`, and returns what takes it away again. */
async function plant(page: Page, make: 'pale text' | 'image without a name' | 'pale text in a checked part'): Promise<() => Promise<void>> {
  await page.evaluate((make) => {
    const planted =
      make === 'image without a name'
        ? Object.assign(document.createElement('img'), { src: 'favicon.svg' })
        : Object.assign(document.createElement('span'), { textContent: 'Hardly readable' });
    planted.dataset.planted = '';
    if (make !== 'image without a name') planted.style.color = '#e4e4e4';
    const where = make === 'pale text in a checked part' ? document.querySelector('main p') : document.querySelector('main');
    where!.append(planted);
  }, make);
  return () => page.evaluate(() => document.querySelector('[data-planted]')?.remove());
}

// The audit every test ends with checks the contrast of text only in the parts of a page no test has checked yet
// (fixtures.ts). These prove it still finds what it must: the page is checked whole first, then made wrong.
test('the audit finds text too pale to read in a part no test checked, inside a checked part too, and every other rule on a checked page', async ({ page }) => {
  await page.goto('./#/about');
  await expect(page.locator('main h1')).toBeVisible();
  await expectNoAxeViolations(page, 'About');

  for (const [make, rule] of [
    ['pale text', /color-contrast/],
    ['pale text in a checked part', /color-contrast/],
    ['image without a name', /image-alt/],
  ] as const) {
    const takeAway = await plant(page, make);
    await expect(expectNoAxeViolations(page, `About with ${make}`), make).rejects.toThrow(rule);
    await takeAway();
  }
  await expectNoAxeViolations(page, 'About as it was');
});
