import type { Bundle } from './bundle';
import { PROFILE_FIELDS, type ProfileField } from './constants';
import type { Action, Profile, Session, StoredAnswer } from './schema';

/**
 * JSON with object keys sorted at every level: two values are the same data exactly when their canonical texts
 * are equal, whatever order their keys were written in. Follows JSON.stringify otherwise (undefined is left out of
 * objects and is null in arrays and at the top).
 */
export function canonicalJson(value: unknown): string {
  if (value !== null && typeof value === 'object') {
    const withJson = value as { toJSON?: unknown };
    if (typeof withJson.toJSON === 'function') return canonicalJson((withJson.toJSON as () => unknown).call(value));
    if (Array.isArray(value)) return `[${value.map((item) => (isSkipped(item) ? 'null' : canonicalJson(item))).join(',')}]`;
    const members: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (!isSkipped(item)) members.push(`${JSON.stringify(key)}:${canonicalJson(item)}`);
    }
    return `{${members.join(',')}}`;
  }
  return isSkipped(value) ? 'null' : JSON.stringify(value);
}

const isSkipped = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a (32-bit) of the text's UTF-8 bytes, as 8 hex digits. Not for security: it only has to give the same short
 * name to the same content in every browser, so two people who import each other's files derive the same ids.
 */
export function hashText(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, FNV_PRIME);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Later instant first; two spellings of one instant (with or without milliseconds) still get a fixed order. */
function compareInstants(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (ta !== tb && !Number.isNaN(ta) && !Number.isNaN(tb)) return ta < tb ? -1 : 1;
  return compareStrings(a, b);
}

const byId = <T extends { id: string }>(a: T, b: T) => compareStrings(a.id, b.id);

/** A session's content: everything but where it is filed, so a conflict copy counts as the data it holds. */
function contentKey(session: Session): string {
  const { id: _id, conflictOf: _conflictOf, ...content } = session;
  return canonicalJson(content);
}

// ---------------------------------------------------------------------------------------------------------------
// Two copies of one record
//
// Both merges below are joins: each field group is taken by a total order that the merged record itself keeps, so
// merging is commutative, associative and idempotent and copies converge whatever order they meet in. For that
// reason the record-level winner is chosen by (updatedAt, canonical text) without `revision`: the merged revision is
// the maximum of both, so a tie-break on it would let a third copy change an earlier decision.
// ---------------------------------------------------------------------------------------------------------------

/** The later of two values by time, then by canonical text; a deterministic choice even on equal times. */
function later<T>(a: T, b: T, timeOf: (value: T) => string): T {
  const byTime = compareInstants(timeOf(a), timeOf(b));
  if (byTime !== 0) return byTime > 0 ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

const earliestCompletion = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : compareInstants(a, b) <= 0 ? a : b;

/** Union of two keyed maps, each key's value chosen by `pick` when both have it. */
function unionBy<V>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>, pick: (x: V, y: V) => V): Record<string, V> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  // fromEntries defines own properties: no key can reach a setter on the prototype.
  return Object.fromEntries(
    keys.map((key) => {
      const x = Object.hasOwn(a, key) ? a[key] : undefined;
      const y = Object.hasOwn(b, key) ? b[key] : undefined;
      return [key, x !== undefined && y !== undefined ? pick(x, y) : (x ?? y) as V];
    }),
  );
}

const laterAnswer = (a: StoredAnswer, b: StoredAnswer): StoredAnswer => {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
};

/**
 * Two copies of one session, e.g. written by two tabs of the same browser. Answers merge per question (the later
 * `at` wins), so answering different questions in two tabs keeps both; the rest of the session (evidence, mentor
 * ratings and notes, basis, step, target level…) comes from the copy changed last. Completion is the earliest one,
 * `updatedAt` the later, `revision` the higher. Returns `local` itself when nothing changes.
 */
export function mergeSessionCopies(local: Session, incoming: Session): Session {
  const { answers: localAnswers, completedAt: localCompleted, revision: localRevision, ...localRest } = local;
  const { answers: incomingAnswers, completedAt: incomingCompleted, revision: incomingRevision, ...incomingRest } = incoming;
  const rest = later(localRest, incomingRest, (value) => value.updatedAt);
  const merged: Session = {
    ...rest,
    completedAt: earliestCompletion(localCompleted, incomingCompleted),
    answers: unionBy(localAnswers, incomingAnswers, laterAnswer),
    revision: Math.max(localRevision, incomingRevision),
  };
  return canonicalJson(merged) === canonicalJson(local) ? local : merged;
}

const compareActions = (a: Action, b: Action) => compareInstants(a.createdAt, b.createdAt) || compareStrings(a.id, b.id);

const laterInstant = (a: string, b: string) => (compareInstants(a, b) >= 0 ? a : b);
const earlierInstant = (a: string, b: string) => (compareInstants(a, b) <= 0 ? a : b);

/**
 * Two copies of one person's profile, e.g. written by two tabs. Each field (name, levels, years, archive, deletion)
 * comes from the copy that changed that field last, so edits to different fields both stay. The action plan is the
 * union by action id, each action from the copy that changed it last, less every action either copy removed: a
 * removal wins over a concurrent edit, as a deletion does (only an Undo, which is a later change of the deletion
 * itself, brings a person back).
 */
export function mergeProfileCopies(a: Profile, b: Profile): Profile {
  // Equal copies stay as they are, even with actions out of creation order: nothing to rewrite.
  if (canonicalJson(a) === canonicalJson(b)) return a;
  const merged: Profile = {
    ...later(a, b, (value) => value.updatedAt),
    createdAt: earlierInstant(a.createdAt, b.createdAt),
    updatedAt: laterInstant(a.updatedAt, b.updatedAt),
    revision: Math.max(a.revision, b.revision),
  };
  const changedAt = { ...merged.changedAt };
  for (const field of PROFILE_FIELDS) {
    const pick = later(
      { value: a[field], at: a.changedAt[field] },
      { value: b[field], at: b.changedAt[field] },
      (side) => side.at,
    );
    (merged as Record<ProfileField, unknown>)[field] = pick.value;
    changedAt[field] = pick.at;
  }
  merged.changedAt = changedAt;
  merged.removedActions = unionBy(a.removedActions, b.removedActions, laterInstant);
  const byAction = unionBy(
    Object.fromEntries(a.actions.map((action) => [action.id, action])),
    Object.fromEntries(b.actions.map((action) => [action.id, action])),
    (x, y) => later(x, y, (action) => action.updatedAt),
  );
  merged.actions = Object.values(byAction)
    .filter((action) => !Object.hasOwn(merged.removedActions, action.id))
    .sort(compareActions);
  return merged;
}

// ---------------------------------------------------------------------------------------------------------------
// Importing a bundle
// ---------------------------------------------------------------------------------------------------------------

export interface ImportPlan {
  profiles: { added: Profile[]; updated: { before: Profile; after: Profile }[]; unchanged: Profile[] };
  sessions: { added: Session[]; unchanged: Session[]; conflicts: { kept: Session; copy: Session; newest: 'kept' | 'copy' }[] };
  /** Exactly what the store must write (upsert by id); empty when the import changes nothing. */
  toWrite: { profiles: Profile[]; sessions: Session[] };
}

/** Which copy stays at a contested id: the later `updatedAt`, then the higher revision, then the larger text. */
function stays(a: Session, b: Session): boolean {
  const byTime = compareInstants(a.updatedAt, b.updatedAt);
  if (byTime !== 0) return byTime > 0;
  if (a.revision !== b.revision) return a.revision > b.revision;
  return canonicalJson(a) >= canonicalJson(b);
}

/**
 * The id a displaced copy is filed under. It depends only on the contested id and the copy's content, so two
 * people importing each other's files file the same copy under the same id and converge instead of multiplying.
 * `attempt` only moves on when that id is taken by something else.
 */
const copyIdOf = (id: string, content: string, attempt: number) =>
  `${id.slice(0, 40)}-${hashText(attempt === 0 ? content : `${content}#${attempt}`)}`;

/** The sessions of the store as the plan goes, with an index of contents to spot copies under other ids. */
class SessionState {
  private readonly byId = new Map<string, Session>();
  private readonly idsByContent = new Map<string, Set<string>>();
  private readonly written = new Map<string, Session>();

  constructor(private readonly original: Readonly<Record<string, Session>>) {
    for (const [id, session] of Object.entries(original)) this.index(id, session);
  }

  get(id: string): Session | undefined {
    return this.byId.get(id);
  }

  holds(content: string): boolean {
    return (this.idsByContent.get(content)?.size ?? 0) > 0;
  }

  put(session: Session): void {
    const before = this.byId.get(session.id);
    if (before) this.idsByContent.get(contentKey(before))?.delete(session.id);
    this.index(session.id, session);
    this.written.set(session.id, session);
  }

  /** Files a displaced copy under its derived id, unless that id already holds this content (then it is the copy). */
  fileCopy(session: Session, contestedId: string): Session {
    const content = contentKey(session);
    for (let attempt = 0; ; attempt += 1) {
      const id = copyIdOf(contestedId, content, attempt);
      if (id === contestedId) continue;
      const there = this.byId.get(id);
      if (there && contentKey(there) === content) return there;
      if (!there) {
        const copy: Session = { ...session, id, conflictOf: contestedId };
        this.put(copy);
        return copy;
      }
    }
  }

  /** Only what differs from the store as it was: a record put back to its first state is not rewritten. */
  toWrite(): Session[] {
    return [...this.written.values()]
      .filter((session) => {
        const before = Object.hasOwn(this.original, session.id) ? this.original[session.id] : undefined;
        return !before || canonicalJson(before) !== canonicalJson(session);
      })
      .sort(byId);
  }

  private index(id: string, session: Session): void {
    this.byId.set(id, session);
    const content = contentKey(session);
    const ids = this.idsByContent.get(content) ?? new Set<string>();
    ids.add(id);
    this.idsByContent.set(content, ids);
  }
}

/**
 * What importing a bundle would do, without doing it: the preview shows the lists and the store writes `toWrite`.
 * Records merge by their stable ids, so importing the same file twice changes nothing the second time, nothing is
 * overwritten silently (a session edited on both sides is kept twice, the older copy under a derived id), and two
 * people who import each other's files end with the same sessions.
 */
export function planImport(
  existing: { profiles: Readonly<Record<string, Profile>>; sessions: Readonly<Record<string, Session>> },
  bundle: Bundle,
): ImportPlan {
  const plan: ImportPlan = {
    profiles: { added: [], updated: [], unchanged: [] },
    sessions: { added: [], unchanged: [], conflicts: [] },
    toWrite: { profiles: [], sessions: [] },
  };

  const profiles = new Map(Object.entries(existing.profiles));
  const profileWrites = new Map<string, Profile>();
  // A deleted person's marker is never exported: one in a file is not someone to add.
  for (const incoming of bundle.profiles.filter((profile) => profile.deletedAt === null).sort(byId)) {
    const current = profiles.get(incoming.id);
    let next: Profile | null = null;
    if (!current) {
      plan.profiles.added.push(incoming);
      next = incoming;
    } else if (canonicalJson(current) === canonicalJson(incoming)) {
      plan.profiles.unchanged.push(current);
    } else {
      const merged = mergeProfileCopies(current, incoming);
      if (canonicalJson(merged) === canonicalJson(current)) plan.profiles.unchanged.push(current);
      else {
        plan.profiles.updated.push({ before: current, after: merged });
        next = merged;
      }
    }
    if (next) {
      profiles.set(next.id, next);
      profileWrites.set(next.id, next);
    }
  }
  plan.toWrite.profiles = [...profileWrites.values()].sort(byId);

  const sessions = new SessionState(existing.sessions);
  for (const incoming of [...bundle.sessions].sort(byId)) {
    const current = sessions.get(incoming.id);
    if (current && canonicalJson(current) === canonicalJson(incoming)) {
      plan.sessions.unchanged.push(current);
    } else if (sessions.holds(contentKey(incoming))) {
      // Already here under another id (a conflict copy made by an earlier import): a copy of a copy helps no one.
      plan.sessions.unchanged.push(incoming);
    } else if (!current) {
      plan.sessions.added.push(incoming);
      sessions.put(incoming);
    } else if (stays(incoming, current)) {
      // The file's copy is newer: it takes the id and the local one moves aside, kept whole.
      sessions.put(incoming);
      const copy = sessions.fileCopy(current, incoming.id);
      plan.sessions.conflicts.push({ kept: incoming, copy, newest: newestOf(incoming, copy) });
    } else {
      const copy = sessions.fileCopy(incoming, incoming.id);
      plan.sessions.conflicts.push({ kept: current, copy, newest: newestOf(current, copy) });
    }
  }
  plan.toWrite.sessions = sessions.toWrite();
  return plan;
}

const newestOf = (kept: Session, copy: Session): 'kept' | 'copy' => (compareInstants(copy.updatedAt, kept.updatedAt) > 0 ? 'copy' : 'kept');
