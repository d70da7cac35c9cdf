import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inFront } from './journey';
import { putRaw, readRaw, STORED_V1 } from './raw-storage';

/*
 * What Rungs does with what it finds in IndexedDB, written there behind its back the way another build, another
 * program or another local page would leave it. The raw database is set up from a plain file of the same origin
 * (the favicon) in a tab of its own, so no Rungs code has opened it first.
 */

// Each test reloads several times and the audit revisits every screen: room enough for a busy machine.
test.describe.configure({ timeout: 120_000 });

const COULD_NOT_READ = 'could not read';
const NOT_STORING = 'not letting Rungs store data';

/** A tab on a plain file of the app's origin: raw IndexedDB, no Rungs code. */
async function rawTab(context: BrowserContext) {
  const raw = await context.newPage();
  await raw.goto('./favicon.svg');
  return raw;
}

async function openApp(page: Page) {
  await inFront(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  return page.getByRole('region', { name: 'Data Rungs could not read' });
}

test('a record from a newer Rungs is left where it is, untouched, and listed as made by a newer version', async ({ page, context }) => {
  // Sessions are at format 4: 5 is a Rungs yet to come.
  const fromNewer = { ...STORED_V1, version: 5, id: 'from-a-newer-rungs', somethingNew: { kept: true } };
  const raw = await rawTab(context);
  await putRaw(raw, [['session/from-a-newer-rungs', fromNewer]]);
  for (let start = 0; start < 2; start += 1) {
    await openApp(page);
    const setAside = await openSettings(page);
    await expect(setAside.getByRole('list', { name: 'Made by a newer version of Rungs' })).toContainText('session/from-a-newer-rungs');
    await expect(page.getByRole('alert').filter({ hasText: COULD_NOT_READ })).toHaveCount(0);
    expect(await readRaw(raw)).toEqual([['session/from-a-newer-rungs', fromNewer]]);
  }
});

test('a session saved with a 100,000-character note opens, with only that note set aside', async ({ page, context }) => {
  const damaged = { ...STORED_V1, evidence: { ...STORED_V1.evidence, kaizen: 'x'.repeat(100_000) } };
  const raw = await rawTab(context);
  await putRaw(raw, [[`session/${STORED_V1.id}`, damaged]]);
  await page.goto(`./#/results/${STORED_V1.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: COULD_NOT_READ })).toContainText('Rungs could not read 1 saved record.');
  const stored = new Map(await readRaw(raw));
  const kept = stored.get(`session/${STORED_V1.id}`) as { evidence: Record<string, string> };
  expect(kept.evidence).toEqual(STORED_V1.evidence);
  const aside = [...stored].filter(([key]) => String(key).startsWith(`quarantine/session/${STORED_V1.id}@`));
  expect(aside).toHaveLength(1);
  expect(aside[0]![1]).toMatchObject({ raw: damaged });
});

test('a record under a non-string key is set aside once: after "Start fresh" it stays dismissed and is not set aside again', async ({ page, context }) => {
  const raw = await rawTab(context);
  await putRaw(raw, [[42, { left: 'by another program' }]]);
  await openApp(page);
  const notice = page.getByRole('alert').filter({ hasText: COULD_NOT_READ });
  await expect(notice).toContainText('Rungs could not read 1 saved record.');
  await notice.getByRole('button', { name: 'Start fresh' }).click();
  await expect(notice).toBeHidden();
  for (let start = 0; start < 2; start += 1) {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const setAside = await openSettings(page);
    await expect(setAside.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('alert').filter({ hasText: COULD_NOT_READ })).toHaveCount(0);
    const keys = (await readRaw(raw)).map(([key]) => key);
    expect(keys).toEqual([expect.stringMatching(/^quarantine\/42@\d+$/)]);
  }
});

test('a database found without its records store is repaired, not taken for a private window', async ({ page, context }) => {
  const raw = await rawTab(context);
  // Made by another page of the same origin (on file:// every local page is one): a database named rungs, other stores.
  await putRaw(raw, [], ['something-else']);
  await openApp(page);
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  await expect.poll(async () => (await readRaw(raw)).some(([key]) => String(key).startsWith('session/'))).toBe(true);
  // The session is read back after a reload: storage, not memory, held it.
  await page.reload();
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: NOT_STORING })).toHaveCount(0);
});

test('more records than one read takes (they come in parts) are all read: none set aside but the one under a number key', async ({ page, context }) => {
  const sessions = Array.from({ length: 450 }, (_, n) => ({ ...STORED_V1, id: `part-${String(n).padStart(3, '0')}` }));
  const raw = await rawTab(context);
  await putRaw(raw, [[42, { left: 'by another program' }], ...sessions.map((session): [string, unknown] => [`session/${session.id}`, session])]);
  await openApp(page);
  await expect(page.getByRole('alert').filter({ hasText: COULD_NOT_READ })).toContainText('Rungs could not read 1 saved record.');
  await expect(page.getByRole('alert').filter({ hasText: NOT_STORING })).toHaveCount(0);
  const stored = await readRaw(raw);
  expect(stored.filter(([key]) => typeof key === 'number')).toEqual([]);
  expect(stored.filter(([key]) => String(key).startsWith('quarantine/42@'))).toHaveLength(1);
  expect(stored.filter(([key]) => String(key).startsWith('session/'))).toEqual(sessions.map((session) => [`session/${session.id}`, session]));
});
