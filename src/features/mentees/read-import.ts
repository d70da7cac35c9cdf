import { readBundleSteps, type BundleProblem } from '@/domain/records/bundle';
import { ok, type Result } from '@/domain/result';
import { planReading, type ExistingRecords, type ImportReading, type ImportStep } from './import-plan';

/*
 * Reading an import file, as one pure path that runs in workers (read-import.worker.ts reads and checks, then hands
 * the records straight to plan-import.worker.ts) or, where no worker can start (jsdom, a page opened from disk), on
 * the page between frames (run-import.ts): the same checks either way. Two workers, because reading needs zod and
 * planning does not: each file stays within the size budget, and neither waits on the other to load.
 */

/** Reads and checks the file, then plans its merge with `existing`; pauses at each step (see ImportStep). */
export function* readImport(text: string, existing: ExistingRecords): Generator<ImportStep, Result<ImportReading, BundleProblem>> {
  const read = yield* readBundleSteps(text);
  if (!read.ok) return read;
  const bundle = read.value;
  if (bundle.single) return ok({ kind: 'single', bundle });
  yield { stage: 'comparing' };
  return planReading(existing, bundle);
}
