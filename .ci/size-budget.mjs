// Size budgets, checked on a built dist by bytes, never by timing: `node .ci/size-budget.mjs [dist]`.
// The first load of Home — index.html plus every script, module preload and stylesheet it names, and the modules
// those statically import — must stay within FIRST_LOAD_BUDGET; every other JS or CSS file gets the budget of the
// first rule in BUDGETS its path matches. Sizes are gzip at level 9 (what nginx `gzip_comp_level 9` or a
// precompressing static host sends) and 1 kB = 1000 bytes, the unit Vite prints, so the numbers can be compared.
// Prints a table of every file with its budget; exits 1 on any breach.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const KB = 1000;
export const GZIP_LEVEL = 9;

/** React 19 + ReactDOM alone are about 69 kB: every other kilobyte of the first load must earn its place. */
export const FIRST_LOAD_BUDGET = 90 * KB;

/**
 * Budgets of everything that is not the first load, first match wins. Paths are relative to dist, "/"-separated.
 * Measured when these were set (gzip): first load 83.1 kB; the recharts chunk that results and mentees share 92.1
 * (vite.config.ts names it recharts-*.js; left alone, rolldown names it after one of its modules), results-charts 21.2
 * on top of it (109.3 while it held recharts itself), pack 87.9, results-page 11.8 (+1.7 CSS), schemas 25.7, form 14.2, mentees-page 14.0,
 * every other chunk under 7; workbox 5.2, sw.js 1.3. Budgets leave modest headroom above those.
 *
 * | file                               | budget | why it may be that big                                             |
 * | ---------------------------------- | ------ | ------------------------------------------------------------------ |
 * | assets/progress-charts-*           | 120 kB | the mentees' progress charts, with recharts when no other screen   |
 * |                                    |        | shares it (results draws its bars as tables since pack 2.0.0)      |
 * | assets/recharts-*, assets/*Chart-* | 105 kB | recharts (with its d3 pieces), split out when two screens chart    |
 * | assets/<pack file name>-*.js       | 140 kB | one assessment pack (all its prose), loaded after Home has painted; |
 * |                                    |        | pack 3.0.0 is 126 kB (274 questions, 57 competencies)              |
 * | assets/results-page-*              |  20 kB | the results screens without the charts                             |
 * | sw.js                              |  10 kB | the service worker and its precache list (grows with the assets)   |
 * | workbox-*.js                       |  10 kB | the Workbox runtime, loaded by the service worker, never the page  |
 * | assets/read-import.worker-*        |  20 kB | reads an import file off the page: zod, the schemas and every      |
 * |                                    |        | stored format (32.5 kB with classic zod, 16.3 with zod mini)       |
 * | anything else (.js, .css)          |  30 kB | a screen or a library chunk (zod, react-hook-form, import/export)  |
 */
export const BUDGETS = [
  { label: 'progress-charts', pattern: /^assets\/progress-charts-[\w-]+\.(?:js|css)$/, budget: 120 * KB },
  { label: 'chart library', pattern: /^assets\/(?:recharts|[A-Za-z]*Chart)-[\w-]+\.js$/, budget: 105 * KB },
  { label: 'results-page', pattern: /^assets\/results-page-[\w-]+\.(?:js|css)$/, budget: 20 * KB },
  { label: 'service worker', pattern: /^sw\.js$/, budget: 10 * KB },
  { label: 'workbox', pattern: /^workbox-[\w-]+\.js$/, budget: 10 * KB },
  { label: 'import reader', pattern: /^assets\/read-import\.worker-[\w-]+\.js$/, budget: 20 * KB },
];
export const PACK_BUDGET = 140 * KB;

/**
 * How many JS files a lazily loaded part fetches beyond the first load: its own chunk and every chunk it statically
 * imports, transitively, that the first load lacks. A browser fetches six files at a time from a host without
 * HTTP/2, and each costs a round trip, so a screen split into many small files paints later however few its bytes.
 * vite.config.ts (CHUNK_GROUPS) gathers the small modules; these keep a new import from splitting them again.
 * Measured when set: Results 3 (results-page, screen-parts, ready-state), the question screen 3 (assessment-page,
 * screen-parts, questionnaire), the stored records' check 1; before CHUNK_GROUPS they were 7, 5 and 4.
 */
export const LAZY_FILE_BUDGETS = [
  { label: 'stored records check', prefix: 'restore', files: 1 },
  { label: 'question screen', prefix: 'assessment-page', files: 3 },
  { label: 'Results screen', prefix: 'results-page', files: 3 },
];
export const DEFAULT_BUDGET = { label: 'default', budget: 30 * KB };

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pack rule: Vite names each pack's chunk after its JSON file (assessments/<name>.json → assets/<name>-<hash>.js),
 * so the file names in assessments/ say which chunks are packs. A new pack gets the pack budget with no edit here.
 */
export function packRule(packNames) {
  if (packNames.length === 0) return [];
  const names = packNames.map(escapeRegExp).join('|');
  return [{ label: 'pack', pattern: new RegExp(`^assets\\/(?:${names})-[\\w-]+\\.js$`), budget: PACK_BUDGET }];
}

/** The rule that applies to a dist-relative path: pack rules first, then BUDGETS, then the default. */
export function budgetFor(path, rules = BUDGETS) {
  return rules.find((rule) => rule.pattern.test(path)) ?? DEFAULT_BUDGET;
}

const attribute = (tag, name) => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
};
const hasAttribute = (tag, name) => new RegExp(`\\s${name}(?:[\\s=>/]|$)`, 'i').test(tag);

/** A URL from index.html as a dist-relative path, or undefined when it points elsewhere (another host, data:). */
export function toDistPath(url, from = '') {
  if (!url || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0];
  // base './' gives "./assets/x.js"; base '/' gives "/assets/x.js": both mean the dist root.
  const joined = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(from || 'index.html'), clean);
  const normal = posix.normalize(joined);
  return normal.startsWith('..') ? undefined : normal;
}

/**
 * What index.html makes the browser fetch before the app can run: every script with a src (module entry or a
 * classic one such as the service worker's register script), module preloads, stylesheets, and script/style
 * preloads. Icons and the web manifest are left out: they do not hold up the first render.
 */
export function firstLoadAssetsOf(html) {
  const found = [];
  const add = (url) => {
    const path = toDistPath(url);
    if (path && !found.includes(path)) found.push(path);
  };
  // Comments could hide tags that the browser never sees.
  const source = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of source.matchAll(/<script\b[^>]*>/gi)) {
    if (hasAttribute(tag, 'nomodule')) continue;
    const src = attribute(tag, 'src');
    if (src) add(src);
  }
  for (const [tag] of source.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const as = (attribute(tag, 'as') ?? '').toLowerCase();
    if (rel.includes('stylesheet') || rel.includes('modulepreload') || (rel.includes('preload') && (as === 'script' || as === 'style'))) {
      add(attribute(tag, 'href'));
    }
  }
  return found;
}

/**
 * Relative specifiers a minified ES module imports statically (`import{a}from"./x.js"`, `import"./y.js"`,
 * `export*from"./z.js"`). Dynamic `import("…")` is left out on purpose: it is what lazy loading is.
 */
export function staticImportsOf(code) {
  const found = new Set();
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$\s{},*]*?\bfrom\s*)?(["'])(\.{1,2}\/[^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) found.add(match[2]);
  return [...found];
}

/** The paths plus every module they statically import, transitively, among the files that exist in dist. */
export function closureOf(paths, readText, exists) {
  const seen = new Set();
  const queue = paths.filter(exists);
  while (queue.length > 0) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    if (!path.endsWith('.js')) continue;
    for (const specifier of staticImportsOf(readText(path))) {
      const target = toDistPath(specifier, path);
      if (target && exists(target) && !seen.has(target)) queue.push(target);
    }
  }
  return [...seen];
}

export const gzipSize = (bytes) => gzipSync(bytes, { level: GZIP_LEVEL }).length;

const listFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();

const packNamesIn = (assessmentsDir) => {
  try {
    return readdirSync(assessmentsDir)
      .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
      .map((file) => file.slice(0, -'.json'.length));
  } catch {
    return [];
  }
};

/**
 * Sizes of a built dist against the budgets. `firstLoad` lists index.html and what it loads first; `chunks`
 * every other JS and CSS file with its rule. Sizes in bytes.
 */
export function measureDist(
  dir,
  { packNames = packNamesIn(join(dirname(fileURLToPath(import.meta.url)), '..', 'assessments')), lazyFileBudgets = LAZY_FILE_BUDGETS } = {},
) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${join(dir, 'index.html')} not found: build first (npx vite build)`);
  const files = new Set(listFiles(dir));
  const exists = (path) => files.has(path);
  const bytesOf = (path) => readFileSync(join(dir, path));
  const sizeOf = (path) => {
    const bytes = bytesOf(path);
    return { path, raw: bytes.length, gzip: gzipSize(bytes) };
  };
  const html = bytesOf('index.html').toString('utf8');
  const named = firstLoadAssetsOf(html);
  const missing = named.filter((path) => !exists(path));
  const firstLoadPaths = closureOf(named, (path) => bytesOf(path).toString('utf8'), exists);
  const firstLoad = [sizeOf('index.html'), ...firstLoadPaths.map(sizeOf)];
  const rules = [...packRule(packNames), ...BUDGETS];
  const chunks = [...files]
    .filter((path) => /\.(?:m?js|css)$/.test(path) && !firstLoadPaths.includes(path))
    .map((path) => {
      const rule = budgetFor(path, rules);
      return { ...sizeOf(path), rule: rule.label, budget: rule.budget };
    });
  const total = firstLoad.reduce((sum, file) => sum + file.gzip, 0);
  const lazyFiles = lazyFileBudgets.map(({ label, prefix, files: budget }) => {
    const own = [...files].find((path) => new RegExp(`^assets/${escapeRegExp(prefix)}-[\\w-]+\\.js$`).test(path));
    const fetched = own ? closureOf([own], (path) => bytesOf(path).toString('utf8'), exists).filter((path) => !firstLoadPaths.includes(path)) : null;
    return { label, prefix, budget, files: fetched };
  });
  return { firstLoad, firstLoadTotal: total, missing, chunks, lazyFiles };
}

/** Every breach, as sentences; empty when the dist is within budget. */
export function breachesOf(measured) {
  const breaches = measured.missing.map((path) => `index.html loads ${path}, which is not in dist`);
  if (measured.firstLoadTotal > FIRST_LOAD_BUDGET) {
    breaches.push(`first load is ${kb(measured.firstLoadTotal)} gzip, over its ${kb(FIRST_LOAD_BUDGET)} budget`);
  }
  for (const chunk of measured.chunks) {
    if (chunk.gzip > chunk.budget) breaches.push(`${chunk.path} is ${kb(chunk.gzip)} gzip, over its ${kb(chunk.budget)} (${chunk.rule}) budget`);
  }
  for (const part of measured.lazyFiles) {
    if (!part.files) breaches.push(`no assets/${part.prefix}-*.js in dist, so the ${part.label} files cannot be counted`);
    else if (part.files.length > part.budget) {
      breaches.push(`the ${part.label} fetches ${part.files.length} JS files beyond the first load, over its ${part.budget}: ${part.files.join(', ')}`);
    }
  }
  return breaches;
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

/** The table the check prints: the first load file by file with its total, then every other chunk, largest first. */
export function formatReport(measured) {
  const rows = [
    ...measured.firstLoad.map((file) => [file.path, 'first load', kb(file.raw), kb(file.gzip), '', '']),
    ['= first load of Home', 'first load', '', kb(measured.firstLoadTotal), kb(FIRST_LOAD_BUDGET), measured.firstLoadTotal <= FIRST_LOAD_BUDGET ? 'ok' : 'OVER'],
    ...[...measured.chunks]
      .sort((a, b) => b.gzip - a.gzip)
      .map((chunk) => [chunk.path, chunk.rule, kb(chunk.raw), kb(chunk.gzip), kb(chunk.budget), chunk.gzip <= chunk.budget ? 'ok' : 'OVER']),
  ];
  const header = ['file', 'budget rule', 'raw', `gzip -${GZIP_LEVEL}`, 'budget', ''];
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  const lazy = measured.lazyFiles.map(
    (part) => `${part.label}: ${part.files ? `${part.files.length} of ${part.budget} (${part.files.join(', ')})` : `no assets/${part.prefix}-*.js`}`,
  );
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...(lazy.length > 0 ? ['', 'JS files fetched beyond the first load, of the budget:', ...lazy.map((text) => `  ${text}`)] : []),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  let measured;
  try {
    measured = measureDist(dir);
  } catch (error) {
    console.error(`size budget: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`Sizes of ${dir} (gzip level ${GZIP_LEVEL}, 1 kB = ${KB} bytes)\n`);
  console.log(formatReport(measured));
  const breaches = breachesOf(measured);
  console.log('');
  if (breaches.length > 0) {
    for (const breach of breaches) console.log(`✗ ${breach}`);
    process.exit(1);
  }
  console.log(`✓ first load ${kb(measured.firstLoadTotal)} of ${kb(FIRST_LOAD_BUDGET)}; ${measured.chunks.length} other chunks within budget`);
}
