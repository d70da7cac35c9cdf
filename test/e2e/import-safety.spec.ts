import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/** Under the size cap but nothing like JSON: 20 MB of bytes that are not text. */
function garbageFile(): string {
  const path = join(tmpdir(), `rungs-garbage-${process.pid}.json`);
  const bytes = Buffer.alloc(20 * 1024 * 1024);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 2_654_435_761) >>> 24;
  writeFileSync(path, bytes);
  return path;
}

/** A well-formed bundle whose mentee's name and mentor's note are markup that would run if rendered as HTML. */
function markupBundle(): { name: string; mimeType: string; buffer: Buffer } {
  const bundle = JSON.parse(readFileSync(new URL('../fixtures/storage/v2/bundle-mentee-with-plan.json', import.meta.url), 'utf8'));
  bundle.profiles[0].name = '<img src=x onerror="alert(1)">';
  for (const session of bundle.sessions) session.mentorNotes = { ...session.mentorNotes, 'lean-manufacturing': '<script>alert(2)</script>' };
  return { name: 'markup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle)) };
}

/** Over the 96 MB a Rungs file can be. A path, not a buffer: the browser driver refuses buffers over 50 MB. */
function oversizeFile(): string {
  const path = join(tmpdir(), `rungs-oversize-${process.pid}.json`);
  writeFileSync(path, Buffer.alloc(96 * 1024 * 1024 + 10, 0x20));
  return path;
}

/** A bundle that tries to reach Object.prototype through a key of an answer map. */
const hostileBundle = () =>
  `{"type":"rungs/bundle","version":1,"createdBy":"Rungs","profiles":[],"sessions":[{"type":"rungs/session","version":2,"id":"s1","profileId":"me","packId":"industrial-production-manager","packVersion":"1","assessmentId":"quick","targetLevel":"plant-manager","basis":"self","startedAt":"2026-11-01T10:00:00.000Z","updatedAt":"2026-11-01T10:00:00.000Z","completedAt":null,"step":0,"answers":{"__proto__":{"polluted":true}},"evidence":{},"mentorRatings":{},"mentorNotes":{},"revision":0,"conflictOf":null}]}`;

/** A bundle whose one session has a step below zero: the problem must be named in words, never as "Invalid input". */
const outOfRangeBundle = () => hostileBundle().replace('"step":0', '"step":-1').replace('{"__proto__":{"polluted":true}}', '{}');

test.describe('Importing a damaged or hostile file', () => {
  let dialogs: string[] = [];
  test.beforeEach(async ({ page }) => {
    dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('./#/mentees');
    await page.getByRole('button', { name: 'Add mentee' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana Ferreira');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Ana Ferreira' })).toBeVisible();
  });

  const cases = [
    { name: 'a file with a prototype key', file: () => ({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostileBundle()) }), message: /__proto__/ },
    { name: 'a file with a record out of range', file: () => ({ name: 'step.json', mimeType: 'application/json', buffer: Buffer.from(outOfRangeBundle()) }), message: /Session 1 of 1 \("s1"\) can't be read: step: Too small: expected number to be >=0/ },
    { name: 'a file that is not JSON', file: () => ({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('<script>alert(1)</script>') }), message: /not|JSON/i },
    { name: '20 MB of bytes that are not JSON', file: garbageFile, message: /not valid JSON/ },
    { name: 'a file over 96 MB', file: oversizeFile, message: /96 MB/ },
  ];

  for (const { name, file, message } of cases) {
    test(`should refuse ${name} with a message and change nothing`, async ({ page }) => {
      await page.getByLabel('Rungs file to import').setInputFiles(file());
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(1);
      expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
      await expect(page.getByRole('link', { name: 'Ana Ferreira' })).toHaveCount(1);
      await page.reload();
      await expect(page.getByRole('link', { name: 'Ana Ferreira' })).toHaveCount(1);
      expect(dialogs).toEqual([]);
    });
  }

  test('should show names and notes written as markup as plain text, running nothing', async ({ page }) => {
    await page.getByLabel('Rungs file to import').setInputFiles(markupBundle());
    const preview = page.getByRole('region', { name: /^Import preview/ });
    await expect(preview).toContainText('<img src=x onerror="alert(1)">');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    const hostile = page.getByRole('link', { name: '<img src=x onerror="alert(1)">' });
    await expect(hostile).toBeVisible();
    await hostile.click();
    await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror="alert(1)">' })).toBeVisible();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
