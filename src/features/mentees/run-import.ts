import type { BundleProblem } from '@/domain/records/bundle';
import { err, type Result } from '@/domain/result';
import { nextTurn } from '@/lib/next-turn';
import { readImport } from './read-import';
import {
  emptyPlan,
  inParts,
  planLists,
  type ExistingRecords,
  type FromImportWorker,
  type ImportReading,
  type ImportStep,
  type ToPlanWorker,
  type ToReadWorker,
} from './import-plan';

export interface ReadImportOptions {
  onStep(step: ImportStep): void;
  /** Cancel: the worker is stopped, or reading on the page stops at its next pause. */
  signal: AbortSignal;
}

/** Reading on the page works this long between two pauses: well under the 50 ms a browser counts as a long task. */
const SLICE_MS = 25;

/** Why reading stopped when the user cancelled it. */
export const CANCELLED = 'cancelled';

/**
 * Reads and checks an import file off the page's thread, in workers, and plans its merge with `existing`. Where no
 * worker starts (no Worker at all, or a page opened from disk, where browsers refuse to start one) it reads on the
 * page instead, in slices with pauses between them, through the same `readImport`. Resolves to `CANCELLED` when the
 * signal aborts first.
 */
export async function readImportFile(
  file: Blob,
  existing: ExistingRecords,
  options: ReadImportOptions,
): Promise<Result<ImportReading, BundleProblem> | typeof CANCELLED> {
  options.onStep({ stage: 'reading' });
  const inWorker = typeof Worker === 'function' ? await readInWorker(file, existing, options) : null;
  if (inWorker) return inWorker;
  return readOnPage(file, existing, options);
}

/** Resolves to null when the workers could not start, so the page reads the file itself. */
function readInWorker(file: Blob, existing: ExistingRecords, { onStep, signal }: ReadImportOptions) {
  return new Promise<Result<ImportReading, BundleProblem> | typeof CANCELLED | null>((resolve) => {
    const workers: Worker[] = [];
    try {
      // Two workers, each a plain new Worker(new URL(…)) so Vite builds each as a file of its own.
      workers.push(new Worker(new URL('./read-import.worker.ts', import.meta.url), { type: 'module', name: 'rungs-import-read' }));
      workers.push(new Worker(new URL('./plan-import.worker.ts', import.meta.url), { type: 'module', name: 'rungs-import-plan' }));
    } catch {
      workers.forEach((worker) => worker.terminate());
      resolve(null);
      return;
    }
    const [reader, planner] = workers as [Worker, Worker];
    const started = new Set<Worker>();
    const plan = emptyPlan();
    const lists = planLists(plan);
    const finish = (result: Result<ImportReading, BundleProblem> | typeof CANCELLED | null) => {
      workers.forEach((worker) => worker.terminate());
      signal.removeEventListener('abort', cancel);
      resolve(result);
    };
    const cancel = () => finish(CANCELLED);
    signal.addEventListener('abort', cancel);

    const listen = (worker: Worker) => {
      worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
        const message = event.data;
        switch (message.type) {
          case 'ready':
            started.add(worker);
            return;
          case 'step':
            onStep(message.step);
            return;
          case 'part':
            lists[message.list].push(...message.items);
            return;
          case 'plan':
            finish({ ok: true, value: { kind: 'plan', plan, exportedAt: message.exportedAt } });
            return;
          case 'single':
            finish({ ok: true, value: { kind: 'single', bundle: message.bundle } });
            return;
          case 'failed':
            finish(err({ message: message.message }));
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // Never started (its script refused or missing): the page reads the file. Failed midway: say so.
        finish(started.has(worker) ? err({ message: `The file could not be read (${event.message || 'the reader stopped'}).` }) : null);
      };
    };
    workers.forEach(listen);

    // The reader hands the file's records to the planner directly: they never pass through the page.
    const { port1, port2 } = new MessageChannel();
    const toPlanner = (message: ToPlanWorker, transfer: Transferable[] = []) => planner.postMessage(message, transfer);
    toPlanner({ type: 'connect', reader: port2 }, [port2]);
    // Each part is copied on this thread as it is sent: a few hundred records at a time keep the page answering.
    for (const profiles of inParts(Object.values(existing.profiles))) toPlanner({ type: 'existing', profiles, sessions: [] });
    for (const sessions of inParts(Object.values(existing.sessions))) toPlanner({ type: 'existing', profiles: [], sessions });
    toPlanner({ type: 'existingEnd' });
    const read: ToReadWorker = { type: 'read', file, planner: port1 };
    reader.postMessage(read, [port1]);
  });
}

async function readOnPage(file: Blob, existing: ExistingRecords, { onStep, signal }: ReadImportOptions) {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err({ message: 'The file could not be read.' });
  }
  const steps = readImport(text, existing);
  let sliceStart = performance.now();
  for (;;) {
    if (signal.aborted) return CANCELLED;
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= SLICE_MS || next.value.stage === 'comparing') {
      onStep(next.value);
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}
