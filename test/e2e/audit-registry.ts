import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/*
 * What axe-core has audited so far in this run, shared by every worker: the screens (see screenOf in fixtures.ts) and
 * the states of a page (see PageReading) some test has claimed to audit, each a file in one folder the global set-up
 * makes and removes, and the parts of pages whose contrast has been checked, a file per worker in the same folder. A
 * test in one worker then skips what a test in another has audited already, so a screen is audited once a run, not
 * once a worker.
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

/** Run outside the global set-up, the parts checked (see PageReading) are kept per worker too. */
const partsInMemory = new Set<string>();

/** Where in the run's folder each worker writes the parts whose contrast it has checked, one file per worker. */
const PARTS_PREFIX = 'parts-';

/** Every part (see PageReading) whose contrast a test in this run has checked, in any worker. */
export function checkedParts(): Set<string> {
  const folder = process.env[FOLDER_VARIABLE];
  if (!folder) return partsInMemory;
  const keys = new Set<string>();
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(PARTS_PREFIX)) continue;
    for (const key of readFileSync(join(folder, name), 'utf8').split('\n')) if (key) keys.add(key);
  }
  return keys;
}

/** Records parts whose contrast has just been checked and found sound. */
export function recordCheckedParts(keys: readonly string[]): void {
  const folder = process.env[FOLDER_VARIABLE];
  if (!folder) {
    for (const key of keys) partsInMemory.add(key);
    return;
  }
  if (keys.length > 0) appendFileSync(join(folder, `${PARTS_PREFIX}${process.pid}`), `${keys.join('\n')}\n`);
}

/**
 * A page as the audit reads it. `state`: the page as axe-core sees it, without what only the record shown changes:
 * every element of the body with its attributes, whether it holds text of its own (not the text), and the names of
 * what aria-labelledby points to; ids and numbers left out of attribute values (React's useId ids too), an id used
 * twice marked as such; a run of identical siblings (rows, list items) counted once. Then the viewport, the media
 * emulated, the page's language and whether it has a title. Two pages with the same state pass or fail the same
 * rules, whatever their numbers and names.
 *
 * `parts`: every element of the body, in document order, for the colour-contrast check, which is most of an audit's
 * time on a long page (on the full results with the mentor's view, 1.9 of 2.5 s): a part is checked once a run. Its
 * key is what the contrast of its text follows: the page's head (as in `state`), its own subtree as in `state` with
 * each check box's and radio button's checked state and each element's computed colours, text size and weight,
 * opacity, visibility and position, and its ancestors' attributes and the same computed styles. Styles as computed,
 * not the attributes around it, so a rule that colours by an element's place among its siblings is seen, and a notice
 * put above a long page leaves the parts below it checked. The elements themselves are kept in the page (not in the
 * DOM) for the contrast check (see runAxe in fixtures.ts).
 */
export interface PageReading {
  state: string;
  parts: { key: string; parent: number; ownText: boolean }[];
}

export function readPage(page: Page): Promise<PageReading> {
  return page.evaluate(() => {
    const plain = (value: string) =>
      value
        .replace(/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/gi, '~')
        .replace(/_r_[0-9a-z]+_|«[^»]*»/g, '_r_')
        .replace(/\d+/g, '#');
    const ids = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
    const attributesOf = (element: Element): string => {
      const attributes = [...element.attributes].map((attribute) => `${attribute.name}="${plain(attribute.value)}"`).sort();
      if (element.id && (ids.get(element.id) ?? 0) > 1) attributes.push('id-used-twice');
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy) {
        const names = labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent?.trim() ?? '');
        attributes.push(`name="${plain(names.join(' '))}"`);
      }
      return `<${element.localName} ${attributes.join(' ')}`;
    };
    const hasOwnText = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
    // What the contrast of an element's text follows, as the browser has worked it out: its colours and the colours
    // and opacity it sits in, its text's size and weight, whether it shows, and how it is placed.
    const STYLE = ['color', 'background-color', 'background-image', 'opacity', 'font-size', 'font-weight', 'text-shadow', 'visibility', 'display', 'position', 'filter', 'mix-blend-mode', '-webkit-text-fill-color'];
    const styles = new Map<Element, string>();
    const styleOf = (element: Element) => {
      let text = styles.get(element);
      if (text === undefined) {
        const style = getComputedStyle(element);
        text = STYLE.map((property) => style.getPropertyValue(property)).join('|');
        styles.set(element, text);
      }
      return text;
    };
    const checked = (element: Element) => (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio') ? ` checked:${element.checked}` : '');
    // Each element's subtree, twice: as the state reads it, and for its part's key, with checked states too.
    const shapes = new Map<Element, [string, string]>();
    const shape = (element: Element): [string, string] => {
      const children: string[] = [];
      const childParts: string[] = [];
      for (const child of element.children) {
        const [part, withChecked] = shape(child);
        if (part !== children[children.length - 1]) children.push(part);
        if (withChecked !== childParts[childParts.length - 1]) childParts.push(withChecked);
      }
      const open = `${attributesOf(element)}${hasOwnText(element) ? ' +text' : ''}`;
      const both: [string, string] = [`${open}>${children.join('')}</${element.localName}>`, `${open}${checked(element)} style(${styleOf(element)})>${childParts.join('')}</${element.localName}>`];
      shapes.set(element, both);
      return both;
    };
    const media = ['print', '(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)', '(forced-colors: active)']
      .map((query) => `${query}:${matchMedia(query).matches}`)
      .join(' ');
    const viewport = document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
    const head = `${innerWidth}x${innerHeight} ${media} lang="${document.documentElement.lang}" title:${document.title.trim() !== ''} viewport="${viewport}"`;
    const state = `${head}\n${shape(document.body)[0]}`;

    // A short, stable key for a long text (53-bit cyrb53): thousands of parts are read at once.
    const hash = (text: string) => {
      let h1 = 0xdeadbeef;
      let h2 = 0x41c6ce57;
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ code, 2654435761);
        h2 = Math.imul(h2 ^ code, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
    };
    const elements: Element[] = [];
    const parts: PageReading['parts'] = [];
    const walk = (element: Element, parent: number, context: string) => {
      const index = elements.length;
      elements.push(element);
      parts.push({ key: hash(`${head}\n${context}\n${shapes.get(element)![1]}`), parent, ownText: hasOwnText(element) });
      const inside = hash(`${context}/${attributesOf(element)} style(${styleOf(element)})`);
      for (const child of element.children) walk(child, index, inside);
    };
    walk(document.body, -1, '');
    (window as unknown as { __rungsAuditParts: Element[] }).__rungsAuditParts = elements;
    return { state, parts };
  });
}
