import { existsSync, rmSync } from 'node:fs';
import { makeSiteBuilds, siteBuilds } from '../../.ci/site-builds.mjs';

/**
 * Before any browser test: the builds that offline.spec.ts and durability.spec.ts serve (see .ci/site-builds.mjs),
 * made once for the whole run rather than once per worker. `npm test` makes them beside typecheck and lint and says
 * where (E2E_SITE_BUILDS); otherwise they are made here, and removed after the run.
 */
export default async function globalSetup() {
  const given = process.env.E2E_SITE_BUILDS;
  if (given && existsSync(siteBuilds(given).done)) return undefined;
  const builds = await makeSiteBuilds();
  return () => rmSync(builds.folder, { recursive: true, force: true });
}
