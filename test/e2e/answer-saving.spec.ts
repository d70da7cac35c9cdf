import type { Dialog } from '@playwright/test';
import { expect, test } from './fixtures';

// An answer's write begins after the frame that shows it: leaving before then must still keep it.
test('an answer whose write has not begun is kept through a reload, and the browser asks "Leave page?" first', async ({ page }) => {
  await page.clock.install();
  await page.goto('./');
  await page.getByRole('radio', { name: /^Quick assessment/ }).check();
  await page.getByRole('button', { name: 'Start assessment' }).click();
  const question = page.getByRole('radiogroup').first();
  await expect(question).toBeVisible();
  // From here on no timer fires and no frame is drawn unless the test says so: the write after the next frame never begins.
  await page.clock.pauseAt(Date.now() + 60_000);
  const dialogs: string[] = [];
  const accept = (dialog: Dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  };
  page.on('dialog', accept);
  await question.getByRole('radio').nth(2).check();
  await page.reload();
  page.off('dialog', accept);
  await page.clock.resume();
  expect(dialogs).toEqual(['beforeunload']);
  await expect(page.getByRole('radiogroup').first().getByRole('radio').nth(2)).toBeChecked();
});
