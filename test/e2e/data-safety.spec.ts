import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { inFront } from './journey';
import { putRaw, readRaw, STORED_V1 } from './raw-storage';

const GARBAGE = '{"type":"rungs/session","version":1,"id":"x","answers":{"lean-manufacturing-self-1":{"answ';

test('damaged stored data is set aside, announced and downloadable, and what could be read is kept', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putRaw(page, { 'session/x': GARBAGE, [`session/${STORED_V1.id}`]: STORED_V1 });
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'could not read' });
  await expect(notice).toContainText('Rungs could not read 1 saved record.');
  await expect(notice).toContainText('Everything else it found is kept.');
  await expectNoAxeViolations(page, 'the recovery notice');

  const downloading = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the damaged data' }).click();
  const download = await downloading;
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { key: string; raw: unknown }[];
  expect(file).toEqual([expect.objectContaining({ key: expect.stringMatching(/^quarantine\/session\/x@\d+$/), raw: GARBAGE })]);

  await notice.getByRole('button', { name: 'Start fresh' }).click();
  await expect(notice).toBeHidden();

  // Nothing overwritten: the raw value is still there, aside, and the readable record is where it was.
  const stored = new Map(await readRaw(page));
  const aside = [...stored].filter(([key]) => String(key).startsWith('quarantine/session/x@'));
  expect(aside).toHaveLength(1);
  expect(aside[0]![1]).toMatchObject({ key: 'session/x', raw: GARBAGE });
  expect(stored.has('session/x')).toBe(false);
  expect(stored.get(`session/${STORED_V1.id}`)).toEqual(STORED_V1);

  // Dismissed stays dismissed; the set-aside data is listed in Settings.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not read' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const setAside = page.getByRole('region', { name: 'Data Rungs could not read' });
  await expect(setAside.getByRole('listitem')).toHaveCount(1);
  await expect(setAside.getByRole('button', { name: 'Download the damaged data' })).toBeVisible();

  // The readable session opens, with its mentor's ratings.
  await page.goto(`./#/results/${STORED_V1.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
  await expect(page.getByRole('button', { name: "Mentor's view" })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('group', { name: 'Readiness uses' }).getByRole('radio', { name: /^The lower of the two/ })).toBeChecked();
});

test('a mentor rates a competency on the results and the talking points follow', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putRaw(page, { [`session/${STORED_V1.id}`]: STORED_V1 });
  await page.goto(`./#/results/${STORED_V1.id}`);
  // Written behind the app's back: it reads storage again on the next start.
  await page.reload();
  const panel = page.getByRole('region', { name: "Mentor's view" });
  const rating = panel.getByRole('combobox', { name: 'Mentor rating for Kaizen and rapid improvement' });
  await rating.selectOption({ label: '4 — Expert' });
  await expect(rating).toHaveValue('4');
  await expect(panel.locator('.talking-points')).toContainText('Kaizen and rapid improvement: self 2, mentor 4');
  await page.reload();
  await expect(page.getByRole('region', { name: "Mentor's view" }).getByRole('combobox', { name: 'Mentor rating for Kaizen and rapid improvement' })).toHaveValue('4');
});

test('two tabs answering the same session alternately keep every answer from both', async ({ page, context }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('radiogroup').first()).toBeVisible();

  const count = Math.min(6, await page.getByRole('radiogroup').count());
  expect(count).toBeGreaterThanOrEqual(3);
  // Question i gets scale point (i % 5), from tab A for even i and tab B for odd i.
  for (let i = 0; i < count; i += 1) {
    const tab = await inFront(i % 2 === 0 ? page : other);
    await tab.getByRole('radiogroup').nth(i).getByRole('radio').nth(i % 5).check();
  }
  const sessionId = new URL(page.url()).hash.split('/')[2]!;
  await expect
    .poll(async () => {
      const record = new Map(await readRaw(page)).get(`session/${sessionId}`) as { answers?: unknown } | undefined;
      // Stored packed (format 4; format 3 when written as the page went away): one kind character per answer, in the third part.
      return Array.isArray(record?.answers) ? String(record.answers[2]).length : Object.keys(record?.answers ?? {}).length;
    })
    .toBe(count);

  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.getByRole('radiogroup').first()).toBeVisible();
    for (let i = 0; i < count; i += 1) {
      await expect(tab.getByRole('radiogroup').nth(i).getByRole('radio').nth(i % 5), `answer ${i + 1} in each tab`).toBeChecked();
    }
  }
  await other.close();
});
