import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addMentee, answerOpenAssessment, answerToReview } from './journey';

// A small phone: every screen here must fit its width, and the first question must show without scrolling.
test.use({ viewport: { width: 360, height: 740 } });

/** The page's scroll width against the viewport: more means the page scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  await page.locator('main h1').first().waitFor();
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  test.info().annotations.push({ type: 'width at 360 px', description: `${where}: ${scrollWidth} px` });
  expect.soft(scrollWidth, `${where} scrolls sideways at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
}

const openFromNav = async (page: Page, name: string) => {
  // On a phone the main menu may sit behind a disclosure: open it when it does.
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
};

test('at 360 × 740 the first question shows without scrolling, the review lists every answer, and no screen scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expectNoSidewaysScroll(page, 'Home');
  await page.getByRole('button', { name: 'Start assessment' }).click();

  // The question itself, its prompt and its first answer, above the fold.
  const first = page.getByRole('radiogroup').first();
  await expect(first).toBeVisible();
  const prompt = await first.locator('.prompt').boundingBox();
  const option = await first.getByRole('radio').first().locator('xpath=ancestor::label[1]').boundingBox();
  expect(prompt, 'the first prompt is laid out').not.toBeNull();
  expect(option, 'the first option is laid out').not.toBeNull();
  expect(prompt!.y, 'the first prompt starts on screen').toBeGreaterThanOrEqual(0);
  expect(option!.y + option!.height, 'the first answer option ends above the fold').toBeLessThanOrEqual(740);
  test.info().annotations.push({ type: 'first option bottom at 360 × 740', description: `${Math.round(option!.y + option!.height)} px` });
  await expectNoSidewaysScroll(page, 'Question screen');

  // One question left open: the review lists it as open, and every answered one with its answer.
  const skipped = (await first.locator('.prompt').innerText()).replace(/^\d+\.\s*/, '').trim();
  const answered = await answerToReview(page, 2, [skipped]);
  expect(answered.length).toBeGreaterThan(5);
  await expect(page.getByText(/all answered/)).toHaveCount(0);
  await expect(page.getByRole('link', { name: `Answer: ${skipped}` })).toBeVisible();
  // Sections with nothing open start collapsed: open them all, then every answered question is listed.
  const closed = page.locator('details.review-section:not([open]) > summary');
  for (let left = await closed.count(); left > 0; left = await closed.count()) await closed.first().click();
  const items = page.locator('main').getByRole('listitem');
  await expect(items).toHaveCount(answered.length + 1);
  for (const text of answered) await expect(items.filter({ hasText: text }).first()).toContainText('Answered');
  await expectNoSidewaysScroll(page, 'Review');

  // "Answer" lands on the question itself, not on the page top.
  await page.getByRole('link', { name: `Answer: ${skipped}` }).click();
  await expect(page.getByRole('radiogroup', { name: skipped }).getByRole('radio').first()).toBeFocused();

  await openFromNav(page, 'Settings');
  await expectNoSidewaysScroll(page, 'Settings');
  await openFromNav(page, 'About');
  await expectNoSidewaysScroll(page, 'About');
});

test('at 360 px the mentees dashboard and a person page never scroll sideways; a session from the last answers shows no change until an answer changes', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('./');
  await openFromNav(page, 'Mentees');
  await expect(page.getByRole('heading', { level: 1, name: 'Mentees' })).toBeVisible();
  await addMentee(page, 'Ana Ferreira-Castellanos de la Vega');
  await addMentee(page, 'Ben Okafor');
  await expectNoSidewaysScroll(page, 'Mentees (no sessions)');

  const person = async () => {
    await openFromNav(page, 'Mentees');
    await page.getByRole('link', { name: 'Ana Ferreira-Castellanos de la Vega', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ana Ferreira-Castellanos de la Vega' })).toBeVisible();
  };
  const start = async (from: 'last' | 'blank') => {
    const form = page.getByRole('region', { name: 'Start a session' });
    await form.getByRole('radio', { name: /Quick assessment/ }).check();
    if (from === 'last') await form.getByRole('radio', { name: /Start from the last session’s answers/ }).check();
    await form.getByRole('button', { name: 'Start session' }).click();
    await expect(page.getByRole('radiogroup').first()).toBeVisible();
  };

  // The first session, answered in full.
  await person();
  await start('blank');
  await answerOpenAssessment(page, 2);

  // The second starts from the first and changes nothing: no rise, no fall, anywhere.
  await person();
  await start('last');
  await page.goto(page.url().replace(/\/?$/, '/review'));
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('Every question has an answer.')).toBeVisible();
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
  await person();
  const sinceLast = page.getByRole('region', { name: 'Since last session' });
  await expect(sinceLast).toContainText('No score or mentor’s rating changed');
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText(/did not change/);
  await expectNoSidewaysScroll(page, 'Person page (two sessions)');
  await openFromNav(page, 'Mentees');
  const row = page.getByRole('row', { name: /Ana Ferreira/ });
  await expect(row).toContainText('no change since previous');
  await expectNoSidewaysScroll(page, 'Mentees (with sessions)');

  // The third starts from the second and changes one answer: now, and only now, something moved.
  await person();
  await start('last');
  await page.getByRole('radiogroup').first().getByRole('radio').nth(4).check();
  await page.goto(page.url().replace(/\/?$/, '/review'));
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
  await person();
  await expect(sinceLast).toContainText(/1 competency score rose and 0 fell/);
  await expectNoSidewaysScroll(page, 'Person page (three sessions)');
  await openFromNav(page, 'Mentees');
  await expect(page.getByRole('row', { name: /Ana Ferreira/ })).toContainText(/since previous/);
  await expectNoSidewaysScroll(page, 'Mentees (three sessions)');
});
