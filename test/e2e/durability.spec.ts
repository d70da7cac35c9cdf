import { readFileSync } from 'node:fs';
import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A completed session with a mentor's ratings, so its results open with the mentor's view unfolded. */
const STORED_V1 = JSON.parse(readFileSync(new URL('../fixtures/storage/v1/session-completed-with-mentor.json', import.meta.url), 'utf8')) as {
  id: string;
};
const NOTE_LABEL = 'Mentor note for Kaizen and rapid improvement';

/** Raw IndexedDB, with no app code involved. */
function putRaw(page: Page, records: Record<string, unknown>) {
  return page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('rungs');
        request.onupgradeneeded = () => request.result.createObjectStore('records');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('records', 'readwrite');
          for (const [key, value] of entries) tx.objectStore('records').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    Object.entries(records),
  );
}

/** Opens the stored session's results with the mentor's view, the page's timers paused: nothing is saved by a delay. */
async function openMentorViewWithTimersPaused(page: Page) {
  await page.clock.install();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putRaw(page, { [`session/${STORED_V1.id}`]: STORED_V1 });
  await page.goto(`./#/results/${STORED_V1.id}`);
  await page.reload();
  await expect(page.getByRole('region', { name: "Mentor's view" }).getByRole('textbox', { name: NOTE_LABEL })).toBeVisible();
  // From here on no timer fires unless the test says so: the pause before saving a note never ends.
  await page.clock.pauseAt(Date.now() + 60_000);
}

test.describe('a note typed just before leaving', () => {
  // Each test ends with an accessibility check of every screen it visited.
  test.describe.configure({ timeout: 120_000 });

  test('is kept through a reload, and the browser asks "Leave page?" while it is being written', async ({ page }) => {
    await openMentorViewWithTimersPaused(page);
    const dialogs: string[] = [];
    const accept = (dialog: Dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    };
    page.on('dialog', accept);
    await page.getByRole('textbox', { name: NOTE_LABEL }).pressSequentially('Ran 5S with nights');
    await page.reload();
    page.off('dialog', accept);
    await page.clock.resume();
    expect(dialogs).toEqual(['beforeunload']);
    await expect(page.getByRole('textbox', { name: NOTE_LABEL })).toHaveValue('Ran 5S with nights');
  });

  test('is kept when the tab goes to another page and back', async ({ page }) => {
    await openMentorViewWithTimersPaused(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('textbox', { name: NOTE_LABEL }).pressSequentially('Coach the shift leads');
    await page.goto('about:blank');
    await page.goBack();
    await page.clock.resume();
    await expect(page.getByRole('textbox', { name: NOTE_LABEL })).toHaveValue('Coach the shift leads');
  });
});

test('three tabs answering one session each show every answer as it is given, without a reload', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  const tabs = [page, await context.newPage(), await context.newPage()];
  for (const tab of tabs.slice(1)) {
    await tab.goto(page.url());
    await expect(tab.getByRole('radiogroup').first()).toBeVisible();
  }
  const count = Math.min(6, await page.getByRole('radiogroup').count());
  expect(count).toBeGreaterThanOrEqual(3);
  // Question i gets scale point (i % 5), from tab i % 3.
  for (let i = 0; i < count; i += 1) await tabs[i % 3]!.getByRole('radiogroup').nth(i).getByRole('radio').nth(i % 5).check();
  for (const [t, tab] of tabs.entries()) {
    for (let i = 0; i < count; i += 1) {
      await expect(tab.getByRole('radiogroup').nth(i).getByRole('radio').nth(i % 5), `answer ${i + 1} in tab ${t + 1}`).toBeChecked();
    }
  }
  for (const tab of tabs.slice(1)) await tab.close();
});
