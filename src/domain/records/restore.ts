import * as z from '@/domain/zod';
import { isReservedKey } from '@/domain/guards';
import { firstReservedKey } from '@/domain/reserved-keys';
import { err, ok, type Result } from '@/domain/result';
import { currentVersionOf, PROFILE_TYPE, SESSION_TYPE } from './constants';
import { migrateRecord, type RawRecord } from './migrations';
import { ProfileSchema, SessionSchema, type Profile, type Session } from './schema';
import { areStoredAnswers, type StoredAnswer } from './stored-answer';
import { checkIndexedAnswers } from './indexed-answers';
import { checkPackedAnswers, unpackCheckedAnswers, withAnswersOnRead, type CheckedAnswers } from './unpack-answers';

export interface RestoreProblem {
  /** What kind of document it claimed to be, if it said. */
  type: string | null;
  message: string;
  /** Written by a newer Rungs: to be left exactly where it is, for that version to read. */
  newer?: true;
}

/** A record read with its unreadable parts left out, and which parts those were (empty when it read whole). */
export interface RestoredParts<T> {
  value: T;
  dropped: string[];
}

const describeIssues = (issues: readonly z.core.$ZodIssue[]) =>
  issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || 'document'}: ${issue.message}`)
    .join('; ');

/** Envelope check, then migration to the current format: what every way in shares before its schema check. */
function checkEnvelope(input: unknown, type: string): Result<Record<string, unknown>, RestoreProblem> {
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
  const current = currentVersionOf(type);
  if (envelope.version > current) {
    return err({
      type,
      newer: true,
      message: `made by a newer version of Rungs (format ${envelope.version}; this one reads up to ${current}). Update Rungs to open it.`,
    });
  }
  // Format 4's answers hold the list of question ids they point into (storage puts it there, one list for every
  // session): its own check finds no reserved name in it, once, instead of this walk doing so for each session.
  const answersHeld = type === SESSION_TYPE && envelope.version >= 4 ? own('answers') : undefined;
  const list = Array.isArray(answersHeld) && !isFormat3(answersHeld) && answersHeld[0] && typeof answersHeld[0] === 'object' ? (answersHeld[0] as object) : undefined;
  // zod would leave such a key out without a word: a record Rungs never wrote is refused, not quietly changed.
  const reserved = firstReservedKey(input, list);
  if (reserved) return err({ type, message: `${reserved.path}: the reserved name "${reserved.key}", which Rungs never writes` });
  const migrated = migrateRecord(input as RawRecord);
  if (!migrated.ok) return err({ type, message: migrated.error.message });
  const record = migrated.value.record;
  // Packed answers exist only in records stored at format 3 or later; in an older one an array is just damage. From
  // format 4 on, answers that are not format 3's (five parts, the ids first) point into a list of question ids.
  if (type !== SESSION_TYPE || envelope.version < 3 || !Array.isArray(record.answers)) return ok(record);
  const indexed = envelope.version >= 4 && !isFormat3(record.answers);
  const answers: Result<CheckedAnswers, { message: string; newer?: true }> = indexed
    ? checkIndexedAnswers(record.answers)
    : mapError(checkPackedAnswers(record.answers));
  // Answers whose list a newer Rungs wrote are that version's, like a record it wrote: left where they are.
  if (!answers.ok && answers.error.newer) return err({ type, newer: true, message: answers.error.message });
  // Never half-read: answers that do not unpack whole leave the record unread, to be set aside as it is.
  if (!answers.ok) return err({ type, message: `the answers could not be read: ${answers.error.message}` });
  checkedAnswers.add(answers.value);
  return ok({ ...record, answers: answers.value });
}

/** Format 3's packed answers: five parts, the ids (a string) first. Format 4's, as storage gives them, are six. */
const isFormat3 = (answers: unknown[]) => answers.length === 5 && typeof answers[0] === 'string';

const mapError = <T>(result: Result<T, string>): Result<T, { message: string }> => (result.ok ? result : err({ message: result.error }));

/**
 * Answers found whole just now: packed ones checkPackedAnswers passed, which a session built from the record unpacks
 * when first read; the quick check takes them without a second walk.
 */
const checkedAnswers = new WeakSet<object>();

/**
 * SessionSchema with the answers checked as a whole, by hand (areStoredAnswers), or not again when just checked: the
 * same verdict on a valid record at a fraction of the cost, which a start pays for every session. Where it fails,
 * SessionSchema says which entries.
 */
const QuickSessionSchema = z.extend(SessionSchema, {
  answers: z.custom<Session['answers']>((answers) => checkedAnswers.has(answers as object) || areStoredAnswers(answers), 'not a valid map of answers'),
});

/**
 * The quick check of `record`. Packed answers it took as checked are built when the session's answers are first read,
 * or at once where the check fails, for the schema to say what else is wrong; they are not taken as checked again.
 */
function quickCheck<T extends object>(quick: z.ZodMiniType<T> | undefined, record: Record<string, unknown>) {
  const checked = quick?.safeParse(record);
  const { answers } = record;
  if (checkedAnswers.delete(answers as object)) {
    if (checked?.success) withAnswersOnRead(checked.data, answers as CheckedAnswers);
    else record.answers = unpackChecked(answers as CheckedAnswers);
  }
  return checked?.success ? checked : null;
}

/** Packed answers checkPackedAnswers found whole, built: for the schema, which names any other field's problem. */
function unpackChecked(packed: CheckedAnswers): Record<string, StoredAnswer> {
  const answers = unpackCheckedAnswers(packed);
  if (!answers.ok) throw new Error(`Answers checked whole did not unpack: ${answers.error}`);
  return answers.value;
}

/**
 * The one door in for stored and imported documents: envelope check → migrate (and check packed answers) → strict
 * schema, first by `quick` where given (the same verdict on a valid record, cheaper), then by `schema`, which says what
 * is wrong. A document from a newer Rungs is refused with a clear message rather than guessed at.
 */
function restore<T extends object>(input: unknown, type: string, schema: z.ZodMiniType<T>, quick?: z.ZodMiniType<T>): Result<T, RestoreProblem> {
  const record = checkEnvelope(input, type);
  if (!record.ok) return err(record.error);
  const checked = quickCheck(quick, record.value);
  if (checked) return ok(checked.data);
  const parsed = schema.safeParse(record.value);
  return parsed.success ? ok(parsed.data) : err({ type, message: describeIssues(parsed.error.issues) });
}

/** Fields made of independent entries (one per question, competency or action): one bad entry spoils no other. */
const ENTRY_FIELDS = new Set(['answers', 'evidence', 'mentorRatings', 'mentorNotes', 'actions', 'removedActions']);

/**
 * Like restore, but for what this browser stored: an unreadable entry of a record (one answer, one note, one
 * action) is left out and named, so one bad field never costs the whole session. Anything else still fails.
 */
function restoreParts<T extends object>(input: unknown, type: string, schema: z.ZodMiniType<T>, quick?: z.ZodMiniType<T>): Result<RestoredParts<T>, RestoreProblem> {
  const { input: kept, dropped: reserved } = withoutReservedEntries(input);
  const record = checkEnvelope(kept, type);
  if (!record.ok) return err(record.error);
  // Nearly every stored record reads whole: the quick check says so; only a record it refuses is looked at entry by entry.
  const checked = quickCheck(quick, record.value);
  if (checked) return ok({ value: checked.data, dropped: reserved });
  const current: Record<string, unknown> = { ...record.value };
  const dropped: string[] = [...reserved];
  // Each pass removes every entry named by an issue; a removal cannot create a new issue, so two passes suffice.
  for (let pass = 0; pass < 3; pass += 1) {
    const parsed = schema.safeParse(current);
    if (parsed.success) return ok({ value: parsed.data, dropped });
    for (const issue of parsed.error.issues) {
      const [field, entry] = issue.path;
      if (typeof field !== 'string' || !ENTRY_FIELDS.has(field)) return err({ type, message: describeIssues(parsed.error.issues) });
      const value = current[field];
      if (entry === undefined || value === null || typeof value !== 'object') {
        // The whole field is not a list or a map: nothing in it can be read.
        current[field] = field === 'actions' ? [] : {};
        dropped.push(`${field}: ${issue.message}`);
      } else if (Array.isArray(value)) {
        current[field] = value.map((item, index) => (index === entry ? DROP : item));
        dropped.push(`${field}.${String(entry)}: ${issue.message}`);
      } else {
        current[field] = Object.fromEntries(Object.entries(value).filter(([key]) => key !== String(entry)));
        dropped.push(`${field}.${String(entry)}: ${issue.message}`);
      }
    }
    if (Array.isArray(current.actions)) current.actions = current.actions.filter((item) => item !== DROP);
  }
  return err({ type, message: 'parts of the record could not be read' });
}

/**
 * The record without entries named by a reserved key in its entry maps (an answer, a note or a rating stored as
 * "__proto__"), and which those were: like any other unreadable entry, each is left out and named. The record is
 * copied only when it has one; a reserved key anywhere else still refuses the record (checkEnvelope).
 */
function withoutReservedEntries(input: unknown): { input: unknown; dropped: string[] } {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { input, dropped: [] };
  const record = input as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  const dropped: string[] = [];
  for (const field of ENTRY_FIELDS) {
    const entries = Object.hasOwn(record, field) ? record[field] : undefined;
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) continue;
    const reserved = Object.keys(entries).filter(isReservedKey);
    if (reserved.length === 0) continue;
    copy ??= { ...record };
    copy[field] = Object.fromEntries(Object.entries(entries).filter(([key]) => !isReservedKey(key)));
    for (const key of reserved) dropped.push(`${field}.${key}: a reserved name, which Rungs never writes`);
  }
  return { input: copy ?? input, dropped };
}

/** Marks a list item to be removed once every issue of a pass has been seen (indexes must not shift meanwhile). */
const DROP = Symbol('drop');

export const restoreSession = (input: unknown): Result<Session, RestoreProblem> => restore(input, SESSION_TYPE, SessionSchema, QuickSessionSchema);
export const restoreProfile = (input: unknown): Result<Profile, RestoreProblem> => restore(input, PROFILE_TYPE, ProfileSchema);
export const restoreSessionParts = (input: unknown): Result<RestoredParts<Session>, RestoreProblem> =>
  restoreParts(input, SESSION_TYPE, SessionSchema, QuickSessionSchema);
export const restoreProfileParts = (input: unknown): Result<RestoredParts<Profile>, RestoreProblem> => restoreParts(input, PROFILE_TYPE, ProfileSchema);
