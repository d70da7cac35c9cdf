import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe-core violations on ${where}`).toEqual([]);
}

/**
 * Automatic for every browser test: remembers each screen the page visits; afterwards axe-core checks the
 * screen the test ended on, then opens every other visited screen again and checks it too. Any violation
 * fails the test. Every request is recorded as well: one that leaves the app's origin fails the test.
 */
export const test = base.extend<{ audit: void }>({
  audit: [
    async ({ page, baseURL }, use) => {
      const visited = new Set<string>();
      const foreign: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost/').origin;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith(origin)) visited.add(frame.url());
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      await use();
      const last = page.url();
      if (last.startsWith(origin)) {
        await expectNoAxeViolations(page, last);
        for (const url of visited) {
          if (url === last) continue;
          await page.goto(url);
          await page.locator('main h1').first().waitFor();
          await expectNoAxeViolations(page, url);
        }
      }
      expect(foreign, 'requests that left the app').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
