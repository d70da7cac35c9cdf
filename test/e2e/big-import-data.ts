import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/*
 * A mentor's long history in the app's own bundle format, made from the frozen v2 fixture so every record is one the
 * app writes: 1,200 mentees and 1,200 sessions, enough for every behaviour checked (progress over many turns, a table
 * longer than its first page, a save long enough to close the tab in). E2E_BIG_IMPORT=5000 runs at the size issue 15
 * measured, for its figures: speed is the bench's business, and the default keeps `npm test` quick.
 */

const FIXTURE = JSON.parse(readFileSync(new URL('../fixtures/storage/v2/bundle-mentee-with-plan.json', import.meta.url), 'utf8')) as {
  profiles: Record<string, unknown>[];
  sessions: Record<string, unknown>[];
};

export const BIG_MENTEES = Number(process.env.E2E_BIG_IMPORT) || 1200;
export const BIG_SESSIONS = BIG_MENTEES;

const pad = (n: number) => String(n).padStart(4, '0');

/**
 * Writes the bundle to a file (the browser driver refuses buffers over 50 MB, and a path keeps the test's memory
 * low); `damage` replaces one record so the file is refused.
 */
export function writeBigBundle(name: string, damage?: { session: number; change: Record<string, unknown> }): string {
  const [profile] = FIXTURE.profiles;
  const [session] = FIXTURE.sessions;
  const profiles = Array.from({ length: BIG_MENTEES }, (_, i) => ({ ...profile, id: `big-mentee-${pad(i)}`, name: `Mentee ${pad(i)}` }));
  const sessions = Array.from({ length: BIG_SESSIONS }, (_, i) => ({
    ...session,
    id: `big-session-${pad(i)}`,
    profileId: `big-mentee-${pad(i % BIG_MENTEES)}`,
    ...(damage?.session === i ? damage.change : {}),
  }));
  const text = JSON.stringify({ type: 'rungs/bundle', version: 1, createdBy: 'Rungs', exportedAt: '2026-11-24T08:00:00.000Z', profiles, sessions });
  const path = join(tmpdir(), `rungs-${name}-${process.pid}.json`);
  writeFileSync(path, text);
  return path;
}

/** Long tasks (over 50 ms on the main thread) from the page's start, watched by a PerformanceObserver. */
export async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Long tasks that began between `from` and `to` (performance.now() in the page): how many, the longest, their total,
 * and each one's length, in order.
 */
export function longTasksBetween(page: Page, from: number, to: number) {
  return page.evaluate(
    ({ from, to }) => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((task) => task.start >= from && task.start < to);
      return {
        count: tasks.length,
        longest: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
        total: Math.round(tasks.reduce((sum, task) => sum + task.duration, 0)),
        each: tasks.map((task) => Math.round(task.duration)),
      };
    },
    { from, to },
  );
}

/** Every text the page's status lines ([role=status]) have shown since it loaded, in order, for checking progress. */
export async function watchStatusTexts(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __statusTexts: string[] }).__statusTexts = seen;
    const record = () => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent?.trim() ?? '';
        if (text && seen[seen.length - 1] !== text && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export const statusTexts = (page: Page) => page.evaluate(() => (window as unknown as { __statusTexts: string[] }).__statusTexts);
