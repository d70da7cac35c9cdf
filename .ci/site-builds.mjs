// The extra builds some browser tests serve from a plain static server of their own: version A (which offers the
// one-file copy), version B (the "next deploy"), and the one-file copy. Made once per run, never in dist/: `npm test`
// makes them beside typecheck and lint and passes E2E_SITE_BUILDS; a plain `playwright test` makes them in its global
// set-up. Run directly: `node .ci/site-builds.mjs <folder>`.
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const VERSION_A = '0.0.0-e2e-a';
export const VERSION_B = '0.0.0-e2e-b';

/** Where the builds are: E2E_SITE_BUILDS when set, else a folder named after the port, so two runs never share one. */
export function siteBuilds(folder = process.env.E2E_SITE_BUILDS ?? join(tmpdir(), `rungs-e2e-sites-${process.env.E2E_PORT ?? '4173'}`)) {
  return {
    folder,
    a: join(folder, 'a'),
    b: join(folder, 'b'),
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

/** Makes the three builds (two at a time: version A ships the one-file copy, so it is built after it). */
export async function makeSiteBuilds(folder) {
  const builds = siteBuilds(folder);
  rmSync(builds.folder, { recursive: true, force: true });
  await Promise.all([
    viteBuild(['--mode', 'single', '--outDir', builds.singleDir], { RUNGS_VERSION: VERSION_A }).then(() =>
      viteBuild(['--outDir', builds.a], { RUNGS_VERSION: VERSION_A, RUNGS_SINGLE_FILE: builds.singleFile }),
    ),
    viteBuild(['--outDir', builds.b], { RUNGS_VERSION: VERSION_B }),
  ]);
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
