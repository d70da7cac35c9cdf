import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  breachesOf,
  budgetFor,
  BUDGETS,
  closureOf,
  DEFAULT_BUDGET,
  FIRST_LOAD_BUDGET,
  formatReport,
  firstLoadAssetsOf,
  KB,
  LAZY_FILE_BUDGETS,
  measureDist,
  packRule,
  staticImportsOf,
  toDistPath,
} from '../../.ci/size-budget.mjs';

// What Vite writes for this app (base './'), with the service worker's register script the PWA plugin adds.
const BUILT_HTML = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-CWKdrCVJ.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-AbC_12-x.js">
    <link rel="stylesheet" crossorigin href="./assets/index-DnQofTye.css">
  <link rel="manifest" href="./manifest.webmanifest"><script id="vite-plugin-pwa:register-sw" src="./registerSW.js"></script></head>
  <body><div id="root"></div></body>
</html>`;

describe('firstLoadAssetsOf', () => {
  it('should list the entry script, module preloads, stylesheets and the register script, in document order', () => {
    expect(firstLoadAssetsOf(BUILT_HTML)).toEqual([
      'assets/index-CWKdrCVJ.js',
      'registerSW.js',
      'assets/vendor-AbC_12-x.js',
      'assets/index-DnQofTye.css',
    ]);
  });

  it('should leave out the icon, the web manifest, nomodule scripts, commented-out tags and other hosts', () => {
    const html = `<link rel="icon" href="./favicon.svg"><link rel="manifest" href="./manifest.webmanifest">
      <!-- <script src="./old.js"></script> --><script nomodule src="./legacy.js"></script>
      <script src="https://cdn.example.com/x.js"></script><link rel="preload" as="font" href="./f.woff2">`;
    expect(firstLoadAssetsOf(html)).toEqual([]);
  });

  it('should read single-quoted and unquoted attributes, absolute base paths and script/style preloads', () => {
    const html = `<script type=module src=/assets/a.js></script><link href='/assets/b.css' rel='preload' as='style'>`;
    expect(firstLoadAssetsOf(html)).toEqual(['assets/a.js', 'assets/b.css']);
  });
});

describe('toDistPath', () => {
  it.each([
    ['./assets/x.js', 'index.html', 'assets/x.js'],
    ['/assets/x.js?v=1', 'index.html', 'assets/x.js'],
    ['./y.js', 'assets/x.js', 'assets/y.js'],
    ['../sw.js', 'assets/x.js', 'sw.js'],
    ['../../outside.js', 'assets/x.js', undefined],
    ['data:text/javascript,1', 'index.html', undefined],
    ['//cdn.example.com/x.js', 'index.html', undefined],
  ])('should resolve %s from %s to %s', (url, from, expected) => {
    expect(toDistPath(url, from)).toBe(expected);
  });
});

describe('staticImportsOf', () => {
  it('should find static imports and re-exports in minified code, and never dynamic imports', () => {
    const code = `import{a as e,b as t}from"./react-B1.js";import"./side-C2.js";export*from'./more-D3.js';const r=()=>import("./lazy-E4.js");`;
    expect(staticImportsOf(code)).toEqual(['./react-B1.js', './side-C2.js', './more-D3.js']);
  });

  it('should ignore bare package specifiers', () => {
    expect(staticImportsOf(`import{x}from"react";`)).toEqual([]);
  });
});

describe('closureOf', () => {
  it('should follow static imports transitively among files that exist, once each', () => {
    const files: Record<string, string> = {
      'assets/index.js': 'import{a}from"./a.js";import("./lazy.js");',
      'assets/a.js': 'import{b}from"./b.js";import{i}from"./index.js";',
      'assets/b.js': 'export const b=1;',
      'assets/lazy.js': 'export const l=1;',
      'assets/index.css': 'body{}',
    };
    const closure = closureOf(['assets/index.js', 'assets/index.css', 'assets/gone.js'], (path) => files[path] ?? '', (path) => path in files);
    expect(closure.sort()).toEqual(['assets/a.js', 'assets/b.js', 'assets/index.css', 'assets/index.js']);
  });
});

describe('budgetFor', () => {
  const rules = [...packRule(['industrial-production-manager', 'maintenance.lead']), ...BUDGETS];

  it.each([
    ['assets/progress-charts-Cx7BRP-C.js', 'progress-charts', 120],
    ['assets/results-page-BQIesAwK.js', 'results-page', 20],
    ['assets/CartesianChart-BDZjsjYw.js', 'chart library', 105],
    ['assets/recharts-a1B2c3D4.js', 'chart library', 105],
    ['assets/person-page-ArFoFZy3.js', 'default', 30],
    ['assets/results-page-Lb3jfCJp.css', 'results-page', 20],
    ['assets/industrial-production-manager-Caxc-eE0.js', 'pack', 140],
    ['assets/maintenance.lead-Q1w2e3r4.js', 'pack', 140],
    ['sw.js', 'service worker', 10],
    ['workbox-2fbc6a65.js', 'workbox', 10],
    ['assets/workbox-window.prod.es5-AbCd1234.js', 'default', 30],
    ['assets/schemas-D14D_u8A.js', 'default', 30],
    ['assets/maintenanceXlead-Q1w2e3r4.js', 'default', 30],
  ])('should give %s the %s budget (%i kB)', (path, label, budget) => {
    expect(budgetFor(path, rules)).toMatchObject({ label, budget: budget * KB });
  });

  it('should fall back to the default budget when no rule matches', () => {
    expect(budgetFor('assets/anything-else-12345678.js', [])).toBe(DEFAULT_BUDGET);
  });
});

describe('measureDist', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const write = (path: string, text: string | Uint8Array) => {
    const full = join(dir!, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  };

  it('should sum the first load, budget every other chunk and report breaches', () => {
    dir = mkdtempSync(join(tmpdir(), 'size-budget-'));
    write('index.html', BUILT_HTML.replace('<link rel="modulepreload" crossorigin href="./assets/vendor-AbC_12-x.js">', ''));
    write('assets/index-CWKdrCVJ.js', 'import{s}from"./shared-Aa11Bb22.js";const l=()=>import("./results-page-Zz99Yy88.js");');
    write('assets/shared-Aa11Bb22.js', 'export const s=1;');
    write('assets/index-DnQofTye.css', 'body{margin:0}');
    write('registerSW.js', "navigator.serviceWorker.register('./sw.js')");
    write('sw.js', 'self.x=1');
    // Random bytes do not compress: 25 kB of them is over the results-page budget of 20 kB.
    write('assets/results-page-Zz99Yy88.js', randomBytes(25_000));
    write('manifest.webmanifest', '{}');

    const measured = measureDist(dir, { packNames: [], lazyFileBudgets: [] });

    expect(measured.firstLoad.map((file) => file.path)).toEqual([
      'index.html',
      'assets/index-CWKdrCVJ.js',
      'registerSW.js',
      'assets/index-DnQofTye.css',
      'assets/shared-Aa11Bb22.js',
    ]);
    expect(measured.firstLoadTotal).toBe(measured.firstLoad.reduce((sum, file) => sum + file.gzip, 0));
    expect(measured.firstLoadTotal).toBeLessThan(FIRST_LOAD_BUDGET);
    expect(measured.chunks.map((chunk) => [chunk.path, chunk.rule]).sort()).toEqual([
      ['assets/results-page-Zz99Yy88.js', 'results-page'],
      ['sw.js', 'service worker'],
    ]);
    expect(breachesOf(measured)).toEqual([expect.stringMatching(/^assets\/results-page-Zz99Yy88\.js is .* over its 20\.0 kB \(results-page\) budget$/)]);
  });

  it('should report a file that index.html loads but dist lacks', () => {
    dir = mkdtempSync(join(tmpdir(), 'size-budget-'));
    write('index.html', '<script type="module" src="./assets/index-missing1.js"></script>');
    expect(breachesOf(measureDist(dir, { packNames: [], lazyFileBudgets: [] }))).toEqual(['index.html loads assets/index-missing1.js, which is not in dist']);
  });

  describe('files a lazily loaded part fetches', () => {
    // The entry shares one chunk with the results screen; the screen brings two of its own.
    const writeDist = () => {
      dir = mkdtempSync(join(tmpdir(), 'size-budget-'));
      write('index.html', '<script type="module" src="./assets/index-Ab12Cd.js"></script>');
      write('assets/index-Ab12Cd.js', 'import{s}from"./shared-Ef34Gh.js";const l=()=>import("./results-page-Ij56Kl.js");');
      write('assets/shared-Ef34Gh.js', 'export const s=1;');
      write('assets/results-page-Ij56Kl.js', 'import{s}from"./shared-Ef34Gh.js";import{p}from"./parts-Mn78Op.js";const c=()=>import("./charts-Qr90St.js");');
      write('assets/parts-Mn78Op.js', 'import{f}from"./format-Uv12Wx.js";export const p=f;');
      write('assets/format-Uv12Wx.js', 'export const f=1;');
      write('assets/charts-Qr90St.js', 'export const c=1;');
    };

    it('should count its chunk and the chunks it imports that the first load lacks, never its dynamic imports', () => {
      writeDist();
      const measured = measureDist(dir!, { packNames: [], lazyFileBudgets: [{ label: 'Results screen', prefix: 'results-page', files: 3 }] });
      expect(measured.lazyFiles).toEqual([
        {
          label: 'Results screen',
          prefix: 'results-page',
          budget: 3,
          files: ['assets/results-page-Ij56Kl.js', 'assets/parts-Mn78Op.js', 'assets/format-Uv12Wx.js'],
        },
      ]);
      expect(breachesOf(measured)).toEqual([]);
    });

    it('should report a part that fetches more files than its budget, naming them', () => {
      writeDist();
      const measured = measureDist(dir!, { packNames: [], lazyFileBudgets: [{ label: 'Results screen', prefix: 'results-page', files: 2 }] });
      expect(breachesOf(measured)).toEqual([
        'the Results screen fetches 3 JS files beyond the first load, over its 2: assets/results-page-Ij56Kl.js, assets/parts-Mn78Op.js, assets/format-Uv12Wx.js',
      ]);
      expect(formatReport(measured)).toContain('Results screen: 3 of 2 (assets/results-page-Ij56Kl.js, assets/parts-Mn78Op.js, assets/format-Uv12Wx.js)');
    });

    it('should report a part whose chunk is not in dist, rather than count nothing', () => {
      writeDist();
      const measured = measureDist(dir!, { packNames: [], lazyFileBudgets: [{ label: 'question screen', prefix: 'assessment-page', files: 3 }] });
      expect(breachesOf(measured)).toEqual(['no assets/assessment-page-*.js in dist, so the question screen files cannot be counted']);
    });

    it('should budget the stored records check, the question screen and Results by default', () => {
      expect(LAZY_FILE_BUDGETS.map((part) => part.prefix)).toEqual(['restore', 'assessment-page', 'results-page']);
    });
  });
});
