import { expect, test } from './fixtures';
import { completeQuickAssessment } from './journey';

test('all answers at the top show 100% readiness for every level', async ({ page }) => {
  await completeQuickAssessment(page, 4);
  const table = page.getByRole('table', { name: 'Readiness per level' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(8);
  for (let i = 1; i < 8; i += 1) {
    await expect(rows.nth(i)).toContainText('100%');
    await expect(rows.nth(i)).toContainText(/Ready/);
  }
  await expect(page.getByText('VP of Operations', { exact: true }).first()).toBeVisible();
});

test('results show charts with their tables and at least three certifications, and print to a PDF', async ({ page }) => {
  await completeQuickAssessment(page, 0);
  // Charts load lazily; each is an image with a name, with its data in a table.
  const charts = page.locator('figure [role="img"] svg');
  await expect(charts.first()).toBeVisible();
  expect(await page.locator('figure [role="img"]').count()).toBeGreaterThanOrEqual(2);
  // Tables are visible or one click away.
  const toggles = page.getByText('Show the data as a table');
  for (let i = 0; i < (await toggles.count()); i += 1) await toggles.nth(i).click();
  expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(4);
  const certifications = page.getByRole('list', { name: /Recommended certifications/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
  expect(await certifications.count()).toBeGreaterThanOrEqual(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(20_000);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.emulateMedia({ media: 'screen' });
});
