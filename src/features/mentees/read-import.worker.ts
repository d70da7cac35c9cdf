/// <reference lib="webworker" />
import { readBundleSteps } from '@/domain/records/bundle';
import { inParts, type FromImportWorker, type ToPlanWorker, type ToReadWorker } from './import-plan';

// As on the page (src/app/zod-jitless.ts, which this layer may not import): zod must not probe for eval, which a
// Content-Security-Policy sent with this script would report as a violation. Set before any schema parses.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

declare const self: DedicatedWorkerGlobalScope;

/** Progress is posted this often at most: the page redraws its bar on each message. */
const STEP_EVERY_MS = 100;

const post = (message: FromImportWorker) => self.postMessage(message);

/** Reads and checks the file; a bundle's records go to the planning worker, never through the page. */
async function read({ file, planner }: ToReadWorker) {
  let text: string;
  try {
    text = await file.text();
  } catch {
    post({ type: 'failed', message: 'The file could not be read.' });
    return;
  }
  const steps = readBundleSteps(text);
  let postedAt = 0;
  for (let next = steps.next(); ; next = steps.next()) {
    if (!next.done) {
      if (performance.now() - postedAt >= STEP_EVERY_MS) {
        postedAt = performance.now();
        post({ type: 'step', step: next.value });
      }
      continue;
    }
    const result = next.value;
    if (!result.ok) post({ type: 'failed', message: result.error.message });
    else if (result.value.single) post({ type: 'single', bundle: result.value });
    else {
      const send = (message: ToPlanWorker) => planner.postMessage(message);
      for (const profiles of inParts(result.value.profiles)) send({ type: 'records', profiles, sessions: [] });
      for (const sessions of inParts(result.value.sessions)) send({ type: 'records', profiles: [], sessions });
      send({ type: 'end', exportedAt: result.value.exportedAt });
    }
    return;
  }
}

self.onmessage = (event: MessageEvent<ToReadWorker>) => {
  if (event.data.type === 'read') void read(event.data);
};

post({ type: 'ready' });
