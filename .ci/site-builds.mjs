// The builds some browser tests serve from a plain static server of their own: version A (which offers the one-file
// copy), version B (the "next deploy"), and the one-file copy. A and the copy are made once per run, never in dist/:
// `npm test` makes them beside typecheck and lint and passes E2E_SITE_BUILDS; a plain `playwright test` makes them in
// its global set-up. Version B is the build every other browser test runs against (E2E_DIST, else dist/), as it is:
// a newer version than A's, a service worker and precache of its own, and one build fewer a run (about 7 CPU-s).
// Run directly: `node .ci/site-builds.mjs <folder>`.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VERSION_A = '0.0.0-e2e-a';
/** The version dist/ is built with: package.json's, as `npm test` and `npm run test:e2e` build it (no RUNGS_VERSION). */
export const VERSION_B = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** Where the builds are: E2E_SITE_BUILDS when set, else a folder named after the port, so two runs never share one. */
export function siteBuilds(folder = process.env.E2E_SITE_BUILDS ?? join(tmpdir(), `rungs-e2e-sites-${process.env.E2E_PORT ?? '4173'}`)) {
  return {
    folder,
    a: join(folder, 'a'),
    b: resolve(ROOT, process.env.E2E_DIST ?? 'dist'),
    singleDir: join(folder, 'single'),
    singleFile: join(folder, 'single', 'rungs.html'),
    done: join(folder, 'built'),
  };
}

function viteBuild(args, env) {
  const command = [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--emptyOutDir', ...args];
  const child = spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite build ${args.join(' ')} failed:\n${output}`))));
  });
}

/** Makes the two builds: version A ships the one-file copy, so it is built after it. */
export async function makeSiteBuilds(folder) {
  const builds = siteBuilds(folder);
  rmSync(builds.folder, { recursive: true, force: true });
  await viteBuild(['--mode', 'single', '--outDir', builds.singleDir], { RUNGS_VERSION: VERSION_A });
  await viteBuild(['--outDir', builds.a], { RUNGS_VERSION: VERSION_A, RUNGS_SINGLE_FILE: builds.singleFile });
  writeFileSync(builds.done, new Date().toISOString());
  return builds;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: node .ci/site-builds.mjs <folder>');
    process.exit(2);
  }
  await makeSiteBuilds(folder);
}
