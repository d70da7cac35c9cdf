// Debian's Chromium, for the browser tests (playwright.config.ts), the test runner (test-all.mjs) and the bench: one
// list of flags and one way to find it. Never a test tool's own browser download: it cannot work here.
import { existsSync } from 'node:fs';

/** Flags that keep Chromium off the network and quiet in a sandboxed, headless run. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

/** CHROME_PATH, or Debian's Chromium where it is installed; undefined when there is none. */
export function chromiumPath() {
  return [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
}
