import { expect, type Page } from '@playwright/test';

/** True when the focused element matches the selector. */
const focusedIs = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/**
 * Starts a quick assessment from Home with the keyboard alone: Tab to "Start assessment", Enter.
 */
export async function startQuickAssessmentByKeyboard(page: Page) {
  await page.goto('./');
  const start = page.getByRole('button', { name: 'Start assessment' });
  await expect(start).toBeVisible();
  await page.locator('body').focus();
  for (let presses = 0; presses < 40 && !(await start.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(start).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('progressbar')).toBeVisible();
}

/**
 * Answers every question on the current screen with the keyboard: Tab into each radio group, arrow keys to the
 * chosen point (ArrowDown from the first option `steps` times), then Tab on to "Next" and Enter.
 * Returns false when "Next" led to the review screen.
 */
export async function answerScreenByKeyboard(page: Page, steps: number): Promise<void> {
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const firstRadio = groups.nth(i).getByRole('radio').first();
    for (let presses = 0; presses < 20 && !(await firstRadio.evaluate((el) => el === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(firstRadio).toBeFocused();
    await page.keyboard.press('Space');
    for (let k = 0; k < steps; k += 1) await page.keyboard.press('ArrowDown');
  }
  for (let presses = 0; presses < 20 && !(await focusedIs(page, 'button[type="submit"]')); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Answers every remaining screen by choosing the option at `index` in each group (0–4, 5 = "Not sure"), then opens the results. */
export async function completeQuickAssessment(page: Page, index: number) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await answerOpenAssessment(page, index);
}

/**
 * Answers every question on the screen and goes on, in one round trip: a click on the chosen option of each group, as
 * a tap would give (the option for the nth question answered in the sitting being `pattern[(from + n) % length]`),
 * except the questions whose prompt is in `skip`, then a click on "Next", which must be shown and enabled. Resolves
 * once the next screen (or the review) has replaced this one, with the prompts it answered. (Tests whose subject is
 * answering itself click option by option, or go by keyboard; a locator's click on "Next" cost about a tenth of a
 * second a screen in actionability checks alone.)
 */
function answerScreenAndGoOn(page: Page, pattern: readonly number[], from: number, skip: readonly string[]): Promise<string[]> {
  return page.evaluate(
    async ({ pattern, from, skip }) => {
      const radioNames = () => [...document.querySelectorAll<HTMLInputElement>('main [role="radiogroup"] input[type="radio"]')].map((radio) => radio.name).join(' ');
      const before = radioNames();
      const answered: string[] = [];
      for (const group of document.querySelectorAll('main [role="radiogroup"]')) {
        const prompt = (group.querySelector<HTMLElement>('.prompt')?.innerText ?? '').replace(/^\d+\.\s*(Scenario\s*)?/, '').trim();
        if (skip.includes(prompt)) continue;
        const index = pattern[(from + answered.length) % pattern.length]!;
        const option = group.querySelectorAll<HTMLInputElement>('input[type="radio"]')[index];
        if (!option) throw new Error(`"${prompt}" has no option ${index}`);
        option.click();
        answered.push(prompt);
      }
      const next = [...document.querySelectorAll<HTMLButtonElement>('main button')].find((button) => button.textContent?.trim() === 'Next');
      if (!next || next.disabled || !next.checkVisibility()) throw new Error('"Next" is not shown, or not enabled, once the questions are answered');
      next.click();
      // The next screen has other questions, or none (the review); a message instead of a new screen fails at once.
      const deadline = performance.now() + 10_000;
      while (radioNames() === before) {
        const alert = document.querySelector('main [role="alert"]')?.textContent?.trim();
        if (alert) throw new Error(`"Next" did not go on: ${alert}`);
        if (performance.now() > deadline) throw new Error('"Next" did not go on within 10 s');
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return answered;
    },
    { pattern, from, skip },
  );
}

/**
 * Answers every screen of an assessment already open (started from anywhere: Home, a mentee's page) up to the review,
 * choosing the option at `pattern` in each group (one index for all, or a pattern repeated over the questions in
 * order) and leaving the questions whose prompt is in `skip` open. The prompts answered, in order.
 */
export async function answerToReview(page: Page, pattern: number | readonly number[], skip: readonly string[] = []): Promise<string[]> {
  const points = typeof pattern === 'number' ? [pattern] : pattern;
  const review = page.getByRole('heading', { level: 1, name: 'Review your answers' });
  const answered: string[] = [];
  for (let screen = 0; screen < 120; screen += 1) {
    await expect(page.getByRole('radiogroup').first().or(review)).toBeVisible();
    if (await review.isVisible()) break;
    answered.push(...(await answerScreenAndGoOn(page, points, answered.length, skip)));
  }
  return answered;
}

/** Answers every screen of an assessment already open, as answerToReview does, then opens the results. */
export async function answerOpenAssessment(page: Page, pattern: number | readonly number[]) {
  await answerToReview(page, pattern);
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
}

/** Adds a mentee from the Mentees page: "Add mentee", the name, "Add". */
export async function addMentee(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add mentee' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

/** The first visit installs the worker; the page it installed from is not controlled until it loads again. */
export async function waitForOfflineCopy(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/**
 * Brings `tab` to the front before the test acts in it, as a person switches tabs. Once clicked, a tab behind another
 * draws one frame a second, so each later action there waited 1–2 s for Playwright's check that the element holds
 * still (a radio's check: about 1,040 ms behind, 40 ms in front).
 */
export async function inFront(tab: Page): Promise<Page> {
  await tab.bringToFront();
  return tab;
}
