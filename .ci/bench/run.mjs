// `npm run bench`: how small and fast Rungs is, next to a general questionnaire engine (SurveyJS) rendering the same
// quick assessment, measured in one run. Prints one markdown table on stdout (`--json`: JSON instead); progress goes
// to stderr. Never part of `npm test`: timings are reported, not asserted. `--keep` leaves the temp folder in place.
//
// Steps: install the bench's own packages when they are missing or older than its lock, build Rungs and the peer with
// the same Vite into a temp folder (never dist/, which other builds use), time the scoring engine, serve both builds
// the same way, run Lighthouse on each screen, then drive Chromium with Playwright for answer latency and the
// Mentees dashboard.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closureOf, FIRST_LOAD_BUDGET, KB, measureDist } from '../size-budget.mjs';
import { chromiumPath, freePort, launchChromium } from './chromium.mjs';
import { floorAnswerLatency, menteesDashboard, mentorRatingChanges, peerAnswerLatency, PHONE, prepareSavedScreens, rungsAnswerLatency, writeLatencyFloorPage } from './page-measures.mjs';
import { serveStatic } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BENCH = fileURLToPath(new URL('.', import.meta.url));
const PACK_FILE = join(ROOT, 'assessments', 'industrial-production-manager.json');
const RECORDS_NAME = 'bench-records.json';
const FLOOR_NAME = 'latency-floor.html';
const MENTEES = 200;
const SESSIONS_PER_MENTEE = 12;
const LATENCY_ANSWERS = 100;
const MENTOR_CHANGES = 12;

const TARGETS = {
  firstLoadTimesSmaller: 4,
  lcpShareOfPeer: 1 / 2,
  tbtShareOfPeer: 1 / 3,
  score: 100,
  // Issue 16: within one frame on this machine's CPU, within two at the phone's 4× slowdown.
  answerP95Ms: 16,
  answerP95PhoneMs: 33,
  // Issue 16's goals for the screen people come for, and for a mentor's dashboard opened cold.
  resultsLcpMs: 2500,
  resultsTbtMs: 200,
  menteesColdMs: 1000,
  summariesMs: 50,
};

const flags = new Set(process.argv.slice(2));
// `--only=lighthouse,latency,mentees`: just those measures (sizes are always measured), for a quicker look at one goal.
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const want = (part) => !only || only.includes(part);
const asJson = flags.has('--json');
// `--runs=N`: Lighthouse navigations per screen, the median reported (default 3; on two noisy cores one run of a
// screen's blocking time ranged 250-300 ms where paired runs of the same build gave 76-203).
const lighthouseRuns = Math.max(1, Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 3) || 3);
const started = Date.now();
const log = (message) => process.stderr.write(`[${String(Math.round((Date.now() - started) / 1000)).padStart(3)} s] ${message}\n`);
const problems = [];

/** Runs a build step with its output on stderr, so stdout carries the table alone. */
function run(label, command, args) {
  log(`▶ ${label}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
}

// Lighthouse and the SurveyJS peer are the bench's own package (.ci/bench/package.json), kept out of the root install
// that the app and its tests need. npm writes node_modules/.package-lock.json on every install, so a lock changed since
// (a pull, an upgrade) installs again.
const installed = join(BENCH, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(BENCH, 'package-lock.json')).mtimeMs) {
  run('install the bench packages (npm ci --prefix .ci/bench)', 'npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund']);
}
const { runLighthouse } = await import('./lighthouse.mjs');
const benchVersion = (name) => JSON.parse(readFileSync(join(BENCH, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Runs a step that prints one JSON object as its last line. */
function runJson(label, command, args) {
  log(`▶ ${label}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 2], encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

/** Runs one measure; a failure is reported in its rows and in the exit code, and the bench goes on. */
async function attempt(label, work) {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`✗ ${label}: ${message}`);
    problems.push(`${label}: ${message}`);
    return undefined;
  }
}

/**
 * The lazy code of one screen chunk: its own JS and CSS (Vite names a chunk's CSS after it), plus the chunks it
 * imports statically that neither the first load nor `loaded` (what the screen before it brought) already holds.
 */
function lazyChunk(dir, measured, prefix, loaded = []) {
  const sizes = new Map(measured.chunks.map((chunk) => [chunk.path, chunk.gzip]));
  const own = measured.chunks.filter((chunk) => chunk.path.startsWith(`assets/${prefix}-`)).map((chunk) => chunk.path);
  const firstLoad = new Set(measured.firstLoad.map((file) => file.path));
  const closure = closureOf(
    own.filter((path) => path.endsWith('.js')),
    (path) => readFileSync(join(dir, path), 'utf8'),
    (path) => sizes.has(path) || firstLoad.has(path),
  ).filter((path) => !firstLoad.has(path) && !own.includes(path) && !loaded.includes(path));
  const sum = (paths) => paths.reduce((total, path) => total + (sizes.get(path) ?? 0), 0);
  return { own, ownGzip: sum(own), imports: closure, importsGzip: sum(closure), all: [...own, ...closure] };
}

const environment = {
  date: new Date().toISOString(),
  node: process.version,
  lighthouse: benchVersion('lighthouse'),
  surveyCore: benchVersion('survey-core'),
  cpu: `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`,
  chromium: null,
};

const tmp = mkdtempSync(join(tmpdir(), 'rungs-bench-'));
const appDir = join(tmp, 'app');
const peerDir = join(tmp, 'peer');
const recordsFile = join(tmp, RECORDS_NAME);
const report = { environment, sizes: {}, lighthouse: {}, latency: {}, scoring: undefined, mentees: undefined, problems };
const cleanups = [];

try {
  const chrome = chromiumPath();
  if (!chrome) throw new Error('Chromium not found: apt-get update && apt-get install -y chromium (or set CHROME_PATH)');
  const pack = JSON.parse(readFileSync(PACK_FILE, 'utf8'));
  const quickCount = pack.assessments.find((assessment) => assessment.id === 'quick')?.questionIds.length ?? 0;

  run('build Rungs (vite build) into a temp folder', 'npx', ['vite', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn']);
  if (want('lighthouse') || want('latency')) run('build the SurveyJS peer with the same Vite', 'npx', ['vite', 'build', '--config', '.ci/bench/peer/vite.config.ts', '--outDir', peerDir, '--emptyOutDir', '--logLevel', 'warn']);

  const app = measureDist(appDir);
  // Written after the sizes are read, so the measured build is the app's alone.
  if (want('latency')) writeLatencyFloorPage(join(appDir, FLOOR_NAME), pack, LATENCY_ANSWERS);
  const peer = existsSync(peerDir) ? measureDist(peerDir, { packNames: [] }) : { firstLoad: [], firstLoadTotal: undefined };
  report.sizes = {
    rungsFirstLoad: app.firstLoadTotal,
    rungsFirstLoadFiles: app.firstLoad,
    peerFirstLoad: peer.firstLoadTotal,
    peerFirstLoadFiles: peer.firstLoad,
  };
  report.sizes.results = lazyChunk(appDir, app, 'results-page');
  // Below the verdict: fetched with the whole pack once the verdict is on screen.
  report.sizes.resultsRest = lazyChunk(appDir, app, 'report-rest', report.sizes.results.all);
  // Results draws its bars as tables; the only charts left are the mentees' progress charts, loaded on a person's page.
  report.sizes.charts = lazyChunk(appDir, app, 'progress-charts');

  // Scoring runs before anything is served, alone on the CPU.
  if (want('mentees')) report.scoring = await attempt('scoring', () =>
    runJson(`score ${MENTEES} × ${SESSIONS_PER_MENTEE} sessions (tsx)`, 'npx', ['tsx', '--tsconfig', 'tsconfig.json', '.ci/bench/domain.ts', recordsFile]),
  );

  const appPort = await freePort();
  const appServer = await serveStatic(appDir, appPort);
  cleanups.push(appServer.close);
  const peerPort = await freePort([appPort]);
  mkdirSync(peerDir, { recursive: true });
  const peerServer = await serveStatic(peerDir, peerPort);
  cleanups.push(peerServer.close);
  const appUrl = appServer.url;
  const peerUrl = peerServer.url;
  log(`  Rungs on ${appUrl}, peer on ${peerUrl}`);

  // Lighthouse opens saved screens cold: a profile is filled first, then Lighthouse's Chromium starts on it.
  const savedProfile = join(tmp, 'profile-saved');
  mkdirSync(savedProfile);
  if (want('lighthouse')) log('▶ save a question screen and a results page (Playwright)');
  const saved = want('lighthouse') ? await attempt('saved screens', () => prepareSavedScreens(chrome, savedProfile, appUrl, peerUrl)) : undefined;

  const devtoolsPort = await freePort([appPort, peerPort]);
  const lighthouseIn = async (profile, pages) => {
    mkdirSync(profile, { recursive: true });
    const browser = await launchChromium(chrome, devtoolsPort, profile);
    environment.chromium = browser.version;
    try {
      for (const [key, label, url] of pages) {
        if (!url) continue;
        log(`▶ Lighthouse: ${label}`);
        report.lighthouse[key] = await attempt(`Lighthouse ${label}`, () => runLighthouse(url, devtoolsPort, lighthouseRuns));
      }
    } finally {
      await browser.stop();
    }
  };
  if (want('lighthouse')) await lighthouseIn(join(tmp, 'profile-empty'), [
    ['home', 'Rungs Home', appUrl],
    ['peerStart', 'peer, first page', peerUrl],
  ]);
  if (want('lighthouse')) await lighthouseIn(savedProfile, [
    ['question', 'Rungs question screen', saved?.questionUrl],
    ['peerQuestion', 'peer, second page (restored)', saved?.peerQuestionUrl],
    ['results', 'Rungs Results', saved?.resultsUrl],
  ]);

  if (want('latency')) {
    log(`▶ answer latency: ${LATENCY_ANSWERS} answers of the full assessment at ${PHONE.cpuSlowdown}× CPU slowdown`);
    report.latency.fullPhone = await attempt('latency (full, phone CPU)', () =>
      rungsAnswerLatency(chrome, appUrl, { length: 'Full assessment', limit: LATENCY_ANSWERS, cpuSlowdown: PHONE.cpuSlowdown }),
    );
    log(`▶ answer latency: ${LATENCY_ANSWERS} answers of the full assessment, no slowdown`);
    report.latency.fullDesktop = await attempt('latency (full, this CPU)', () =>
      rungsAnswerLatency(chrome, appUrl, { length: 'Full assessment', limit: LATENCY_ANSWERS, cpuSlowdown: 1 }),
    );
    log(`▶ answer latency floor: the same ${LATENCY_ANSWERS} clicks on plain HTML, ${PHONE.cpuSlowdown}× CPU slowdown and none`);
    report.latency.floorPhone = await attempt('latency floor (phone CPU)', () =>
      floorAnswerLatency(chrome, new URL(FLOOR_NAME, appUrl).href, { limit: LATENCY_ANSWERS, cpuSlowdown: PHONE.cpuSlowdown }),
    );
    report.latency.floorDesktop = await attempt('latency floor (this CPU)', () =>
      floorAnswerLatency(chrome, new URL(FLOOR_NAME, appUrl).href, { limit: LATENCY_ANSWERS, cpuSlowdown: 1 }),
    );
    log(`▶ answer latency: the quick assessment (${quickCount} answers), Rungs and the peer, ${PHONE.cpuSlowdown}× CPU slowdown`);
    report.latency.quickPhone = await attempt('latency (quick, Rungs)', () =>
      rungsAnswerLatency(chrome, appUrl, { length: 'Quick assessment', limit: quickCount, cpuSlowdown: PHONE.cpuSlowdown }),
    );
    report.latency.peerQuickPhone = await attempt('latency (quick, peer)', () =>
      peerAnswerLatency(chrome, peerUrl, { limit: quickCount, cpuSlowdown: PHONE.cpuSlowdown }),
    );
    log(`▶ mentor ratings: ${MENTOR_CHANGES} changes on a full assessment's results at ${PHONE.cpuSlowdown}× CPU slowdown`);
    report.latency.mentorPhone = await attempt('mentor ratings', () =>
      mentorRatingChanges(chrome, appUrl, { changes: MENTOR_CHANGES, cpuSlowdown: PHONE.cpuSlowdown }),
    );
  }

  if (report.scoring?.recordsFile) {
    log(`▶ Mentees dashboard with ${MENTEES} × ${SESSIONS_PER_MENTEE} records in IndexedDB`);
    // Served with the build it is measured on; the temp build is the bench's own, so nothing else ever sees it.
    copyFileSync(recordsFile, join(appDir, RECORDS_NAME));
    report.mentees = await attempt('Mentees dashboard', () => menteesDashboard(chrome, appUrl, RECORDS_NAME, MENTEES));
  }
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
  log(`✗ ${problems.at(-1)}`);
} finally {
  for (const close of cleanups.reverse()) await close();
  if (flags.has('--keep')) log(`temp folder kept: ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

// ---- the table ----

const kb = (bytes) => (bytes === undefined || bytes === null ? '—' : `${(bytes / KB).toFixed(1)} kB`);
const ms = (value) => (value === undefined || value === null ? '—' : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);
const num = (value) => (value === undefined || value === null ? '—' : String(value));
const ratio = (ours, theirs) => (typeof ours === 'number' && typeof theirs === 'number' && theirs > 0 ? (ours / theirs).toFixed(2) : '—');
const mark = (ok) => (ok === undefined || ok === null ? '' : ok ? '✓' : '✗');

/** A Lighthouse timing: the median, then each run's in brackets when there were several. */
const withRuns = (result, key) => {
  const runs = result?.runs?.[key] ?? [];
  return runs.length > 1 ? `${ms(result[key])} (${runs.join(', ')})` : ms(result?.[key]);
};

const rows = [];
const row = (measure, rungs, peer, vs, target, met) => rows.push([measure, rungs, peer, vs, target, mark(met)]);
const { sizes, lighthouse: lh, latency, scoring, mentees } = report;

if (sizes.rungsFirstLoad !== undefined) {
  const smaller = sizes.peerFirstLoad / sizes.rungsFirstLoad;
  row(
    'First load of Home: HTML + JS + CSS, gzip -9',
    kb(sizes.rungsFirstLoad),
    kb(sizes.peerFirstLoad),
    Number.isFinite(smaller) ? `${ratio(sizes.rungsFirstLoad, sizes.peerFirstLoad)} (${smaller.toFixed(1)}× smaller)` : '—',
    // Without the peer (an --only run that needs no peer build), the budget alone.
    Number.isFinite(smaller) ? `≤ ${kb(FIRST_LOAD_BUDGET)}, ≥ ${TARGETS.firstLoadTimesSmaller}× smaller` : `≤ ${kb(FIRST_LOAD_BUDGET)}`,
    sizes.rungsFirstLoad <= FIRST_LOAD_BUDGET && (!Number.isFinite(smaller) || smaller >= TARGETS.firstLoadTimesSmaller),
  );
  const { results, resultsRest, charts } = sizes;
  const plus = (chunk) => (chunk.imports.length ? ` + ${kb(chunk.importsGzip)}` : '');
  const names = (paths) => paths.map((path) => path.replace(/^assets\//, '').replace(/-[\w-]{6}\.(js|css)$/, '.$1')).join(', ');
  row(
    `Results lazy chunk, gzip: ${names(results.own)}${results.imports.length ? ` + the chunks it imports (${names(results.imports)})` : ''}`,
    `${kb(results.ownGzip)}${plus(results)}`,
    '—', '—', '', null,
  );
  row(
    `Rest of the Results report, fetched with the whole pack once the verdict shows, gzip: ${names(resultsRest.own)}${resultsRest.imports.length ? ` + ${names(resultsRest.imports)}` : ''}`,
    `${kb(resultsRest.ownGzip)}${plus(resultsRest)}`,
    '—', '—', '', null,
  );
  row(
    `Charts lazy chunks, gzip: ${names(charts.own)}${charts.imports.length ? ` + ${names(charts.imports)}` : ''}`,
    `${kb(charts.ownGzip)}${plus(charts)}`,
    '—', '—', '', null,
  );
}

// A screen's goals: against the peer's same screen where there is one, else in ms of its own (`limits`).
const screens = [
  ['Home', lh.home, lh.peerStart, 'first page'],
  ['Question screen', lh.question, lh.peerQuestion, 'second page, restored'],
  ['Results', lh.results, undefined, '', { lcpMs: TARGETS.resultsLcpMs, tbtMs: TARGETS.resultsTbtMs }],
];
/** The target cell and whether it is met, for one Lighthouse timing of ours: against the peer's, or an own limit. */
const timingGoal = (ours, theirs, share, shareText, limit) => {
  const known = (value) => typeof value === 'number';
  if (theirs !== undefined) return [`≤ ${shareText} of peer`, known(ours) && known(theirs) ? ours <= theirs * share : null];
  if (limit !== undefined) return [`≤ ${limit} ms`, known(ours) ? ours <= limit : null];
  return ['', null];
};
for (const [name, ours, theirs, peerScreen, limits = {}] of screens) {
  const suffix = theirs ? ` (peer: ${peerScreen})` : '';
  row(`Lighthouse ${name}: performance${suffix}`, num(ours?.performance), num(theirs?.performance), ratio(ours?.performance, theirs?.performance), '', null);
  row(`Lighthouse ${name}: accessibility`, num(ours?.accessibility), num(theirs?.accessibility), ratio(ours?.accessibility, theirs?.accessibility), '100', ours ? ours.accessibility === TARGETS.score : null);
  row(`Lighthouse ${name}: best practices`, num(ours?.bestPractices), num(theirs?.bestPractices), ratio(ours?.bestPractices, theirs?.bestPractices), '100', ours ? ours.bestPractices === TARGETS.score : null);
  row(`Lighthouse ${name}: LCP`, withRuns(ours, 'lcpMs'), withRuns(theirs, 'lcpMs'), ratio(ours?.lcpMs, theirs?.lcpMs), ...timingGoal(ours?.lcpMs, theirs?.lcpMs, TARGETS.lcpShareOfPeer, '½', limits.lcpMs));
  row(
    `Lighthouse ${name}: total blocking time`,
    withRuns(ours, 'tbtMs'),
    withRuns(theirs, 'tbtMs'),
    ratio(ours?.tbtMs, theirs?.tbtMs),
    ...timingGoal(ours?.tbtMs, theirs?.tbtMs, TARGETS.tbtShareOfPeer, '⅓', limits.tbtMs),
  );
}

/** `target`: the p95 goal in ms, or undefined for a row that is context, not a goal. */
const latencyRow = (label, ours, theirs, target) => {
  row(
    `${label}: p50 / p95`,
    ours ? `${ms(ours.p50Ms)} / ${ms(ours.p95Ms)}` : '—',
    theirs ? `${ms(theirs.p50Ms)} / ${ms(theirs.p95Ms)}` : '—',
    ours && theirs ? `${ratio(ours.p50Ms, theirs.p50Ms)} / ${ratio(ours.p95Ms, theirs.p95Ms)}` : '—',
    target === undefined ? '' : `p95 ≤ ${target} ms`,
    target !== undefined && ours ? ours.p95Ms <= target : null,
  );
};
latencyRow(`Answer latency, click → next frame, full assessment, ${LATENCY_ANSWERS} answers, ${PHONE.cpuSlowdown}× CPU slowdown`, latency.fullPhone, undefined, TARGETS.answerP95PhoneMs);
latencyRow(`Answer latency, same, no CPU slowdown`, latency.fullDesktop, undefined, TARGETS.answerP95Ms);
latencyRow(
  `Answer latency floor: the same clicks and probe on plain HTML (the full assessment’s first ${LATENCY_ANSWERS} questions as radios, one competency a screen as on a phone, no framework), ${PHONE.cpuSlowdown}× CPU slowdown`,
  latency.floorPhone,
);
latencyRow('Answer latency floor, same, no CPU slowdown', latency.floorDesktop);
latencyRow(`Answer latency, quick assessment, all ${latency.quickPhone?.count ?? ''} answers, ${PHONE.cpuSlowdown}× CPU slowdown`, latency.quickPhone, latency.peerQuickPhone);
const mentor = latency.mentorPhone;
row(
  `Mentor rating change, full assessment's results, ${mentor?.count ?? MENTOR_CHANGES} changes, ${PHONE.cpuSlowdown}× CPU slowdown: longest task p50 / p95 (0: none ≥ 50 ms); change → next frame p50 / p95`,
  mentor ? `${ms(mentor.longestTask.p50Ms)} / ${ms(mentor.longestTask.p95Ms)}; ${ms(mentor.toFrame.p50Ms)} / ${ms(mentor.toFrame.p95Ms)}` : '—',
  '—', '—', '', null,
);

row('Scoring one full session (scores, ladder, certifications, plan), mean', ms(scoring?.oneSession.meanMs), '—', '—', '', null);
row(
  `Scoring ${MENTEES} × ${SESSIONS_PER_MENTEE} full sessions for a dashboard (summaries), mean`,
  ms(scoring?.summaries.meanMs),
  '—', '—',
  `< ${TARGETS.summariesMs} ms`,
  scoring ? scoring.summaries.meanMs < TARGETS.summariesMs : null,
);
row(`Scoring ${MENTEES} × ${SESSIONS_PER_MENTEE} full sessions, full results each, mean`, ms(scoring?.fullResults.meanMs), '—', '—', '', null);
row(
  `"Export all" file for ${MENTEES} × ${SESSIONS_PER_MENTEE} full sessions (what moves between browsers)`,
  scoring?.exportAllBytes ? `${(scoring.exportAllBytes / 1e6).toFixed(1)} MB` : '—',
  '—', '—', '', null,
);
const menteesNa = mentees?.reason ? `n/a (${mentees.reason})` : '—';
row(
  `Mentees dashboard, ${MENTEES} × ${SESSIONS_PER_MENTEE} in IndexedDB: cold load to ${MENTEES} rows`,
  mentees?.coldMs ? ms(mentees.coldMs) : menteesNa,
  '—', '—',
  `≤ ${TARGETS.menteesColdMs} ms`,
  mentees?.coldMs ? mentees.coldMs <= TARGETS.menteesColdMs : null,
);
row(`Mentees dashboard: click on "Mentees" to ${MENTEES} rows, records in memory`, mentees?.renderMs ? ms(mentees.renderMs) : menteesNa, '—', '—', '', null);

const judged = rows.filter((cells) => cells[5] !== '');
const targetsMet = judged.every((cells) => cells[5] === '✓');

if (asJson) {
  console.log(JSON.stringify({ ...report, table: rows.map(([measure, rungs, peer, vs, target, met]) => ({ measure, rungs, peer, vs, target, met })) }, null, 2));
} else {
  const escape = (cell) => String(cell).replace(/\|/g, '\\|');
  const lines = [
    `## Rungs bench — ${environment.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${environment.chromium ?? 'Chromium'}, Lighthouse ${environment.lighthouse} (mobile: simulated slow 4G, 4× CPU; median of ${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'} a screen, each run's LCP and blocking time in brackets), Node ${environment.node}, ${environment.cpu}. Peer: SurveyJS ${environment.surveyCore} (survey-core + survey-react-ui, default theme without web fonts) rendering the same quick assessment, built with the same Vite and served by the same server.`,
    '',
    '| measure | Rungs | SurveyJS peer | Rungs / peer | target | met |',
    '| --- | --: | --: | --: | --- | :-: |',
    ...rows.map((cells) => `| ${cells.map(escape).join(' | ')} |`),
    '',
  ];
  const notes = [];
  for (const [key, result] of Object.entries(lh)) {
    if (!result) continue;
    const failing = Object.entries(result.failing)
      .filter(([category, ids]) => category !== 'performance' && ids.length > 0)
      .map(([category, audits]) => `${category}: ${audits.map((audit) => `${audit.id}${audit.found.length ? ` (${audit.found.join('; ')})` : ''}`).join(', ')}`);
    if (failing.length > 0) notes.push(`- Lighthouse ${key} fails ${failing.join('; ')}.`);
    const phases = Object.entries(result.lcpPhases).filter(([, value]) => value > 0).map(([phase, value]) => `${phase} ${value} ms`).join(', ');
    const transfers = result.largestTransfers.map((item) => `${item.url} ${item.kb} kB`).join(', ');
    const scripts = result.busiestScripts.map((item) => `${item.url} ${item.ms} ms`).join(', ');
    notes.push(`- Lighthouse ${key}: ${result.transferKb.toFixed(0)} kB transferred (largest: ${transfers}); CPU, at 4×: ${scripts}${phases ? `; LCP ${phases}` : ''}.`);
    if (result.runtimeError) notes.push(`- Lighthouse ${key}: ${result.runtimeError}.`);
  }
  for (const problem of problems) notes.push(`- Not measured: ${problem}`);
  if (notes.length > 0) lines.push(...notes, '');
  lines.push(`Targets met: ${judged.filter((cells) => cells[5] === '✓').length} of ${judged.length}${targetsMet ? '' : ` (missed: ${judged.filter((cells) => cells[5] !== '✓').map((cells) => cells[0]).join('; ')})`}.`);
  console.log(lines.join('\n'));
}
process.exit(problems.length > 0 ? 1 : 0);
