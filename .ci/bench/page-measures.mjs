// The bench's measures that drive a page with Playwright in Debian's Chromium: saved states for Lighthouse to open,
// answer latency, and the Mentees dashboard with 200 × 12 records. The UI is driven by role and accessible name
// where Rungs has them, as in test/e2e/journey.ts; the peer by SurveyJS's own markup.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS } from './chromium.mjs';
import { optionsOf, questionsByCompetency } from './pack-questions.mjs';

/** A mid-range phone's screen (Lighthouse's mobile emulation) and its CPU: 4× slower than this machine. */
export const PHONE = { viewport: { width: 412, height: 823 }, cpuSlowdown: 4 };

const launchOptions = (executablePath) => ({ executablePath, args: CHROMIUM_FLAGS, headless: true });

/** What holds one question's options on each app's current screen. Both have a "Next" button by that name. */
export const APPS = {
  rungs: { question: 'main [role="radiogroup"]' },
  peer: { question: '.sd-question' },
};

const nextButton = (page) => page.getByRole('button', { name: 'Next', exact: true });

/**
 * Installed before any page script: for each trusted click on an answer (a radio or the label around it), the time
 * from the event to the end of the next frame. requestAnimationFrame runs at the start of the frame that follows the
 * click's handlers (React renders a click's update synchronously); a message posted from there runs once that
 * frame's style, layout and paint work is done. A label click also clicks its radio in the same task: `pending`
 * keeps that to one measure per answer.
 */
function installAnswerProbe() {
  const samples = [];
  Object.defineProperty(window, '__answerLatency', { value: samples });
  let pending = false;
  addEventListener(
    'click',
    (event) => {
      if (pending || !event.isTrusted || !(event.target instanceof Element)) return;
      const label = event.target.closest('label');
      const isAnswer = event.target.matches('input[type="radio"]') || Boolean(label?.querySelector('input[type="radio"]'));
      if (!isAnswer) return;
      pending = true;
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          samples.push(performance.now() - start);
          pending = false;
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

const sampleCount = (page) => page.evaluate(() => window.__answerLatency.length);

/**
 * Answers up to `limit` questions screen by screen, clicking an option's label the way a person taps it (never
 * "Not sure", the last option), then "Next". Stops early when `isDone` says the questionnaire has ended.
 */
async function answerQuestions(page, { question, limit, isDone = async () => false }) {
  let answered = 0;
  for (let screen = 0; screen < 400 && answered < limit; screen += 1) {
    if (await isDone()) break;
    await page.locator(question).first().waitFor();
    const questions = page.locator(question);
    const count = await questions.count();
    for (let i = 0; i < count && answered < limit; i += 1) {
      const radios = questions.nth(i).locator('input[type="radio"]');
      const options = await radios.count();
      const pick = (answered * 7 + 3) % Math.max(1, options - 1);
      const before = await sampleCount(page);
      await radios.nth(pick).locator('xpath=ancestor::label[1]').click();
      await page.waitForFunction((n) => window.__answerLatency.length > n, before);
      answered += 1;
    }
    if (answered >= limit) break;
    await nextButton(page).click();
    // The next screen has been drawn once no option is checked any more (a new session answers nothing in advance).
    await page.waitForFunction((selector) => !document.querySelector(`${selector} input[type="radio"]:checked`), question);
  }
  return answered;
}

/** Nearest-rank percentile of ascending `sorted` values (undefined for none). */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { count: sorted.length, p50Ms: percentile(sorted, 50) ?? null, p95Ms: percentile(sorted, 95) ?? null, maxMs: sorted.at(-1) ?? null };
}

async function phonePage(browser, cpuSlowdown) {
  const context = await browser.newContext({ viewport: PHONE.viewport });
  await context.addInitScript(installAnswerProbe);
  const page = await context.newPage();
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  return { context, page };
}

/** Starts a Rungs assessment of the given length from Home ("Quick assessment" or "Full assessment"). */
async function startRungs(page, appUrl, length) {
  await page.goto(appUrl);
  await page.getByRole('radio', { name: new RegExp(`^${length}`) }).check();
  await page.getByRole('button', { name: 'Start assessment' }).click();
  await page.getByRole('progressbar').waitFor();
}

/** Click → next frame over `limit` answers of a Rungs assessment, on a phone-sized screen at `cpuSlowdown`. */
export async function rungsAnswerLatency(executablePath, appUrl, { length, limit, cpuSlowdown }) {
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const { page } = await phonePage(browser, 1);
    await startRungs(page, appUrl, length);
    if (cpuSlowdown > 1) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const review = page.getByRole('heading', { level: 1, name: 'Review your answers' });
    await answerQuestions(page, { question: APPS.rungs.question, limit, isDone: () => review.isVisible() });
    return summarize(await page.evaluate(() => [...window.__answerLatency]));
  } finally {
    await browser.close();
  }
}

/**
 * The floor under the answer latency: plain HTML with no styles, holding the full assessment's first `limit`
 * questions in Rungs' order, screen by screen as a phone shows them (one competency's questions on each), with their
 * options as Rungs words them, as radios in labels, each question a radiogroup in <main>; a few lines of script put
 * the next screen in place on "Next". The same clicks and the same probe then measure what Chromium and the measure
 * itself take for an answer that changes nothing but a radio: the frame it waits for, the hit test, style, layout and
 * paint.
 */
export function writeLatencyFloorPage(path, pack, limit) {
  const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const screens = [];
  let index = 0;
  for (const { questions } of questionsByCompetency(pack, 'full')) {
    if (index >= limit) break;
    screens.push(
      questions.slice(0, limit - index).map((question) => {
        index += 1;
        const texts = [...optionsOf(pack, question).map((option) => option.text), pack.scale.notSureLabel];
        const labels = texts.map((text) => `<label><input type="radio" name="q${index}"> ${escape(text)}</label>`);
        return `<fieldset role="radiogroup" aria-labelledby="q${index}-legend"><legend id="q${index}-legend">${escape(question.prompt)}</legend>${labels.join('')}</fieldset>`;
      }),
    );
  }
  const templates = screens.map((fieldsets) => `<template>${fieldsets.join('')}</template>`).join('');
  const script = `const screens = document.querySelectorAll('template'); let at = 0;
const show = () => document.querySelector('main').replaceChildren(screens[at].content.cloneNode(true));
document.querySelector('button').addEventListener('click', () => { if (at + 1 < screens.length) { at += 1; show(); scrollTo(0, 0); } });
show();`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Answer latency floor</title></head><body><main></main><button type="button">Next</button>${templates}<script>${script}</script></body></html>`;
  writeFileSync(path, html);
}

/**
 * Click → next frame over `limit` answers of a page that opens straight on its questions (`question`: what holds one
 * question's options there), on a phone-sized screen at `cpuSlowdown`.
 */
async function answerLatencyOn(executablePath, url, question, { limit, cpuSlowdown }) {
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const { page } = await phonePage(browser, cpuSlowdown);
    await page.goto(url);
    await answerQuestions(page, { question, limit });
    return summarize(await page.evaluate(() => [...window.__answerLatency]));
  } finally {
    await browser.close();
  }
}

/** The same clicks and probe as rungsAnswerLatency on the floor page (writeLatencyFloorPage). */
export const floorAnswerLatency = (executablePath, floorUrl, options) => answerLatencyOn(executablePath, floorUrl, APPS.rungs.question, options);

/** The same for the SurveyJS peer's quick questionnaire. */
export const peerAnswerLatency = (executablePath, peerUrl, options) => answerLatencyOn(executablePath, peerUrl, APPS.peer.question, options);

/**
 * Saves, in the Chromium profile `profileDir`, what Lighthouse then opens cold: a completed Rungs quick assessment
 * (its results URL), a second one answered up to its second screen (its question URL), and the peer's form saved on
 * its second page. Returns those URLs.
 */
export async function prepareSavedScreens(executablePath, profileDir, appUrl, peerUrl) {
  const context = await chromium.launchPersistentContext(profileDir, launchOptions(executablePath));
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await context.addInitScript(installAnswerProbe);

    await startRungs(page, appUrl, 'Quick assessment');
    const review = page.getByRole('heading', { level: 1, name: 'Review your answers' });
    await answerQuestions(page, { question: APPS.rungs.question, limit: Infinity, isDone: () => review.isVisible() });
    await page.getByRole('button', { name: 'See results' }).click();
    await page.getByRole('heading', { level: 1, name: /results/i }).waitFor();
    const resultsUrl = page.url();

    await startRungs(page, appUrl, 'Quick assessment');
    const first = await page.locator(APPS.rungs.question).count();
    await answerQuestions(page, { question: APPS.rungs.question, limit: first });
    await nextButton(page).click();
    await page.waitForFunction((selector) => !document.querySelector(`${selector} input[type="radio"]:checked`), APPS.rungs.question);
    const questionUrl = page.url();
    // A reload must land on the same screen: the session has reached IndexedDB before the profile is closed.
    await page.reload();
    await page.locator(APPS.rungs.question).first().waitFor();
    if (page.url() !== questionUrl) throw new Error(`a reload of ${questionUrl} went to ${page.url()}`);

    await page.goto(peerUrl);
    const peerFirst = await page.locator(APPS.peer.question).count();
    await answerQuestions(page, { question: APPS.peer.question, limit: peerFirst });
    await nextButton(page).click();
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('peer-survey-progress') ?? '{}').pageNo === 1);
    return { resultsUrl, questionUrl, peerQuestionUrl: peerUrl };
  } finally {
    await context.close();
  }
}

/** Rows the dashboard shows: table body rows, ARIA rows that are not headers, or the items of its longest list. */
function countRows() {
  const main = document.querySelector('main');
  if (!main) return 0;
  const bodyRows = main.querySelectorAll('tbody tr').length;
  const ariaRows = [...main.querySelectorAll('[role="row"]')].filter((row) => !row.querySelector('th, [role="columnheader"]')).length;
  const lists = [...main.querySelectorAll('ul, ol')].map((list) => list.querySelectorAll(':scope > li').length);
  return Math.max(bodyRows, ariaRows, 0, ...lists);
}

/**
 * Watches every frame from the first script on: when the dashboard first shows `want` rows, in ms since navigation
 * start, and since the last click on a link (an in-app navigation starts the count again).
 */
function installRowProbe(want) {
  const state = { at: null, rows: 0, clickAt: null };
  Object.defineProperty(window, '__rows', { value: state });
  addEventListener('click', (event) => {
    if (event.isTrusted && event.target instanceof Element && event.target.closest('a')) {
      state.clickAt = event.timeStamp;
      state.at = null;
    }
  }, true);
  const tick = () => {
    state.rows = window.__countRows();
    if (state.rows >= want && state.at === null) state.at = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Seeds IndexedDB (database "rungs", store "records", as idb-keyval makes them) with the records file served at
 * `recordsPath`, then measures (1) a cold load of #/mentees until `want` rows show, and (2) with the records in
 * memory, a click on the Mentees link (from About) until they show again. Unthrottled, desktop-sized screen: a
 * mentor's dashboard.
 */
export async function menteesDashboard(executablePath, appUrl, recordsPath, want) {
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(`window.__countRows = ${countRows.toString()};`);
    await context.addInitScript(installRowProbe, want);
    const page = await context.newPage();
    // A page of the app's origin that does not start the app, so nothing else holds the database while it is filled.
    await page.goto(new URL(recordsPath, appUrl).href);
    const stored = await page.evaluate(async (path) => {
      const records = await (await fetch(path)).json();
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('rungs');
        request.onupgradeneeded = () => request.result.createObjectStore('records');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const transaction = db.transaction('records', 'readwrite');
        const store = transaction.objectStore('records');
        for (const [key, value] of records) store.put(value, key);
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      db.close();
      return records.length;
    }, new URL(recordsPath, appUrl).pathname);

    const waitForRows = async () => {
      const started = Date.now();
      let last = -1;
      let lastChange = Date.now();
      for (;;) {
        const state = await page.evaluate(() => ({ ...window.__rows }));
        if (state.at !== null) return { ok: true, state };
        if (state.rows !== last) {
          last = state.rows;
          lastChange = Date.now();
        }
        const settled = Date.now() - lastChange > 15_000 && (await page.getByRole('heading', { level: 1, name: 'Mentees' }).isVisible());
        if (settled || Date.now() - started > 120_000) return { ok: false, state };
        await page.waitForTimeout(250);
      }
    };

    await page.goto(new URL('#/mentees', appUrl).href);
    const cold = await waitForRows();
    if (!cold.ok) {
      const text = (await page.locator('main').textContent()) ?? '';
      const reason = cold.state.rows === 0 || /no mentees yet/i.test(text) ? 'mentees dashboard not built' : `saw ${cold.state.rows} rows, not ${want}`;
      return { stored, coldMs: null, renderMs: null, reason };
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /About/ }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mentees', exact: true }).click();
    const warm = await waitForRows();
    return {
      stored,
      coldMs: cold.state.at,
      renderMs: warm.ok && warm.state.clickAt !== null ? warm.state.at - warm.state.clickAt : null,
      reason: warm.ok ? null : `after a click on Mentees: saw ${warm.state.rows} rows`,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Installed before any page script: every long task (50 ms or more) the page runs, with its start and length, and
 * for each trusted change of a <select> the time from the event to the end of the next frame (as installAnswerProbe).
 */
function installLongTaskProbe() {
  const tasks = [];
  const changes = [];
  Object.defineProperty(window, '__longTasks', { value: tasks });
  Object.defineProperty(window, '__changeLatency', { value: changes });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener(
    'change',
    (event) => {
      if (!event.isTrusted || !(event.target instanceof HTMLSelectElement)) return;
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => changes.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/** Waits until the page has run no long task for `quietMs` (the background render after a change has finished). */
async function waitForQuiet(page, quietMs, limitMs = 20_000) {
  const started = Date.now();
  for (;;) {
    const idle = await page.evaluate(() => {
      const last = window.__longTasks.at(-1);
      return performance.now() - (last ? last.start + last.duration : 0);
    });
    if (idle >= quietMs || Date.now() - started > limitMs) return;
    await page.waitForTimeout(Math.max(50, quietMs - idle));
  }
}

/**
 * A mentor rating `changes` competencies in a row on the results of a full assessment, on a phone-sized screen (or
 * `viewport`: a wide one opens every section of the report) at `cpuSlowdown`: for each change, the longest task from the change until the page is quiet again (what blocks the
 * page), and the change → next frame time (when the panel shows it). The assessment is answered unthrottled.
 */
export async function mentorRatingChanges(executablePath, appUrl, { changes, cpuSlowdown, viewport = PHONE.viewport }) {
  const browser = await chromium.launch(launchOptions(executablePath));
  try {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(installLongTaskProbe);
    const page = await context.newPage();
    await startRungs(page, appUrl, 'Full assessment');
    const review = page.getByRole('heading', { level: 1, name: 'Review your answers' });
    for (let screen = 0; screen < 400; screen += 1) {
      await page.locator(`${APPS.rungs.question}, h1`).first().waitFor();
      if (await review.isVisible()) break;
      const first = await page.locator(APPS.rungs.question).first().getAttribute('aria-labelledby');
      await page.evaluate((selector) => {
        document.querySelectorAll(selector).forEach((group, i) => group.querySelectorAll('input[type="radio"]')[(i * 3 + 1) % 4]?.click());
      }, APPS.rungs.question);
      await nextButton(page).click();
      await page.waitForFunction(
        ({ selector, first }) => document.querySelector('h1')?.textContent === 'Review your answers' || document.querySelector(selector)?.getAttribute('aria-labelledby') !== first,
        { selector: APPS.rungs.question, first },
      );
    }
    await page.getByRole('button', { name: 'See results' }).click();
    await page.getByRole('heading', { level: 1, name: /results/i }).waitFor();
    const panel = page.getByRole('region', { name: "Mentor's view" });
    await panel.getByRole('button', { name: "Mentor's view" }).click();
    const selects = panel.getByRole('combobox');
    await selects.first().waitFor();
    await waitForQuiet(page, 1000);
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const count = Math.min(changes, await selects.count());
    const longest = [];
    for (let i = 0; i < count; i += 1) {
      const select = selects.nth(i);
      await select.scrollIntoViewIfNeeded();
      await waitForQuiet(page, 500);
      await select.focus();
      const from = await page.evaluate(() => performance.now());
      // A key press, as a keyboard user changes it: a trusted change event (selectOption's is not).
      await page.keyboard.press('ArrowDown');
      await waitForQuiet(page, 1000);
      longest.push(await page.evaluate((from) => Math.max(0, ...window.__longTasks.filter((task) => task.start + task.duration >= from).map((task) => task.duration)), from));
    }
    const shown = await page.evaluate(() => [...window.__changeLatency]);
    return { count, longestTask: summarize(longest), toFrame: summarize(shown) };
  } finally {
    await browser.close();
  }
}
