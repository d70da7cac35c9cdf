/// <reference lib="webworker" />
import type { Profile, Session } from '@/domain/records/schema';
import { inParts, planLists, planReading, type FromImportWorker, type PlanList, type ToPlanWorker } from './import-plan';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromImportWorker) => self.postMessage(message);
const existing = { profiles: {} as Record<string, Profile>, sessions: {} as Record<string, Session> };
const file = { profiles: [] as Profile[], sessions: [] as Session[] };
/** The page and the reader send on two channels: the plan waits for the end of both. */
let existingEnded = false;
let fileEnded: { exportedAt: string | null } | null = null;

function plan() {
  if (!existingEnded || !fileEnded) return;
  post({ type: 'step', step: { stage: 'comparing' } });
  const result = planReading(existing, { exportedAt: fileEnded.exportedAt, ...file });
  if (!result.ok) {
    post({ type: 'failed', message: result.error.message });
    return;
  }
  if (result.value.kind !== 'plan') return;
  for (const [list, items] of Object.entries(planLists(result.value.plan))) {
    for (const part of inParts(items)) post({ type: 'part', list: list as PlanList, items: part });
  }
  post({ type: 'plan', exportedAt: result.value.exportedAt });
}

/** Records from the page (what is here) and from the reader (what the file holds, already checked). */
function receive(message: ToPlanWorker) {
  switch (message.type) {
    case 'connect':
      message.reader.onmessage = (event: MessageEvent<ToPlanWorker>) => receive(event.data);
      return;
    case 'existing':
      for (const profile of message.profiles) existing.profiles[profile.id] = profile;
      for (const session of message.sessions) existing.sessions[session.id] = session;
      return;
    case 'existingEnd':
      existingEnded = true;
      plan();
      return;
    case 'records':
      file.profiles.push(...message.profiles);
      file.sessions.push(...message.sessions);
      return;
    case 'end':
      fileEnded = { exportedAt: message.exportedAt };
      plan();
  }
}

self.onmessage = (event: MessageEvent<ToPlanWorker>) => receive(event.data);

post({ type: 'ready' });
