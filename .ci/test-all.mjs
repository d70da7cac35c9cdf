// `npm test`: typecheck, lint, unit and component tests, then browser tests in Debian's Chromium.
// Runs every stage even after a failure, then prints one plain line: "N passed, N failed[, N skipped]".
// Typecheck and lint count as one test each, and so do the build and the size budget.
//
// Typecheck, lint and the production build (then its size budget) run side by side first: each keeps about one core
// busy, and their output is kept. Vitest starts once the builds are done, beside the end of typecheck and lint (whose
// output is printed after Vitest's), and Playwright after it, each with a worker per core, their output live. Every
// tool is run by Node from its package, not through npx (about half a second of start-up each).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, INSTALL_CHROMIUM } from './chromium.mjs';

const OUT = join(process.cwd(), '.test-output');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const started = Date.now();
const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];
const timings = [];

const seconds = (ms) => `${Math.round(ms / 1000)} s`;

/**
 * Runs one command to its end; true when it exits 0. `live`: its output goes straight to this terminal (only one stage
 * at a time may do that); otherwise it is kept and printed in one piece when the command ends, under its label.
 */
const run = (label, command, args, { env = {}, live = true, report = (text) => console.log(text) } = {}) =>
  new Promise((resolve) => {
    const start = Date.now();
    if (live) console.log(`\n▶ ${label}`);
    const child = spawn(command, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    const finish = (ok, error) => {
      timings.push(`${label} ${seconds(Date.now() - start)}`);
      if (!live) {
        const text = Buffer.concat(output).toString('utf8').trimEnd();
        report(`\n▶ ${label} (${seconds(Date.now() - start)})${text ? `\n${text}` : ''}`);
      }
      if (error) report(`${label}: ${error.message}`);
      resolve(ok);
    };
    child.once('error', (error) => finish(false, error));
    child.once('close', (code) => finish(code === 0));
  });

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

/** A port the system says is free now: listen on 0, read it back, let it go. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const check = (label, ok) => {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    notes.push(`${label} failed`);
  }
};

/** A tool's command line: Node running the script its package names as its command. */
const tool = (script, ...args) => [process.execPath, [script, ...args]];
const TSC = 'node_modules/typescript/bin/tsc';
const ESLINT = 'node_modules/eslint/bin/eslint.js';
const VITE = 'node_modules/vite/bin/vite.js';
const VITEST = 'node_modules/vitest/vitest.mjs';
const PLAYWRIGHT = 'node_modules/@playwright/test/cli.js';

const chromium = chromiumPath();
const playwrightArgs = ['test', '--config', '.ci/playwright.config.ts'];

// The builds some browser tests serve from a static host of their own (see site-builds.mjs), made here for the run.
const siteBuildsDir = join(OUT, 'site-builds');

// Side by side: typecheck, lint, and (when the browser tests will run) the build they test, then its size budget, and
// the site builds. What typecheck and lint print waits until Vitest is done, so it never lands inside Vitest's output.
const held = [];
const hold = (text) => held.push(text);
const checks = Promise.all([
  run('typecheck', ...tool(TSC, '--noEmit', '-p', 'tsconfig.json'), { live: false, report: hold }).then((ok) => check('typecheck', ok)),
  run('lint', ...tool(ESLINT, '--config', '.ci/eslint.config.js', '--max-warnings', '0', '.'), { live: false, report: hold }).then((ok) => check('lint', ok)),
]);
await Promise.all([
  chromium &&
    run('build for browser tests', ...tool(VITE, 'build', '--logLevel', 'warn'), { live: false }).then(async (built) => {
      check('build for browser tests', built);
      check('size budget', await run('size budget', process.execPath, ['.ci/size-budget.mjs', 'dist'], { live: false }));
    }),
  chromium && run('site builds for browser tests', process.execPath, ['.ci/site-builds.mjs', siteBuildsDir], { live: false }).then((ok) => check('site builds', ok)),
]);

const vitestJson = join(OUT, 'vitest.json');
const vitestOk = await run('unit and component tests', ...tool(VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`));
await checks;
for (const text of held) console.log(text);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  // A suite that fails to load has no test results but still fails the run.
  if (!vitestOk && vitest.numFailedTests === 0) check('vitest (a file failed to load)', false);
} else check('vitest (no report)', false);

if (chromium) {
  const playwrightJson = join(OUT, 'playwright.json');
  // A port nothing listens on, so a running `npm start` (4173) or another checkout's tests never stop this run.
  const port = process.env.E2E_PORT ?? String(await freePort());
  const e2eOk = await run('browser tests (Chromium)', ...tool(PLAYWRIGHT, ...playwrightArgs), {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, CHROME_PATH: chromium, E2E_PORT: port, E2E_SITE_BUILDS: siteBuildsDir },
  });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (!e2eOk && report.stats.unexpected === 0) check('browser tests (run error)', false);
  } else check('browser tests (no report)', false);
} else {
  const listing = await new Promise((resolve) => {
    const child = spawn(process.execPath, [PLAYWRIGHT, ...playwrightArgs, '--list'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.once('error', () => resolve(''));
    child.once('close', () => resolve(text));
  });
  const count = Number(/Total: (\d+) tests?/.exec(listing)?.[1] ?? 0);
  if (process.env.REQUIRE_BROWSER === '1') {
    check('browser tests (Chromium is missing and REQUIRE_BROWSER=1)', false);
  } else {
    totals.skipped += count;
  }
  notes.push(`Chromium not found: ${count} browser tests not run. Install it with: ${INSTALL_CHROMIUM}`);
}

console.log('');
console.log(`Took ${seconds(Date.now() - started)}: ${timings.join(', ')}.`);
for (const note of notes) console.log(note);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
