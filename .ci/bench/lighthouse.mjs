// Lighthouse 12 run programmatically against a Chromium we started (connected by its DevTools port, so no
// chrome-launcher), with its default settings: mobile form factor and screen, simulated slow 4G and 4× CPU slowdown.
// Those defaults clear the HTTP cache, service workers and Cache Storage before each page, but keep IndexedDB and
// localStorage: that is what lets the bench open a saved question screen or results page cold.
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { percentile } from './page-measures.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const shortUrl = (url) => String(url).replace(/^https?:\/\/[^/]+\//, '').replace(/^assets\//, '').replace(/-[\w-]{6}\.(js|css)$/, '.$1') || '(document)';

const score = (category) => (category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100));

/** What an audit's detail rows are about, briefly: an issue type, a console message, a URL. */
function aboutItems(audit) {
  const items = audit.details?.items ?? [];
  const texts = items.map((item) => item.issueType ?? item.description ?? item.url ?? item.source ?? item.node?.snippet ?? '').filter(Boolean);
  return [...new Set(texts)].slice(0, 3).map((text) => String(text).slice(0, 160));
}

/** Audits of a category that did not pass, with what they found, so a score under 100 says why. */
function failing(lhr, categoryId) {
  const refs = lhr.categories[categoryId]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => ({ id: audit.id, found: aboutItems(audit) }));
}

/** The LCP element as its tag, selector and the start of its text: a bare `<p>` does not say which paragraph. */
function lcpElementOf(lhr) {
  const node = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (!node) return null;
  const label = node.nodeLabel ? ` "${String(node.nodeLabel).slice(0, 60)}"` : '';
  return `${node.snippet ?? ''} ${node.selector ?? ''}${label}`.trim();
}

const median = (values) => percentile(values.filter((value) => typeof value === 'number').sort((a, b) => a - b), 50) ?? null;

/**
 * `runs` Lighthouse navigations of `url`, as Lighthouse's own guidance has it for variable machines: the figures of its
 * median run (computeMedianRun: nearest the median FCP and time to interactive), with the performance score, LCP,
 * total blocking time and FCP each the median over the runs, accessibility and best practices the lowest, and every
 * run's LCP and TBT kept to show the spread.
 */
export async function runLighthouse(url, port, runs = 1) {
  const lhrs = [];
  for (let run = 0; run < runs; run += 1) lhrs.push(await oneRun(url, port));
  const figures = summary(computeMedianRun(lhrs));
  const each = lhrs.map(summary);
  const of = (key) => each.map((item) => item[key]);
  return {
    ...figures,
    performance: median(of('performance')),
    // The lowest of the runs: a screen passes only if every run found nothing.
    accessibility: Math.min(...of('accessibility')),
    bestPractices: Math.min(...of('bestPractices')),
    lcpMs: median(of('lcpMs')),
    tbtMs: median(of('tbtMs')),
    fcpMs: median(of('fcpMs')),
    runs: { lcpMs: of('lcpMs').map(Math.round), tbtMs: of('tbtMs').map(Math.round), performance: of('performance') },
  };
}

async function oneRun(url, port) {
  const result = await lighthouse(url, {
    port,
    hostname: '127.0.0.1',
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/** The figures the bench reports of one run, and why scores fell short. */
function summary(lhr) {
  return {
    url: lhr.requestedUrl,
    finalUrl: lhr.finalDisplayedUrl,
    runtimeError: lhr.runtimeError?.message ?? null,
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
    fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? null,
    lcpElement: lcpElementOf(lhr),
    transferKb: (lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1000,
    // What the figures are made of: the LCP phases, the largest transfers and the scripts that kept the CPU busy.
    lcpPhases: Object.fromEntries((lhr.audits['largest-contentful-paint-element']?.details?.items?.[1]?.items ?? []).map((item) => [item.phase, Math.round(item.timing)])),
    largestTransfers: (lhr.audits['total-byte-weight']?.details?.items ?? []).slice(0, 4).map((item) => ({ url: shortUrl(item.url), kb: Math.round(item.totalBytes / 100) / 10 })),
    busiestScripts: (lhr.audits['bootup-time']?.details?.items ?? []).slice(0, 3).map((item) => ({ url: shortUrl(item.url), ms: Math.round(item.total) })),
    failing: {
      performance: failing(lhr, 'performance'),
      accessibility: failing(lhr, 'accessibility'),
      bestPractices: failing(lhr, 'best-practices'),
    },
    warnings: lhr.runWarnings ?? [],
  };
}
