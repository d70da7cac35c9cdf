import type { Dialog, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inFront, waitForOfflineCopy } from './journey';
import { putRaw, STORED_V1 } from './raw-storage';
import { BUILDS, siteTest, VERSION_B } from './site';

const NOTE_LABEL = 'Mentor note for Kaizen and rapid improvement';

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
  for (let i = 0; i < count; i += 1) await (await inFront(tabs[i % 3]!)).getByRole('radiogroup').nth(i).getByRole('radio').nth(i % 5).check();
  for (const [t, tab] of tabs.entries()) {
    for (let i = 0; i < count; i += 1) {
      await expect(tab.getByRole('radiogroup').nth(i).getByRole('radio').nth(i % 5), `answer ${i + 1} in tab ${t + 1}`).toBeChecked();
    }
  }
  for (const tab of tabs.slice(1)) await tab.close();
});

siteTest('accepting a new version in one tab leaves another tab mid-typing alone: it offers the reload, and keeps the note', async ({ page, context, site }) => {
  siteTest.setTimeout(180_000);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForOfflineCopy(page);
  await putRaw(page, { [`session/${STORED_V1.id}`]: STORED_V1 });

  const other = await context.newPage();
  await other.goto(`./#/results/${STORED_V1.id}`);
  const note = other.getByRole('textbox', { name: NOTE_LABEL });
  await expect(note).toBeVisible();
  await note.pressSequentially('Walk the line with Sam');
  // Marks this document: a reload would drop the mark.
  await other.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  site.root = BUILDS.b;
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  await expect(prompt).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await inFront(page);
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.getByText(`Version ${VERSION_B}.`)).toBeVisible();

  // The other tab offers the reload itself, with the note as typed, in the same document.
  const offer = other.getByRole('status').filter({ hasText: 'was started in another tab' });
  await expect(offer).toBeVisible();
  await expect(note).toHaveValue('Walk the line with Sam');
  expect(await other.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Its own "Reload" keeps the note and brings the new version.
  other.on('dialog', (dialog) => void dialog.accept());
  await inFront(other);
  const otherReloaded = other.waitForEvent('load');
  await offer.getByRole('button', { name: 'Reload' }).click();
  await otherReloaded;
  await expect(other.getByRole('textbox', { name: NOTE_LABEL })).toHaveValue('Walk the line with Sam');
  await other.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(other.getByText(`Version ${VERSION_B}.`)).toBeVisible();
  await other.close();
});
