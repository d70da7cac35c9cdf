import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

// Browser tests run against the production build served by `vite preview`, in Debian's Chromium.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '../test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --outDir ${process.env.E2E_DIST ?? 'dist'}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    cwd: '..',
    timeout: 60_000,
  },
});
