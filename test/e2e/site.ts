import { siteBuilds, VERSION_A, VERSION_B } from '../../.ci/site-builds.mjs';
import { test } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

/** The builds the global set-up made: version A (with the one-file copy), version B (the next deploy), that copy. */
export const BUILDS = siteBuilds();
export { VERSION_A, VERSION_B };

/**
 * Tests served from a plain static host of their own, one per worker, serving version A at the start of every test;
 * a test swaps `site.root` to deploy version B, or sets `site.down` to take the network away.
 */
export const siteTest = test.extend<object, { site: StaticServer }>({
  site: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startStaticServer(BUILDS.a);
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, provide) => {
    site.root = BUILDS.a;
    site.down = false;
    await provide(site.url);
  },
});
