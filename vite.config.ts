import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { checkedPacks } from './.ci/checked-packs.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** `vite build --mode single` (npm run build:single): the whole app as one HTML file that runs from disk. */
const SINGLE_MODE = 'single';
/** The one-file copy's name, in dist-single/ and, when offered for download, next to index.html. */
const SINGLE_FILE_NAME = 'rungs.html';
const THEME_COLOR = '#1d4e89';
/** The content hash in built file names (see build.rolldownOptions.output). */
const HASH = '[hash:6]';

/** Test files that replace modules (vi.mock, vi.doMock, vi.resetModules): each needs a module graph of its own. */
function testsWithOwnModules(dir = 'test'): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'e2e' && entry.name !== 'fixtures') found.push(...testsWithOwnModules(path));
    } else if (/\.test\.tsx?$/.test(entry.name) && /\bvi\.(mock|doMock|resetModules)\(/.test(readFileSync(join(ROOT, path), 'utf8'))) {
      found.push(path);
    }
  }
  return found;
}
const OWN_MODULES = testsWithOwnModules();

/** The test files that replace modules, ending in `ending`: one worker's jsdom, a fresh module cache per file (setup.ts). */
const ownModulesProject = (name: string, environment: 'node' | 'jsdom', ending: string) => ({
  extends: true as const,
  test: { name, environment, isolate: false, provide: { ownModules: true }, include: OWN_MODULES.filter((path) => path.endsWith(ending)), benchmark: { include: [] } },
});

/**
 * The policy shared by both builds. No 'unsafe-inline' for style: React and Recharts set styles through the CSSOM
 * (element.style), which CSP does not govern, and the browser tests fail on any violation, so a chart that needed
 * inline style would show up there. No frame-ancestors: browsers ignore it in a meta tag (a host may send it as a
 * header, see the README).
 */
function contentSecurityPolicy(sources: { script: string; style: string; img: string }) {
  return [
    "default-src 'self'",
    `script-src ${sources.script}`,
    `style-src ${sources.style}`,
    `img-src ${sources.img}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const cspMeta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;

/**
 * Right after <meta charset> (which must stay first), before any script or stylesheet: a CSP meta tag only covers
 * what comes after it.
 */
const withPolicy = (html: string, policy: string) => {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the Content-Security-Policy to follow');
  return html.replace(charset, (tag) => `${tag}\n    ${cspMeta(policy)}`);
};

/** Whether a module id is one of `paths` (under src/, without extension) or inside one of the `packages`. */
const moduleIn = (paths: readonly string[], packages: readonly string[] = []) => {
  const sources = new Set(paths.map((path) => join(ROOT, 'src', path)));
  const folders = packages.map((name) => join(ROOT, 'node_modules', name) + sep);
  return (id: string) => sources.has(id.replace(/\.tsx?$/, '')) || folders.some((folder) => id.startsWith(folder));
};

/**
 * Chunks made by hand, where the bundler's own split (one chunk per set of importers) cut a screen's download into
 * many small files. A browser fetches six files at a time from a host without HTTP/2, and each file costs a round
 * trip: after the first script, Results fetched 15 files (7 of its code, 4 of the records' check, its CSS, the
 * pack's scoring part), and Lighthouse's simulated phone painted its verdict at 2606 ms; now 7 files, about 2400 ms.
 * Only modules outside the first load are named here: includeDependenciesRecursively: false leaves the modules they
 * import where they are, so nothing moves into or out of the first load. The size budget fails a build in which a
 * screen needs more files again (LAZY_FILE_BUDGETS in .ci/size-budget.mjs).
 * - restore: the stored records' check, zod, and the small modules only it and later doors share (results, the
 *   stored answers' formats, the packers a start fetches while it reads). Every screen reads the records, so none
 *   fetches anything here it would not fetch anyway.
 * - screen-parts: the small pieces the screens share (selectors, number formats, the level fields, the media-query
 *   hook). About 3 kB: a screen may get a piece it does not use, instead of a round trip for each.
 */
const CHUNK_GROUPS = [
  {
    name: 'restore',
    includeDependenciesRecursively: false,
    test: moduleIn(
      [
        'domain/records/restore',
        'domain/records/schema',
        'domain/records/migrations',
        'domain/records/packed-parts',
        'domain/records/indexed-answers',
        'domain/records/unpack-answers',
        'domain/records/stored-answer',
        'domain/records/packed-answers',
        'domain/scoring/answer',
        'domain/reserved-keys',
        'domain/result',
        'domain/zod',
      ],
      ['zod'],
    ),
  },
  {
    name: 'screen-parts',
    includeDependenciesRecursively: false,
    test: moduleIn([
      'store/selectors',
      'domain/pack/question-pack',
      'packs/pack-changelogs',
      'components/pack-change',
      'components/use-media-query',
      'components/assessment-fields',
      'domain/pack/levels',
      'domain/scoring/constants',
      'lib/format',
    ]),
  },
];

/** The dev server injects inline scripts (React refresh, the HMR client), so the policy is added to built pages only. */
function cspForBuild(): Plugin {
  return {
    name: 'rungs:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withPolicy(html, contentSecurityPolicy({ script: "'self'", style: "'self'", img: "'self'" })),
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The one-file build has only inline code, so its policy allows exactly that code by hash (never 'unsafe-inline'),
 * and data: images for the inlined icon. Runs after vite-plugin-singlefile has inlined everything, then renames the
 * file to something a mentee recognises.
 */
function singleFilePolicy(): Plugin {
  let outDir = '';
  return {
    name: 'rungs:single-file-csp',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml(html) {
      // public/ is not copied into a one-file build: the favicon travels inside the page.
      const svg = readFileSync(join(ROOT, 'public/favicon.svg'), 'utf8').trim();
      return html.replace('href="./favicon.svg"', `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset' || typeof page.source !== 'string') return this.error('the one-file build has no index.html');
        const html = page.source;
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => sha256(match[1] ?? ''));
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1] ?? ''));
        if (/<script\b[^>]*\ssrc=|<link\b[^>]*rel="(?:stylesheet|modulepreload)"/.test(html)) {
          return this.error('the one-file build still loads a script or stylesheet from a file');
        }
        const policy = contentSecurityPolicy({
          script: scripts.join(' ') || "'none'",
          style: styles.join(' ') || "'none'",
          img: "'self' data:",
        });
        page.source = withPolicy(html, policy);
      },
    },
    closeBundle() {
      const built = join(outDir, 'index.html');
      if (existsSync(built)) renameSync(built, join(outDir, SINGLE_FILE_NAME));
    },
  };
}

/**
 * RUNGS_SINGLE_FILE=dist-single/rungs.html npm run build: puts that one-file copy next to index.html (and in the
 * precache, so it can be handed over offline) and makes About offer it. Without it, About says nothing about it.
 */
function offerSingleFile(path: string | undefined): { plugin: Plugin | null; offer: { href: string; bytes: number } | null } {
  if (!path) return { plugin: null, offer: null };
  const file = resolve(ROOT, path);
  if (!existsSync(file)) throw new Error(`RUNGS_SINGLE_FILE: ${file} does not exist; run npm run build:single first`);
  return {
    offer: { href: `./${SINGLE_FILE_NAME}`, bytes: statSync(file).size },
    plugin: {
      name: 'rungs:offer-single-file',
      apply: 'build',
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: readFileSync(file) });
      },
    },
  };
}

// Only a test run needs it, and only a test run loads it: vitest/node is large for a build to import.
const sequencer = process.env.VITEST ? (await import('./.ci/long-first.ts')).LongFirst : undefined;

export default defineConfig(({ mode }) => {
  const single = mode === SINGLE_MODE;
  const offered = single ? { plugin: null, offer: null } : offerSingleFile(process.env.RUNGS_SINGLE_FILE);
  return {
    // Relative asset URLs: the build runs from any sub-path of any static host.
    base: './',
    define: {
      // RUNGS_VERSION lets the browser tests build a "newer" app to check the update prompt.
      __RUNGS_VERSION__: JSON.stringify(process.env.RUNGS_VERSION || PACKAGE.version),
      __RUNGS_SINGLE_FILE__: JSON.stringify(offered.offer),
      __RUNGS_ONE_FILE_BUILD__: JSON.stringify(single),
    },
    plugins: [
      // Every pack is checked here, at build time, so the page skips the zod pass (see .ci/checked-packs.ts).
      checkedPacks(),
      react(),
      VitePWA({
        // The one-file copy runs from file://, where no service worker can: `virtual:pwa-register` becomes a no-op.
        disable: single,
        // Never 'autoUpdate': it reloads on its own and can drop what a user is typing. The app asks instead.
        registerType: 'prompt',
        // The app imports `virtual:pwa-register` itself, after load, from its own script file (the CSP forbids inline).
        injectRegister: false,
        includeAssets: ['favicon.svg'],
        manifest: {
          name: 'Rungs — skills-gap assessment for production managers',
          short_name: 'Rungs',
          description: 'A private skills-gap assessment for industrial production managers. Works offline; nothing you enter leaves the device.',
          lang: 'en',
          // Relative, so the app installs from whatever sub-path it is served under.
          start_url: './',
          scope: './',
          id: './',
          display: 'standalone',
          theme_color: THEME_COLOR,
          background_color: '#ffffff',
          icons: [
            { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
            { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // The shell, every screen chunk and every pack (a JS chunk each): a full assessment offline. The icons and
          // the manifest are added by the plugin (includeAssets, includeManifestIcons).
          globPatterns: ['**/*.{js,css,html}'],
          navigateFallback: 'index.html',
          // A file download is a navigation too: it must get the file, never the app shell.
          navigateFallbackDenylist: [new RegExp(`/${SINGLE_FILE_NAME.replace('.', '\\.')}$`)],
          // A skipped file would only fail offline, so none may be: the one-file copy is the largest (about 1 MB).
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          cleanupOutdatedCaches: true,
        },
      }),
      ...(single ? [viteSingleFile(), singleFilePolicy()] : [cspForBuild()]),
      offered.plugin,
    ],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // wouter's polyfill for React before 18; React 19 has the hook (see the file).
        { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/lib/use-sync-external-store.ts', import.meta.url)) },
      ],
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      ...(single ? { outDir: 'dist-single', copyPublicDir: false } : {}),
      rolldownOptions: {
        output: {
          // Six hash characters, not eight: the entry names every other file it may load (its preload map and
          // imports), about 55 names in the first load, and random characters barely compress. 36 bits still tell
          // apart far more files than a build has.
          codeSplitting: { groups: CHUNK_GROUPS },
          entryFileNames: `assets/[name]-${HASH}.js`,
          assetFileNames: `assets/[name]-${HASH}[extname]`,
          // The chunk the chart screens share, which holds the chart library, is called recharts-* whichever module the
          // bundler would name it after, so the size budget and the bench can find it. Screens keep their own names.
          chunkFileNames: (chunk) =>
            !chunk.isEntry && !chunk.isDynamicEntry && chunk.moduleIds.some((id) => /[\\/]node_modules[\\/]recharts[\\/]/.test(id))
              ? `assets/recharts-${HASH}.js`
              : `assets/[name]-${HASH}.js`,
        },
      },
    },
    preview: { port: 4173, strictPort: true },
    test: {
      exclude: ['test/e2e/**', 'node_modules/**'],
      setupFiles: ['test/setup.ts'],
      restoreMocks: true,
      // Start-up is most of a small test file's cost (jsdom's above all), so test files share it: each worker keeps one
      // module graph and one jsdom for the files it runs. setup.ts empties the DOM and web storage for each file. A
      // file that replaces modules (vi.mock, vi.doMock, vi.resetModules), found by reading it, gets a module graph of
      // its own in the same worker and jsdom: setup.ts empties the module cache first (vitest's mocks are already one
      // file's only). A worker thread per such file took twice as long: 29.7 s against 14.8 s, 54 CPU-s against 25.
      // .tsx tests run in jsdom, .ts tests in Node; a .ts test that needs a DOM says so: // @vitest-environment jsdom
      // Worker threads, not child processes (vitest's default): the whole run took 50 s against 54 s, and 91 CPU-s
      // against 99, on two cores (two runs each); the files with modules of their own start a thread, not a process.
      // (vmThreads would run those files 10 s faster still, but its module runner let the real recharts through a
      // vi.mock of the module that lazily imports it: not the test that was written.)
      pool: 'threads',
      ...(sequencer ? { sequence: { sequencer } } : {}),
      // A worker per core: vitest's own default for a run is one fewer, which is one worker on a 2-core machine.
      maxWorkers: availableParallelism(),
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            isolate: false,
            include: ['test/**/*.test.ts'],
            exclude: OWN_MODULES,
            benchmark: { include: ['test/**/*.bench.ts'] },
          },
        },
        {
          extends: true,
          test: { name: 'dom', environment: 'jsdom', isolate: false, include: ['test/**/*.test.tsx'], exclude: OWN_MODULES, benchmark: { include: [] } },
        },
        ownModulesProject('node, own modules', 'node', '.ts'),
        ownModulesProject('dom, own modules', 'jsdom', '.tsx'),
      ],
    },
  };
});
