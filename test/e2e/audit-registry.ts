import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/*
 * What axe-core has audited so far in this run, shared by every worker: the screens (see screenOf in fixtures.ts) and
 * the states of a page (see stateOf) some test has claimed to audit, each a file in one folder the global set-up makes
 * and removes. A test in one worker then skips what a test in another has audited already, so a screen is audited
 * once a run, not once a worker.
 */

/** Where the global set-up says the folder is; workers inherit it. */
const FOLDER_VARIABLE = 'E2E_AUDITED';

/** Called by the global set-up: makes the folder for this run and returns what removes it. */
export function startAuditRegistry(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-audited-'));
  process.env[FOLDER_VARIABLE] = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}

/** Every screen audited in this run, by name: what the global teardown lists. */
export function auditedScreenNames(): string[] {
  const folder = process.env[FOLDER_VARIABLE];
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith('screen-'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .sort();
}

/** Run outside the global set-up (which never happens with .ci/playwright.config.ts), each worker keeps its own. */
const inMemory = new Set<string>();

/**
 * True for the first test of the run to claim `key` (a screen's name or a state), which audits it then; false for
 * every other, which skips it. A claim is never handed back: the test that made it fails if its audit does, and with
 * it the run, so a skipped screen is one that passed or that fails the run.
 */
function claim(kind: 'screen' | 'state', key: string): boolean {
  const file = `${kind}-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
  const folder = process.env[FOLDER_VARIABLE];
  if (!folder) return !inMemory.has(file) && Boolean(inMemory.add(file));
  try {
    writeFileSync(join(folder, file), kind === 'screen' ? key : '', { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export const claimScreen = (screen: string) => claim('screen', screen);
export const claimState = (state: string) => claim('state', state);

/**
 * The state of a page as axe-core sees it, without what only the record shown changes: every element of the body
 * with its attributes, whether it holds text of its own (not the text), and the names of what aria-labelledby
 * points to; ids and numbers left out of attribute values (React's useId ids too), an id used twice marked as such; a run of
 * identical siblings (rows, list items) counted once. Then the viewport, the media emulated, the page's language and
 * whether it has a title. Two pages with the same state pass or fail the same rules, whatever their numbers and names.
 */
export function stateOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    const plain = (value: string) =>
      value
        .replace(/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/gi, '~')
        .replace(/_r_[0-9a-z]+_|«[^»]*»/g, '_r_')
        .replace(/\d+/g, '#');
    const ids = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
    const shape = (element: Element): string => {
      const attributes = [...element.attributes].map((attribute) => `${attribute.name}="${plain(attribute.value)}"`).sort();
      if (element.id && (ids.get(element.id) ?? 0) > 1) attributes.push('id-used-twice');
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy) {
        const names = labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '');
        attributes.push(`name="${plain(names.join(' '))}"`);
      }
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const children: string[] = [];
      for (const child of element.children) {
        const part = shape(child);
        if (part !== children[children.length - 1]) children.push(part);
      }
      return `<${element.localName} ${attributes.join(' ')}${ownText ? ' +text' : ''}>${children.join('')}</${element.localName}>`;
    };
    const media = ['print', '(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)', '(forced-colors: active)']
      .map((query) => `${query}:${matchMedia(query).matches}`)
      .join(' ');
    const viewport = document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
    const head = `${innerWidth}x${innerHeight} ${media} lang="${document.documentElement.lang}" title:${document.title.trim() !== ''} viewport="${viewport}"`;
    return `${head}\n${shape(document.body)}`;
  });
}
