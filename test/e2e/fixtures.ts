import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { siteBuilds } from '../../.ci/site-builds.mjs';
import { checkedParts, claimScreen, claimState, type PageReading, readPage, recordCheckedParts } from './audit-registry';
import { startStaticServer, type StaticServer } from './static-server';

/** Version A (with the one-file copy) and that copy, which the global set-up made; version B, the next deploy: dist/. */
export const BUILDS = siteBuilds();

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * The axe-core that AxeBuilder itself would inject (the copy its own package resolves), minified: the package's
 * `source` is its unminified axe.js (1.3 MB), which took a third longer to send and run in each page than axe.min.js.
 */
const AXE_SOURCE = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
/** How long the audit may take per screen it checks: a guard against a hang, not a measure of speed. */
const AUDIT_MS_PER_SCREEN = 30_000;

/** The rule that checks the contrast of text, run apart from the others: on the parts of the page no test has checked. */
const CONTRAST = 'color-contrast';

const describeViolation = (violation: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }) =>
  `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`;

/**
 * The parts of the page (see PageReading) whose contrast no test has checked, as few as cover them: a part whose key
 * has been checked is left out with everything inside it; a part with text of its own, or with nothing inside it, is
 * checked whole; any other part is looked into. The body, when due, stands for the whole page.
 */
function partsToCheck(parts: PageReading['parts'], checked: ReadonlySet<string>): { due: number[]; inside: (index: number) => number[] } {
  const children = parts.map((): number[] => []);
  parts.forEach((part, index) => {
    if (part.parent >= 0) children[part.parent]!.push(index);
  });
  const due: number[] = [];
  const visit = (index: number) => {
    const part = parts[index]!;
    if (checked.has(part.key)) return;
    if (part.ownText || children[index]!.length === 0) due.push(index);
    else for (const child of children[index]!) visit(child);
  };
  if (parts.length > 0) visit(0);
  const inside = (index: number): number[] => [index, ...children[index]!.flatMap(inside)];
  return { due, inside };
}

/**
 * Runs axe-core on the page as it is; any violation fails the test. Every rule but the contrast check runs on the
 * whole page; the contrast check runs on the parts no test in this run has checked (see PageReading), with the whole
 * page around them (axe-core reads their backgrounds from it), and those parts are then recorded as checked.
 */
async function runAxe(page: Page, where: string, { parts }: PageReading) {
  // Legacy mode runs axe-core in the page itself. By default it also opens a blank page of its own and injects axe-core
  // there too, to put frames' results together: needed only for cross-origin frames (Rungs has no frames), and it
  // took about half of each audit's time. Every rule runs; only violations come back node by node (resultTypes): the
  // passes of a long results screen, every node with its markup, came to about 2 MB to send and read each time.
  // AxeBuilder sends axe-core's source (1.3 MB) to the page twice on every run; it is put there once per document
  // instead, and AxeBuilder is given an empty statement for source.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // options() replaces every option set before it, the tags and the disabled rule too: it comes first.
  const results = await new AxeBuilder({ page, axeSource: ';' })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .disableRules(CONTRAST)
    .setLegacyMode(true)
    .analyze();
  const { due, inside } = partsToCheck(parts, checkedParts());
  const contrast =
    due.length === 0
      ? { violations: [], checked: [] }
      : await page.evaluate(
          async ({ due, rule }) => {
            const elements = (window as unknown as { __rungsAuditParts: Element[] }).__rungsAuditParts;
            // A part the page has since dropped is left for the audit of the page as it now is (see auditUnlessSeen).
            const checked = due.filter((index) => elements[index]?.isConnected);
            const context = checked.includes(0) ? document : { include: checked.map((index) => elements[index]!) };
            const { axe } = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Parameters<typeof describeViolation>[0][] }> } };
            const { violations } = await axe.run(context, { runOnly: { type: 'rule', values: [rule] }, resultTypes: ['violations'] });
            return { violations, checked };
          },
          { due, rule: CONTRAST },
        );
  const summary = [...results.violations, ...contrast.violations].map(describeViolation);
  expect(summary, `axe-core violations on ${where}`).toEqual([]);
  recordCheckedParts(contrast.checked.flatMap(inside).map((index) => parts[index]!.key));
}

/**
 * Audits the page as it is now unless its screen and its state (see PageReading) have both been claimed by a test in this
 * run already (see claimScreen), and claims them. The state is read again after the audit: a page still drawing (the
 * rest of the results, a list arriving) is audited again as it now is if that state is new, up to three times.
 */
async function auditUnlessSeen(page: Page, where: string, { always = false } = {}) {
  const screen = screenOf(page.url());
  let reading = await readPage(page);
  // Both claimed, whichever is new: a test that skips this page must find both taken.
  const newScreen = claimScreen(screen);
  const newState = claimState(reading.state);
  let due = always || newScreen || newState;
  for (let attempt = 1; due && attempt <= 3; attempt += 1) {
    await runAxe(page, where, reading);
    const after = await readPage(page);
    due = after.state !== reading.state && claimState(after.state);
    reading = after;
  }
}

/** Audits the page as it is now, whatever has been audited before (and records it, so later tests can skip it). */
export async function expectNoAxeViolations(page: Page, where: string) {
  await auditUnlessSeen(page, where, { always: true });
}

/**
 * Collects every Content-Security-Policy violation in every page of the context, from the page's own
 * `securitypolicyviolation` events (reported as they happen, so a reload loses none) and from the console errors
 * Chromium prints for them (which also covers violations no event is fired for).
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__rungsReportCspViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __rungsReportCspViolation(text: string): void }).__rungsReportCspViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`),
      true,
    );
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * One name per screen, whatever record it shows: the page's path and its route with ids left out
 * ("/tools/rungs/ /results/:id"), so a session's results and another's count as one screen.
 */
export function screenOf(url: string): string {
  const { pathname, hash } = new URL(url);
  const route = hash.replace(/^#/, '').split('?')[0] ?? '';
  const parts = route
    .split('/')
    .filter(Boolean)
    .map((part, index) => (index === 0 || part === 'review' ? part : ':id'));
  return `${pathname} /${parts.join('/')}`;
}

/**
 * Automatic for every browser test: remembers each screen the page visits; afterwards axe-core checks the screen the
 * test ended on, unless a test in this run (any worker) has audited that screen in the same state already: the state
 * (see PageReading) is the page's structure without its numbers, names and ids, so the end state is audited whenever it
 * holds something no audited state held (another verdict, a panel open, a message, another viewport). Then it opens
 * every other visited screen again and checks it too, unless a test in this run has checked that screen already, so
 * every screen a test reaches is audited at least once a run. Any violation fails the test. Every request is recorded
 * as well: one that leaves the app's origin fails the test, and so does any Content-Security-Policy violation in any
 * page of the test's context.
 */
export const test = base.extend<{ audit: void }, { site: StaticServer }>({
  // A plain static host serving version A, for the tests of site.ts (siteTest). It is declared here, for every test, so
  // that all tests share one kind of worker: Playwright runs tests needing other worker fixtures in workers of their
  // own, after the rest, which left one core idle while the last of them ran. A worker starts it only if a test asks.
  site: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startStaticServer(BUILDS.a);
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  audit: [
    async ({ page, context, baseURL }, use, testInfo) => {
      const visited = new Set<string>();
      const foreign: string[] = [];
      const cspViolations = await watchCspViolations(context);
      // A file:// page (the one-file copy) has no origin to speak of: its own folder is its "origin".
      const origin = baseURL?.startsWith('file:') ? baseURL : new URL(baseURL ?? 'http://localhost/').origin;
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && frame.url().startsWith(origin)) visited.add(frame.url());
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
      });
      await use();
      // Opening a screen again and running axe on it takes a few seconds by design, several times that on a busy
      // machine: the audit gets its own time (apart from the test's), in proportion to the screens it checks.
      testInfo.setTimeout(AUDIT_MS_PER_SCREEN * (visited.size + 1));
      const last = page.url();
      if (last.startsWith(origin)) {
        await auditUnlessSeen(page, last);
        for (const url of visited) {
          if (url === last || !claimScreen(screenOf(url))) continue;
          await page.goto(url);
          await page.locator('main h1').first().waitFor();
          await auditUnlessSeen(page, url, { always: true });
        }
      }
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests that left the app').toEqual([]);
    },
    // A timeout of its own, so the audit's time is not taken from the test's (set again above, once it knows the screens).
    { auto: true, timeout: AUDIT_MS_PER_SCREEN },
  ],
});

export { expect };
