import { expect, test } from './fixtures';
import { answerScreenByKeyboard, startQuickAssessmentByKeyboard } from './journey';

test('a full quick assessment by keyboard alone reaches the review and the results', async ({ page }) => {
  // Slow by design: every answer of the quick assessment is reached by Tab and arrow keys, one key press at a time
  // (26-31 s alone on a 2-core machine, right at the default 30 s).
  test.setTimeout(120_000);
  await startQuickAssessmentByKeyboard(page);
  for (let screen = 0; screen < 80; screen += 1) {
    if (await page.getByRole('heading', { level: 1, name: 'Review your answers' }).isVisible()) break;
    await expect(page.getByRole('radiogroup').first()).toBeVisible();
    await answerScreenByKeyboard(page, 4);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('Every question has an answer.')).toBeVisible();
  const seeResults = page.getByRole('button', { name: 'See results' });
  await seeResults.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
});

test('a reload mid-way keeps every answer and resumes on the same screen', async ({ page }) => {
  await startQuickAssessmentByKeyboard(page);
  await answerScreenByKeyboard(page, 2);
  await answerScreenByKeyboard(page, 3);
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  // Answer one question on this screen, then reload before pressing Next.
  await page.getByRole('radiogroup').first().getByRole('radio').nth(1).check();
  const url = page.url();
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
  await expect(page.getByRole('radiogroup').first().getByRole('radio').nth(1)).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  const groups = page.getByRole('radiogroup');
  for (let i = 0; i < (await groups.count()); i += 1) await expect(groups.nth(i).getByRole('radio').nth(3)).toBeChecked();
  // Home offers to resume, showing how far it got.
  await page.goto('./');
  await expect(page.getByText(/questions answered, last on/)).toBeVisible();
  await page.getByRole('link', { name: 'Resume' }).click();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
});

test('years that are not a number are refused on Home, with the problem shown as an error beside the field', async ({ page }) => {
  await page.goto('./');
  const years = page.getByRole('textbox', { name: 'Years of experience in production (optional)' });
  await years.fill('seventy');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  const problem = page.getByText('Enter years as a number from 0 to 60, or leave it empty');
  await expect(problem).toBeVisible();
  await expect(years).toHaveAttribute('aria-invalid', 'true');
  await expect(years).toHaveAccessibleDescription('Enter years as a number from 0 to 60, or leave it empty');
  // Styled as an error on a first visit too, before any other screen's styles have loaded.
  const danger = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--danger)';
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  });
  await expect(problem).toHaveCSS('color', danger);
  await expect(page).not.toHaveURL(/#\/assessment/);
});

test('a first visit lists the packs and reaches the first question, and a return resumes it, without downloading a whole pack', async ({ page }) => {
  // Held until the end: Home, the first question screen and the resume card must show without it.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route(/\/assets\/industrial-production-manager-[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    // The whole pack's verdict module; its start part, scoring part, question parts and index pass straight through.
    if (/result:\s*JSON\.parse/.test(body)) {
      asked.push(route.request().url());
      await held;
    }
    await route.fulfill({ response, body });
  });
  await page.goto('./');
  const packs = page.getByRole('list', { name: 'Assessment packs' });
  await expect(packs.getByRole('heading', { level: 3 })).toHaveText(['Industrial Production Manager']);
  await expect(packs.getByText(/technical and \d+ soft-skill competencies; \d+ self-rating and \d+ scenario questions\. Version \d+\.\d+\.\d+\./)).toBeVisible();
  await page.getByLabel('Your current role').selectOption({ label: 'Plant Manager' });
  await expect(page.getByLabel('Target level')).toHaveValue('operations-manager');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  expect(asked, 'whole packs downloaded before the first question showed').toEqual([]);
  // Back for the next short sitting: the resume card counts the session on the part "Resume" opens.
  await page.goto('./');
  const resume = page.getByRole('region', { name: 'Pick up where you left off' });
  await expect(resume).toContainText(/Industrial Production Manager, quick assessment: 0 of \d+ questions answered, last on/);
  await resume.getByRole('link', { name: 'Resume' }).click();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  expect(asked, 'whole packs downloaded before the session resumed').toEqual([]);
  release();
});
