import type { Bundle, BundleProblem, BundleStep } from '@/domain/records/bundle';
import { planImport, type ImportPlan } from '@/domain/records/merge';
import type { Profile, Session } from '@/domain/records/schema';
import { err, ok, type Result } from '@/domain/result';

/*
 * What the import's two workers and the page share: the plan of an import and the messages that carry it. No
 * runtime import of the bundle reader (and so of zod) here: the planning worker must not carry the validators.
 */

/** The records already in this browser, which the file is merged with. */
export interface ExistingRecords {
  profiles: Readonly<Record<string, Profile>>;
  sessions: Readonly<Record<string, Session>>;
}

/** Where reading has got to: the bundle's steps, then comparing the file with what is here. */
export type ImportStep = { stage: 'reading' } | BundleStep | { stage: 'comparing' };

/**
 * What a readable file holds: a bundle's merge plan (what would be added, updated, kept as both), or one session on
 * its own, whose person is chosen in the preview and planned there.
 */
export type ImportReading = { kind: 'plan'; plan: ImportPlan; exportedAt: string | null } | { kind: 'single'; bundle: Bundle };

/** The merge plan of a checked bundle with the records here. */
export function planReading(existing: ExistingRecords, bundle: Bundle): Result<ImportReading, BundleProblem> {
  try {
    return ok({ kind: 'plan', plan: planImport(existing, bundle), exportedAt: bundle.exportedAt });
  } catch (error) {
    // planImport is not expected to throw; if it does, the person gets a message, not a preview that never comes.
    return err({ message: `The file could not be compared with the records here (${error instanceof Error ? error.message : String(error)}).` });
  }
}

/** What the reading worker is told: the file, and the port to the planning worker. */
export interface ToReadWorker {
  type: 'read';
  file: Blob;
  planner: MessagePort;
}

/**
 * What the planning worker hears: from the page, its port to the reader and the records here (in parts); from the
 * reader, the file's records (in parts), then the end of the file.
 */
export type ToPlanWorker =
  | { type: 'connect'; reader: MessagePort }
  | { type: 'existing'; profiles: Profile[]; sessions: Session[] }
  | { type: 'existingEnd' }
  | { type: 'records'; profiles: Profile[]; sessions: Session[] }
  | { type: 'end'; exportedAt: string | null };

/** Every list of a plan, by name: a plan crosses from the worker in parts, a few hundred records per message. */
export type PlanList =
  | 'profiles.added'
  | 'profiles.updated'
  | 'profiles.unchanged'
  | 'sessions.added'
  | 'sessions.unchanged'
  | 'sessions.conflicts'
  | 'toWrite.profiles'
  | 'toWrite.sessions';

/** What the workers say to the page. `ready` comes first, so a worker that never started is told apart from a failed read. */
export type FromImportWorker =
  | { type: 'ready' }
  | { type: 'step'; step: ImportStep }
  | { type: 'part'; list: PlanList; items: unknown[] }
  | { type: 'plan'; exportedAt: string | null }
  | { type: 'single'; bundle: Bundle }
  | { type: 'failed'; message: string };

export const emptyPlan = (): ImportPlan => ({
  profiles: { added: [], updated: [], unchanged: [] },
  sessions: { added: [], unchanged: [], conflicts: [] },
  toWrite: { profiles: [], sessions: [] },
});

/** The arrays of a plan by name (the plan's own arrays, so pushing to them fills the plan). */
export function planLists(plan: ImportPlan): Record<PlanList, unknown[]> {
  return {
    'profiles.added': plan.profiles.added,
    'profiles.updated': plan.profiles.updated,
    'profiles.unchanged': plan.profiles.unchanged,
    'sessions.added': plan.sessions.added,
    'sessions.unchanged': plan.sessions.unchanged,
    'sessions.conflicts': plan.sessions.conflicts,
    'toWrite.profiles': plan.toWrite.profiles,
    'toWrite.sessions': plan.toWrite.sessions,
  };
}

/**
 * Records per message between the page and the worker. The page copies each message in on its own thread, so one
 * message of 10,000 records would hold it for a third of a second; a few hundred at a time take a few milliseconds.
 */
export const RECORDS_PER_MESSAGE = 250;

/** A list cut into messages of RECORDS_PER_MESSAGE. */
export function* inParts<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += RECORDS_PER_MESSAGE) yield items.slice(start, start + RECORDS_PER_MESSAGE);
}
