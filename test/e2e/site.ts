import { VERSION_A, VERSION_B } from '../../.ci/site-builds.mjs';
import { BUILDS, test } from './fixtures';

export { BUILDS, VERSION_A, VERSION_B };

/**
 * Tests served from a plain static host of their own (the worker's `site`, see fixtures.ts), serving version A at the
 * start of every test; a test swaps `site.root` to deploy version B, or sets `site.down` to take the network away.
 */
export const siteTest = test.extend({
  // Blocked everywhere else (playwright.config.ts): here it is what the tests are about.
  serviceWorkers: 'allow',
  baseURL: async ({ site }, provide) => {
    site.root = BUILDS.a;
    site.down = false;
    await provide(site.url);
  },
});
