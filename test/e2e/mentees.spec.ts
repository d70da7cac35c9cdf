import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addMentee, answerOpenAssessment } from './journey';

const openMentees = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentees' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentees' })).toBeVisible();
};

test('a mentor adds mentees, runs a session, exports, and another browser imports everything intact', async ({ page, browser, baseURL }, testInfo) => {
  // Two browsers, a whole assessment and axe on every screen visited: well over the default 30 seconds.
  test.setTimeout(180_000);
  await page.goto('./');
  await openMentees(page);
  await expect(page.getByText(/Rungs sends nothing anywhere/)).toBeVisible();
  await addMentee(page, 'Ana Ferreira');
  await addMentee(page, 'Ben Okafor');

  // A quick session for Ana, started from her page.
  await page.getByRole('link', { name: 'Ana Ferreira', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Ferreira' })).toBeVisible();
  const start = page.getByRole('region', { name: 'Start a session' });
  await start.getByRole('radio', { name: /Quick assessment/ }).check();
  await start.getByRole('button', { name: 'Start session' }).click();
  await answerOpenAssessment(page, 2);

  // The mentor's own rating of one competency, when the results page offers it.
  let rated: { label: string; value: string } | null = null;
  const mentorView = page.getByRole('button', { name: /Mentor.s view/ });
  if ((await mentorView.count()) > 0) {
    if ((await mentorView.getAttribute('aria-expanded')) !== 'true') await mentorView.click();
    const rating = page.getByLabel(/^Mentor rating for /).first();
    const label = (await rating.evaluate((element) => (element as HTMLSelectElement).labels?.[0]?.textContent ?? '')).trim();
    await rating.selectOption('3');
    await expect(rating).toHaveValue('3');
    rated = { label, value: '3' };
  }
  const summary = await page.getByRole('region', { name: 'Where you stand' }).innerText();

  // Back on the dashboard, Ana has one session and a readiness.
  await openMentees(page);
  const anaRow = page.getByRole('row', { name: /Ana Ferreira/ });
  await expect(anaRow.getByRole('cell').last()).toHaveText('1');
  await expect(anaRow).toContainText('First session');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^rungs-mentees-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('mentees-bundle.json');
  await download.saveAs(file);

  // Another browser: nothing stored, the same file imported.
  const context = await browser.newContext({ baseURL });
  try {
    const other = await context.newPage();
    const foreign: string[] = [];
    other.on('request', (request) => {
      if (!request.url().startsWith(new URL(baseURL ?? 'http://localhost/').origin) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
    });
    await other.goto('./');
    await openMentees(other);
    await expect(other.getByRole('heading', { level: 2, name: 'No mentees yet' })).toBeVisible();
    const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles(file);
    const preview = other.getByRole('region', { name: /^Import preview/ });
    await expect(preview).toContainText('Will be added: 2 people (Ana Ferreira and Ben Okafor) and 1 session.');
    await expectNoAxeViolations(other, 'the import preview');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(other.getByText('Imported 2 people and 1 session.')).toBeVisible();
    await expect(other.getByRole('link', { name: 'Ben Okafor', exact: true })).toBeVisible();

    // Importing the same file again adds nothing.
    const [again] = await Promise.all([other.waitForEvent('filechooser'), other.getByRole('button', { name: 'Import', exact: true }).click()]);
    await again.setFiles(file);
    await expect(other.getByRole('region', { name: /^Import preview/ })).toContainText('Nothing new: everything in this file is already here.');
    await other.getByRole('button', { name: 'Close' }).click();

    await other.getByRole('link', { name: 'Ana Ferreira', exact: true }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Ana Ferreira' })).toBeVisible();
    const sessions = other.getByRole('table', { name: /Ana Ferreira’s sessions/ });
    await expect(sessions.getByRole('row')).toHaveCount(2);
    await expect(sessions).toContainText('Completed');
    await expectNoAxeViolations(other, 'the imported mentee’s page');
    await sessions.getByRole('link', { name: /^Results/ }).click();
    await expect(other.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
    expect(await other.getByRole('region', { name: 'Where you stand' }).innerText()).toBe(summary);
    if (rated) {
      const otherView = other.getByRole('button', { name: /Mentor.s view/ });
      if ((await otherView.getAttribute('aria-expanded')) !== 'true') await otherView.click();
      await expect(other.getByLabel(rated.label, { exact: true })).toHaveValue(rated.value);
    }
    expect(foreign, 'requests that left the app in the second browser').toEqual([]);
  } finally {
    await context.close();
  }
});

test('a deleted mentee can be brought back with Undo', async ({ page }) => {
  await page.goto('./');
  await openMentees(page);
  await addMentee(page, 'Cleo Martin');
  await page.getByRole('link', { name: 'Cleo Martin', exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('group', { name: /Delete Cleo Martin\?/ })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentees' })).toBeVisible();
  await expect(page.getByText('Cleo Martin was deleted, with 0 sessions.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Cleo Martin', exact: true })).toBeVisible();
});
