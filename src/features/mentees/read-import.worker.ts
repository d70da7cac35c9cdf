/// <reference lib="webworker" />
import type { Profile, Session } from '@/domain/records/schema';
import { inParts, planLists, readImport, type FromImportWorker, type PlanList, type ToImportWorker } from './read-import';

// As on the page (src/app/zod-jitless.ts, which this layer may not import): zod must not probe for eval, which a
// Content-Security-Policy sent with this script would report as a violation. Set before any schema parses.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

declare const self: DedicatedWorkerGlobalScope;

/** Progress is posted this often at most: the page redraws its bar on each message. */
const STEP_EVERY_MS = 100;

const post = (message: FromImportWorker) => self.postMessage(message);
const profiles: Record<string, Profile> = {};
const sessions: Record<string, Session> = {};

async function read(file: Blob) {
  let text: string;
  try {
    text = await file.text();
  } catch {
    post({ type: 'failed', message: 'The file could not be read.' });
    return;
  }
  const steps = readImport(text, { profiles, sessions });
  let postedAt = 0;
  for (;;) {
    const next = steps.next();
    if (!next.done) {
      if (performance.now() - postedAt >= STEP_EVERY_MS || next.value.stage === 'comparing') {
        postedAt = performance.now();
        post({ type: 'step', step: next.value });
      }
      continue;
    }
    const result = next.value;
    if (!result.ok) post({ type: 'failed', message: result.error.message });
    else if (result.value.kind === 'single') post({ type: 'single', bundle: result.value.bundle });
    else {
      for (const [list, items] of Object.entries(planLists(result.value.plan))) {
        for (const part of inParts(items)) post({ type: 'part', list: list as PlanList, items: part });
      }
      post({ type: 'plan', exportedAt: result.value.exportedAt });
    }
    return;
  }
}

self.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  if (message.type === 'existing') {
    for (const profile of message.profiles) profiles[profile.id] = profile;
    for (const session of message.sessions) sessions[session.id] = session;
  } else if (message.type === 'read') {
    void read(message.file);
  }
};

post({ type: 'ready' });
