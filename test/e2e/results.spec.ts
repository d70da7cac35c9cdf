import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMentee, answerOpenAssessment, completeQuickAssessment } from './journey';

/** Picks a role and a target on Home's start form, then answers the quick assessment with the given pattern of points. */
async function sitQuickAssessment(page: Page, current: string, target: string, pattern: readonly number[]) {
  await page.goto('./');
  const role = page.getByLabel('Your current role');
  await expect(role.locator('option').nth(2)).toBeAttached();
  await role.selectOption({ label: current });
  const targetField = page.getByLabel('Target level');
  const label = (await targetField.locator('option').allTextContents()).find((text) => text.startsWith(`${target} (`));
  await targetField.selectOption({ label: label! });
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await answerOpenAssessment(page, pattern);
}

const LEVELS = ['Assistant Production Manager', 'Production Manager', 'Senior Production Manager', 'Plant Manager', 'Operations Manager', 'Director of Manufacturing', 'VP of Operations'];

test('a Production Manager answering mostly 2s and 3s hears about their own role first, and no rung at or below it is "next"', async ({ page }) => {
  test.setTimeout(120_000);
  await sitQuickAssessment(page, 'Production Manager', 'Senior Production Manager', [2, 3, 2, 3, 3, 2, 2]);
  const standing = page.getByRole('list', { name: 'Your role, the next rung and your target' });
  const lines = standing.getByRole('listitem');
  await expect(lines.first()).toContainText('Your role');
  await expect(lines.first()).toContainText('Production Manager');
  await expect(page.getByRole('region', { name: 'Where you stand' })).toContainText(/as Production Manager/);
  // Wherever "next rung" is said, it is the rung above the role held.
  for (const text of await lines.allInnerTexts()) {
    if (/next rung/i.test(text)) expect(text).toContain('Senior Production Manager');
  }
  await expect(page.getByRole('region', { name: /^Salary context: / })).toHaveAccessibleName('Salary context: Senior Production Manager');
  await expect(page.getByText(/\d{3}_[0-9a-f]{16}\.txt/)).toHaveCount(0);
});

test('every ready label on the ladder follows the one rule for its numbers', async ({ page }) => {
  test.setTimeout(120_000);
  await sitQuickAssessment(page, 'Plant Manager', 'Director of Manufacturing', [3, 3, 4, 3, 2, 3, 4]);
  const rows = page.getByRole('table', { name: 'Readiness per level' }).getByRole('row');
  await expect(rows).toHaveCount(LEVELS.length + 1);
  for (let i = 1; i <= LEVELS.length; i += 1) {
    const [figure, verdict] = await rows.nth(i).getByRole('cell').allInnerTexts();
    const percent = Number(/(\d+)%/.exec(figure!)?.[1]);
    const coreGaps = Number(/(\d+) core gaps?/.exec(figure!)?.[1] ?? 0);
    const expected = percent >= 85 && coreGaps === 0 ? 'Ready' : percent >= 75 && coreGaps <= 1 ? 'Nearly ready' : 'Not ready';
    expect(verdict!.replace(/^\W+/, '').trim(), `${LEVELS[i - 1]}: ${figure}`).toBe(expected);
  }
});

test('all answers at the top show 100% readiness for every level', async ({ page }) => {
  await completeQuickAssessment(page, 4);
  const rows = page.getByRole('table', { name: 'Readiness per level' }).getByRole('row');
  await expect(rows).toHaveCount(8);
  for (let i = 1; i < 8; i += 1) {
    await expect(rows.nth(i)).toContainText('100%');
    await expect(rows.nth(i)).toContainText('✓ Ready');
  }
});

test('the results show the verdict, three certifications and a plan, fit 360 px, and print on at most 4 A4 pages', async ({ page }) => {
  await completeQuickAssessment(page, 0);
  await expect(page.getByRole('region', { name: 'Where you stand' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What next' })).toBeVisible();
  // The rest of the report follows the first screenful.
  await expect(page.getByRole('navigation', { name: 'Contents of the results' })).toBeVisible();
  const certifications = page.getByRole('list', { name: /Recommended certifications/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  expect(await certifications.count()).toBeGreaterThanOrEqual(3);

  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
  // On a phone the sections are folded under a contents list; the verdict is on the first screen.
  await expect(page.getByRole('region', { name: 'Development plan' }).locator('details.section-fold')).not.toHaveAttribute('open', '');
  expect(await page.getByRole('region', { name: 'Where you stand' }).locator('.verdict').evaluate((element) => element.getBoundingClientRect().bottom)).toBeLessThanOrEqual(740);
  await page.getByRole('navigation', { name: 'Contents of the results' }).getByRole('link', { name: '30/60/90-day plan' }).click();
  await expect(page.getByRole('region', { name: 'Development plan' }).locator('details.section-fold')).toHaveAttribute('open', '');

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(4);
  await page.emulateMedia({ media: 'screen' });
});

test('a mentee’s results carry the mentee’s name in the heading and the page title', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentees' }).click();
  await addMentee(page, 'Rosa Delgado');
  await page.getByRole('link', { name: 'Rosa Delgado', exact: true }).click();
  const start = page.getByRole('region', { name: 'Start a session' });
  await start.getByRole('radio', { name: /Quick assessment/ }).check();
  await start.getByRole('button', { name: 'Start session' }).click();
  await answerOpenAssessment(page, 2);
  await expect(page.getByRole('heading', { level: 1, name: 'Results for Rosa Delgado' })).toBeVisible();
  await expect(page).toHaveTitle(/Results for Rosa Delgado/);
});

test.describe('opened cold on a slow link', () => {
  // Every request goes to the network, where the test can hold one: none is answered from the offline copy.
  test.use({ serviceWorkers: 'block' });

  test('the verdict and what to do next paint from the pack’s scoring part while the whole pack is on its way, and stay put when the rest arrives', async ({ page }) => {
    test.setTimeout(120_000);
    await completeQuickAssessment(page, 2);
    await expect(page.getByRole('region', { name: 'What next' })).toBeVisible();

    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let wholePackAsked = false;
    await page.route(/\/assets\/industrial-production-manager-[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      // The whole pack's verdict module; its scoring part, question parts and index pass straight through.
      if (/result:\s*JSON\.parse/.test(body)) {
        wholePackAsked = true;
        await held;
      }
      await route.fulfill({ response, body });
    });
    await page.reload();

    const headline = page.getByRole('region', { name: 'Where you stand' });
    await expect(headline.locator('.verdict')).toBeVisible();
    await expect(headline.getByRole('list', { name: 'Your role, the next rung and your target' })).toBeVisible();
    // What to do next comes with the verdict; the rest of the report waits for the whole pack.
    const whatNext = page.getByRole('region', { name: 'What next' });
    await expect(whatNext.getByRole('button', { name: 'Take the full assessment' })).toBeVisible();
    await expect.poll(() => wholePackAsked).toBe(true);
    await expect(page.getByRole('navigation', { name: 'Contents of the results' })).toHaveCount(0);
    const before = await headline.boundingBox();
    const whatNextBefore = await whatNext.boundingBox();

    release();
    await expect(page.getByRole('navigation', { name: 'Contents of the results' })).toBeVisible();
    expect(await headline.boundingBox()).toEqual(before);
    expect(await whatNext.boundingBox()).toEqual(whatNextBefore);
  });
});
