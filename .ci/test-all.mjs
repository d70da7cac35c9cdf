// `npm test`: typecheck, lint, unit and component tests, then browser tests in Debian's Chromium.
// Runs every stage even after a failure, then prints one plain line: "N passed, N failed[, N skipped]".
// Typecheck and lint count as one test each.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, INSTALL_CHROMIUM } from './chromium.mjs';

const OUT = join(process.cwd(), '.test-output');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

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

check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
check('lint', run('lint', 'npx', ['eslint', '--config', '.ci/eslint.config.js', '--max-warnings', '0', '.']));

const vitestJson = join(OUT, 'vitest.json');
const vitestOk = run('unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  // A suite that fails to load has no test results but still fails the run.
  if (!vitestOk && vitest.numFailedTests === 0) check('vitest (a file failed to load)', false);
} else check('vitest (no report)', false);

const chromium = chromiumPath();
const playwrightArgs = ['playwright', 'test', '--config', '.ci/playwright.config.ts'];
if (chromium) {
  check('build for browser tests', run('build for browser tests', 'npx', ['vite', 'build', '--logLevel', 'warn']));
  check('size budget', run('size budget', 'node', ['.ci/size-budget.mjs', 'dist']));
  const playwrightJson = join(OUT, 'playwright.json');
  // A port nothing listens on, so a running `npm start` (4173) or another checkout's tests never stop this run.
  const port = process.env.E2E_PORT ?? String(await freePort());
  const e2eOk = run('browser tests (Chromium)', 'npx', playwrightArgs, { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, CHROME_PATH: chromium, E2E_PORT: port });
  const report = readJson(playwrightJson);
  if (report?.stats) {
    totals.passed += report.stats.expected + report.stats.flaky;
    totals.failed += report.stats.unexpected;
    totals.skipped += report.stats.skipped;
    if (!e2eOk && report.stats.unexpected === 0) check('browser tests (run error)', false);
  } else check('browser tests (no report)', false);
} else {
  const listing = spawnSync('npx', [...playwrightArgs, '--list'], { encoding: 'utf8' });
  const count = Number(/Total: (\d+) tests?/.exec(listing.stdout ?? '')?.[1] ?? 0);
  if (process.env.REQUIRE_BROWSER === '1') {
    check('browser tests (Chromium is missing and REQUIRE_BROWSER=1)', false);
  } else {
    totals.skipped += count;
  }
  notes.push(`Chromium not found: ${count} browser tests not run. Install it with: ${INSTALL_CHROMIUM}`);
}

console.log('');
for (const note of notes) console.log(note);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
