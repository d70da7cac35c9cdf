import * as z from '@/domain/zod';
import { findReservedKey } from '@/domain/reserved-keys';
import { err, ok, type Result } from '@/domain/result';
import { PROFILE_TYPE, SELF_PROFILE_ID, SESSION_TYPE } from './constants';
import { migrateRecord, type RawRecord } from './migrations';
import { restoreProfile, restoreSession, type RestoreProblem } from './restore';
import type { Profile, Session } from './schema';
import { BUNDLE_CREATOR, BUNDLE_TYPE, BUNDLE_VERSION } from './serialize';

// The bundle is written by serialize.ts (no zod, so the first load can write it) and read here. The writer's names are
// exported here too for the readers and tests that use both.
export { BUNDLE_CREATOR, BUNDLE_TYPE, BUNDLE_VERSION, bundleOf, serializeBundle } from './serialize';

/**
 * Room for far more than a busy mentor keeps: 200 mentees × 12 full sessions of pack 2.0.0 (274 questions), every
 * question answered and every competency rated, write about 70 MB (a test keeps that under the cap). Low enough
 * that reading never hangs a tab for long.
 */
export const MAX_BUNDLE_BYTES = 96 * 1024 * 1024;

/** People and their sessions, as read from a file: every record already in the current format. */
export interface Bundle {
  exportedAt: string | null;
  profiles: Profile[];
  sessions: Session[];
  /**
   * True when the file held one session record on its own (Results' "Save answers as a file (JSON)"), not a bundle: it names no
   * person the importing browser need know, so whose session it is gets chosen when it is imported.
   */
  single?: boolean;
}

export interface BundleProblem {
  /** A sentence a person can act on: it names what is wrong with the file. */
  message: string;
}

/**
 * Where reading a bundle has got to: looking through the whole file for names it must not hold, then checking its
 * records one by one. `readBundleSteps` pauses after each, so a caller can show progress and let the page breathe.
 */
export type BundleStep = { stage: 'scanning' } | { stage: 'checking'; checked: number; total: number };

/** Nodes of the parsed file looked at between two pauses of the reserved-name scan. */
const SCAN_NODES_PER_STEP = 5000;

// Records are checked one by one afterwards, through the same door as stored ones (restoreProfile/Session),
// so the envelope only holds them as unknown values.
const BundleEnvelopeSchema = z.strictObject({
  type: z.literal(BUNDLE_TYPE),
  version: z.literal(BUNDLE_VERSION),
  createdBy: z.literal(BUNDLE_CREATOR),
  // Files written by the "not saved" notice have no export time; null is read the same way.
  exportedAt: z.optional(z.nullable(z.iso.datetime())),
  profiles: z.array(z.unknown()),
  sessions: z.array(z.unknown()),
});

const MB = 1024 * 1024;
/** UTF-8 length without encoding a copy of a possibly huge text. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Rounded up, so a file just over the cap never reads as "96.0 MB; the limit is 96 MB". */
const megabytes = (bytes: number) => (Math.ceil((bytes / MB) * 10) / 10).toFixed(1);

/** Where JSON.parse stopped, in the words people see in an editor; engines word this differently. */
function jsonErrorDetail(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return `it breaks at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/i.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `it breaks at line ${line}, column ${column}`;
  }
  return message.length > 160 ? `${message.slice(0, 157)}…` : message;
}

const own = (value: object, key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const describeIssues = (issues: readonly z.core.$ZodIssue[]) =>
  issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}`)
    .join('; ');

/** How a person finds the record again: its place in the file, and its id when it has a readable one. */
function recordLabel(kind: 'Profile' | 'Session', index: number, count: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' ? own(raw, 'id') : undefined;
  const named = typeof id === 'string' && id.length > 0 ? ` ("${id.length > 64 ? `${id.slice(0, 64)}…` : id}")` : '';
  return `${kind} ${index + 1} of ${count}${named}`;
}

function* restoreAll<T extends { id: string }>(
  raws: readonly unknown[],
  kind: 'Profile' | 'Session',
  restore: (input: unknown) => Result<T, RestoreProblem>,
  progress: { checked: number; total: number },
): Generator<BundleStep, Result<T[], BundleProblem>> {
  const records: T[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of raws.entries()) {
    yield { stage: 'checking', checked: progress.checked, total: progress.total };
    progress.checked += 1;
    const restored = restore(raw);
    if (!restored.ok) return err({ message: `${recordLabel(kind, index, raws.length, raw)} can't be read: ${sentence(restored.error.message)}` });
    if (seen.has(restored.value.id)) {
      return err({ message: `The file holds two ${kind.toLowerCase()}s with the id "${restored.value.id}": it was edited, or joined from two files.` });
    }
    seen.add(restored.value.id);
    records.push(restored.value);
  }
  return ok(records);
}

/**
 * Reads a bundle file: size cap, JSON, envelope (refusing newer formats), reserved keys, then every record through
 * `restoreProfile` / `restoreSession`, so records of older formats arrive migrated. A file holding one session on
 * its own (Results' "Save answers as a file (JSON)") is read too, as a bundle of that one session marked `single`. Never throws.
 */
export function parseBundle(text: string): Result<Bundle, BundleProblem> {
  const steps = readBundleSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `parseBundle` in steps: the same checks in the same order, pausing while it scans the file and before each record
 * (see BundleStep). A big file is read this way in a worker, or on the page between frames. Never throws.
 */
export function* readBundleSteps(text: string): Generator<BundleStep, Result<Bundle, BundleProblem>> {
  try {
    return yield* parseBundleText(text);
  } catch (error) {
    // Nothing above is expected to throw; if something does, the person still gets an answer, not a blank screen.
    return err({ message: `The file could not be read (${error instanceof Error ? error.message : String(error)}).` });
  }
}

function* reservedKeyProblem(parsed: unknown): Generator<BundleStep, BundleProblem | null> {
  const reserved = yield* findReservedKey<BundleStep>(parsed, { stage: 'scanning' }, SCAN_NODES_PER_STEP);
  if (!reserved) return null;
  const where = reserved.path.length > 120 ? `${reserved.path.slice(0, 120)}…` : reserved.path;
  return { message: `The file contains the reserved name "${reserved.key}" (in ${where}), which Rungs never writes: it was edited or made by another program, so it is not opened.` };
}

/**
 * One session record on its own, as Results' "Save answers as a file (JSON)" writes it: through the same door as a stored session
 * (envelope, migration, strict schema), so an older format arrives migrated and a newer one is refused.
 */
function* parseSingleSession(parsed: object): Generator<BundleStep, Result<Bundle, BundleProblem>> {
  const reserved = yield* reservedKeyProblem(parsed);
  if (reserved) return err(reserved);
  const restored = restoreSession(parsed);
  if (!restored.ok) return err({ message: `The file holds one session on its own, which can't be read: ${sentence(restored.error.message)}` });
  return ok({ exportedAt: null, profiles: [], sessions: [restored.value], single: true });
}

/** "Download the damaged data" writes `[{ key: "quarantine/…", problem, raw }]`: the records as Rungs found them. */
function isSetAsideDownload(parsed: unknown): parsed is { key: string; raw: unknown }[] {
  return (
    Array.isArray(parsed) &&
    parsed.length > 0 &&
    parsed.every((item) => item && typeof item === 'object' && !Array.isArray(item) && typeof own(item, 'key') === 'string' && String(own(item, 'key')).startsWith('quarantine/') && Object.hasOwn(item, 'raw'))
  );
}

/**
 * The set-aside data download, imported after an update (or into another browser): every record this version can
 * read comes back through the same door as any other; what it still cannot read stays out, and is said.
 */
function* parseSetAside(items: readonly { key: string; raw: unknown }[]): Generator<BundleStep, Result<Bundle, BundleProblem>> {
  const reserved = yield* reservedKeyProblem(items);
  if (reserved) return err(reserved);
  const profiles = new Map<string, Profile>();
  const sessions = new Map<string, Session>();
  let firstProblem: string | null = null;
  for (const [index, { raw }] of items.entries()) {
    yield { stage: 'checking', checked: index, total: items.length };
    const type = raw && typeof raw === 'object' ? own(raw, 'type') : null;
    const restored = type === SESSION_TYPE ? restoreSession(raw) : type === PROFILE_TYPE ? restoreProfile(raw) : null;
    if (!restored?.ok) {
      firstProblem ??= restored ? restored.error.message : 'not a record Rungs knows';
      continue;
    }
    const record = restored.value;
    if (record.type === 'rungs/session') sessions.set(record.id, record);
    else profiles.set(record.id, record);
  }
  if (profiles.size === 0 && sessions.size === 0) {
    return err({ message: `The file holds data Rungs set aside as unreadable, and this version of Rungs cannot read any of it either: ${sentence(firstProblem ?? 'nothing in it is a record')}` });
  }
  return ok({ exportedAt: null, profiles: [...profiles.values()], sessions: [...sessions.values()] });
}

function* parseBundleText(text: string): Generator<BundleStep, Result<Bundle, BundleProblem>> {
  if (typeof text !== 'string') return err({ message: 'The file could not be read as text.' });
  // Counted before parsing: JSON.parse on a huge text would hold the tab long before any check could run.
  const bytes = utf8Length(text);
  if (bytes > MAX_BUNDLE_BYTES) {
    return err({ message: `The file is ${megabytes(bytes)} MB; a Rungs bundle can be at most ${MAX_BUNDLE_BYTES / MB} MB.` });
  }
  // Some editors save a byte-order mark; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return err({ message: 'The file is empty.' });

  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return err({ message: `The file is not valid JSON (${jsonErrorDetail(body, error)}). Choose a file exported by Rungs, unchanged.` });
  }

  if (isSetAsideDownload(parsed)) return yield* parseSetAside(parsed);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return err({ message: 'The file is not a Rungs bundle: it holds no Rungs document. Choose a file exported by Rungs.' });
  }
  const type = own(parsed, 'type');
  if (type === SESSION_TYPE) return yield* parseSingleSession(parsed);
  if (type !== BUNDLE_TYPE) {
    return err({
      message:
        type === PROFILE_TYPE
          ? 'The file is not a Rungs bundle: it holds one profile on its own. Export people from Rungs to get a bundle.'
          : 'The file is not a Rungs bundle (it does not say "type": "rungs/bundle"). Choose a file exported by Rungs.',
    });
  }
  const version = own(parsed, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err({ message: 'The file is a Rungs bundle with no valid format version: it was edited or damaged.' });
  }
  if (version > BUNDLE_VERSION) {
    return err({
      message: `The file was made by a newer version of Rungs (bundle format ${version}; this one reads up to ${BUNDLE_VERSION}). Update Rungs to open it.`,
    });
  }

  const reserved = yield* reservedKeyProblem(parsed);
  if (reserved) return err(reserved);

  // The envelope has its own format sequence and migrates like a record: an older bundle is brought up to this one.
  const migrated = migrateRecord(parsed as RawRecord);
  if (!migrated.ok) return err({ message: `The file is a Rungs bundle this version cannot update: ${migrated.error.message}.` });
  const envelope = BundleEnvelopeSchema.safeParse(migrated.value.record);
  if (!envelope.success) return err({ message: `The file is not a valid Rungs bundle: ${describeIssues(envelope.error.issues)}.` });

  const progress = { checked: 0, total: envelope.data.profiles.length + envelope.data.sessions.length };
  const profiles = yield* restoreAll(envelope.data.profiles, 'Profile', restoreProfile, progress);
  if (!profiles.ok) return profiles;
  const sessions = yield* restoreAll(envelope.data.sessions, 'Session', restoreSession, progress);
  if (!sessions.ok) return sessions;

  // A session of anyone but the person themselves needs its person in the file, or it would arrive orphaned.
  const people = new Set(profiles.value.map((profile) => profile.id));
  for (const [index, session] of sessions.value.entries()) {
    if (session.profileId !== SELF_PROFILE_ID && !people.has(session.profileId)) {
      return err({
        message: `${recordLabel('Session', index, sessions.value.length, session)} belongs to the person "${session.profileId}", who is not in the file.`,
      });
    }
  }

  return ok({ exportedAt: envelope.data.exportedAt ?? null, profiles: profiles.value, sessions: sessions.value });
}
