import type { z } from 'zod';
import { err, ok, type Result } from '@/domain/result';
import { PROFILE_TYPE, RECORD_VERSION, SESSION_TYPE } from './constants';
import { migrateRecord, type RawRecord } from './migrations';
import { ProfileSchema, SessionSchema, type Profile, type Session } from './schema';

export interface RestoreProblem {
  /** What kind of document it claimed to be, if it said. */
  type: string | null;
  message: string;
}

const describeIssues = (issues: readonly z.core.$ZodIssue[]) =>
  issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || 'document'}: ${issue.message}`)
    .join('; ');

/**
 * The one door in for stored and imported documents: envelope check → migrate → strict schema.
 * A document from a newer Rungs is refused with a clear message rather than guessed at.
 */
function restore<T>(input: unknown, type: string, schema: z.ZodType<T>): Result<T, RestoreProblem> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return err({ type: null, message: 'not a Rungs document' });
  // Own properties only: an envelope field must never come from the prototype chain.
  const own = (key: string): unknown => (Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined);
  const envelope = { type: own('type'), version: own('version') };
  if (envelope.type !== type) {
    return err({ type: typeof envelope.type === 'string' ? envelope.type.slice(0, 40) : null, message: `expected a ${type} document` });
  }
  if (typeof envelope.version !== 'number' || !Number.isInteger(envelope.version) || envelope.version < 1) {
    return err({ type, message: 'the document has no valid format version' });
  }
  if (envelope.version > RECORD_VERSION) {
    return err({ type, message: `made by a newer version of Rungs (format ${envelope.version}; this one reads up to ${RECORD_VERSION}). Update Rungs to open it.` });
  }
  const migrated = migrateRecord(input as RawRecord);
  if (!migrated.ok) return err({ type, message: migrated.error.message });
  const parsed = schema.safeParse(migrated.value.record);
  return parsed.success ? ok(parsed.data) : err({ type, message: describeIssues(parsed.error.issues) });
}

export const restoreSession = (input: unknown): Result<Session, RestoreProblem> => restore(input, SESSION_TYPE, SessionSchema);
export const restoreProfile = (input: unknown): Result<Profile, RestoreProblem> => restore(input, PROFILE_TYPE, ProfileSchema);
