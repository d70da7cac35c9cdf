import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

// Browser tests run against the production build served by `vite preview`, in Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '../test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  // Every test runs in a browser context of its own (its own IndexedDB, service workers and caches) against a server
  // that only serves files, so tests run side by side, one worker per core; the static host the offline and update
  // tests use is one per worker, started by the first test that asks (fixtures.ts). E2E_WORKERS=1 runs them one at a
  // time.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || availableParallelism(),
  retries: 0,
  // How long an assertion waits for the page to get there: a guard against a hang, never a measure of speed. A cold
  // Results page with its whole pack took over 5 s (Playwright's default) at load 17 on two cores, failing a test on
  // timing alone; a passing assertion returns as soon as it holds, so this costs nothing when all is well.
  expect: { timeout: 15_000 },
  // The builds offline.spec.ts and durability.spec.ts serve (versions A and B, the one-file copy), made once a run.
  globalSetup: '../test/e2e/global-setup.ts',
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
    trace: 'off',
    // The service worker is the subject of the tests served from a static host of their own (test/e2e/site.ts), which
    // let it run: offline use, updates, the one-file copy. Elsewhere it is kept out. Its install precaches every file
    // (2.3 MB) and Chromium compiles the scripts among them, in every fresh context: 12% of this stage's CPU.
    serviceWorkers: 'block',
  },
  webServer: {
    // Node running Vite's own script: npx took about half a second more to start it.
    command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort --outDir ${process.env.E2E_DIST ?? 'dist'}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    cwd: '..',
    timeout: 60_000,
  },
});
