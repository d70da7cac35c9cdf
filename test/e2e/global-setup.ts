import { existsSync, rmSync } from 'node:fs';
import { makeSiteBuilds, siteBuilds } from '../../.ci/site-builds.mjs';
import { auditedScreenNames, startAuditRegistry } from './audit-registry';

/**
 * Before any browser test: the folder where workers record what axe-core has audited in this run (see
 * audit-registry.ts), and the builds that offline.spec.ts and durability.spec.ts serve (see .ci/site-builds.mjs),
 * made once for the whole run rather than once per worker. `npm test` makes the builds beside typecheck and lint and
 * says where (E2E_SITE_BUILDS); otherwise they are made here, and removed after the run. After the run, the screens
 * audited are listed.
 */
export default async function globalSetup() {
  const stopAuditRegistry = startAuditRegistry();
  const given = process.env.E2E_SITE_BUILDS;
  const builds = given && existsSync(siteBuilds(given).done) ? undefined : await makeSiteBuilds();
  return () => {
    const screens = auditedScreenNames();
    console.log(`axe-core audited ${screens.length} screens: ${screens.join(', ')}`);
    stopAuditRegistry();
    if (builds) rmSync(builds.folder, { recursive: true, force: true });
  };
}
