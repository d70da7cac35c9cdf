import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { answerOpenAssessment, completeQuickAssessment, inFront, waitForOfflineCopy } from './journey';
import { BUILDS, siteTest as test, VERSION_A, VERSION_B } from './site';

// Served from a static host of their own (see site.ts): version A, built for these tests, offering the one-file copy;
// version B, the next deploy, which is the tested build (dist/) itself; and that copy opened from disk.
const DIST_A = BUILDS.a;
const DIST_B = BUILDS.b;
const SINGLE_DIR = BUILDS.singleDir;
const SINGLE_FILE = BUILDS.singleFile;
const HOME_HEADING = 'Find the gaps between you and the next rung';

/** The results' bar figures: the ladder and the gaps, drawn as tables of bars. */
async function expectCharts(page: Page) {
  await expect(page.getByRole('table', { name: 'Readiness per level' })).toBeAttached();
  expect(await page.locator('.bar-table .bar-track').count()).toBeGreaterThanOrEqual(7);
}

test('the build precaches the shell, every pack and every lazily loaded file', ({ site }) => {
  expect(site.root).toBe(DIST_A);
  const worker = readFileSync(join(DIST_A, 'sw.js'), 'utf8');
  for (const file of readdirSync(join(DIST_A, 'assets'))) expect(worker, `sw.js precaches assets/${file}`).toContain(`"assets/${file}"`);
  for (const file of ['index.html', 'manifest.webmanifest', 'rungs.html', 'favicon.svg', 'pwa-192.png']) expect(worker).toContain(`"${file}"`);
});

test('after one visit, a reload with no network starts Rungs, runs a quick assessment and shows charts', async ({ page, context, site }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
  await waitForOfflineCopy(page);

  await context.setOffline(true);
  // Also drop every connection at the server, so nothing can come from the network whatever the browser does.
  site.down = true;
  const started = Date.now();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Assessment packs' }).getByRole('heading', { name: 'Industrial Production Manager' })).toBeVisible();
  const elapsed = Date.now() - started;
  const timing = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { domContentLoaded: Math.round(entry.domContentLoadedEventEnd), load: Math.round(entry.loadEventEnd) };
  });
  const note = `${elapsed} ms from reload to Home with its pack list (DOMContentLoaded at ${timing.domContentLoaded} ms, load at ${timing.load} ms)`;
  console.log(`offline reload: ${note}`);
  test.info().annotations.push({ type: 'offline reload', description: note });

  await completeQuickAssessment(page, 2);
  await expectCharts(page);

  // The one-file copy can be handed over offline too: it is in the precache.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Rungs as one file' }).click();
  expect(statSync(await (await downloading).path()).size).toBe(statSync(SINGLE_FILE).size);
});

test('a deep link opens in a fresh browser from a plain static server, which offers an installable app and the one-file copy', async ({ page, site }) => {
  await page.goto(`${site.url}#/about`);
  await expect(page.getByRole('heading', { level: 1, name: 'About Rungs' })).toBeVisible();
  await expect(page.getByText(`Version ${VERSION_A}.`)).toBeVisible();

  const manifest = (await (await page.request.get('manifest.webmanifest')).json()) as {
    start_url: string;
    scope: string;
    display: string;
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone' });
  expect(manifest.icons.map((icon) => `${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ''}`)).toEqual(['any', '192x192', '512x512', '512x512 maskable']);
  for (const icon of manifest.icons) expect((await page.request.get(icon.src)).status(), icon.src).toBe(200);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download Rungs as one file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('rungs.html');
  expect(statSync(await download.path()).size).toBe(statSync(SINGLE_FILE).size);

  await page.goto(`${site.url}index.html#/results`);
  await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
});

test('a new version is offered with "Reload", which keeps every answer and the screen, and the other open tab updates too', async ({ page, context, site }) => {
  // Slow by design: the offline copy is installed, version B is installed beside it, and two tabs reload onto it. It
  // took 19 s on a quiet machine and over 30 s at load 13.
  test.setTimeout(120_000);
  // The fixture watches `page`; this tab is watched here.
  const foreign: string[] = [];
  context.on('request', (request) => {
    if (!request.url().startsWith(new URL(site.url).origin)) foreign.push(request.url());
  });
  await page.goto('./');
  await waitForOfflineCopy(page);
  const other = await context.newPage();
  await other.goto('./');
  await expect(other.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();

  await inFront(page);
  await page.getByRole('button', { name: 'Start assessment' }).click();
  const groups = page.getByRole('radiogroup');
  await expect(groups.first()).toBeVisible();
  for (let i = 0; i < (await groups.count()); i += 1) await groups.nth(i).getByRole('radio').nth(3).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('button', { name: 'Back' })).toBeVisible();
  await groups.first().getByRole('radio').nth(1).check();
  const url = page.url();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();

  // Deploy version B; the app looks for it when it is shown again, hourly, or (here) right away.
  site.root = DIST_B;
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready.' });
  await expect(prompt).toBeVisible();
  await expect(other.getByText('A new version is ready.')).toBeVisible();

  const reloaded = page.waitForEvent('load');
  const otherReloaded = other.waitForEvent('load');
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await Promise.all([reloaded, otherReloaded]);

  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading ?? '');
  await expect(groups.first().getByRole('radio').nth(1)).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  for (let i = 0; i < (await groups.count()); i += 1) await expect(groups.nth(i).getByRole('radio').nth(3)).toBeChecked();
  await expect(page.getByText('A new version is ready.')).toBeHidden();

  for (const tab of [page, other]) {
    await inFront(tab);
    await tab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
    await expect(tab.getByText(`Version ${VERSION_B}.`)).toBeVisible();
  }
  await other.close();
  expect(foreign, 'requests that left the app').toEqual([]);
});

test.describe('the one-file copy', () => {
  test.use({ baseURL: `${pathToFileURL(SINGLE_DIR).href}/` });

  test('opened from disk, it runs a quick assessment, keeps it in storage and shows charts', async ({ page }) => {
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await expect(page.getByRole('heading', { level: 1, name: HOME_HEADING })).toBeVisible();
    await page.getByRole('button', { name: 'Start assessment' }).click();
    await answerOpenAssessment(page, 3);
    await expectCharts(page);
    // Storage works from file://: the results come back after a reload, and nothing says saving failed.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /results/i })).toBeVisible();
    await expectCharts(page);
    await expect(page.getByText('Your answers are not being saved.')).toBeHidden();
  });
});
