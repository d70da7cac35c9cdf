import { isReservedKey, ITEM_KEY_PATTERN } from '@/domain/guards';
import { SESSION_TYPE, SESSION_VERSION } from './constants';
import { QUESTION_ID_LIST_VERSION, type QuestionIdList } from './question-id-list';
import { areStoredAnswers, type StoredAnswer } from './stored-answer';

/*
 * How a session's answers are written to IndexedDB: a few strings instead of two objects per answer. A mentor's
 * browser holds 2,400 sessions of about 200 answers; as objects, every start structured-cloned a million of them out
 * of IndexedDB, and what IndexedDB reads at a start takes time in proportion to its bytes.
 *
 * Format 4, what the storage adapter writes, names each question by its place in a list of question ids that the
 * adapter keeps beside the sessions (question-id-list.ts): a mentor's sessions share a few hundred ids, so each is
 * stored once instead of 2,400 times.
 *
 *   [list, indices, kinds, times, options]
 *   list     the `ref` of the question-id list the indices point into: a list made anew (after its loss) gets another
 *   indices  each answer's question as its index in that list, in the answers' own order: runs of consecutive
 *            indices, each as "first-last" (or one index alone), in base 36, joined by single spaces ("0-5k 5m 60-62");
 *            a session answered in the order of the list is one run
 *   kinds    one character per answer: '0'–'4' a rating of that value, 's' not sure, 'n' not applicable, 'c' a choice
 *   times    when each answer was given (ms since 1970), as the difference from the time before (from 0 for the
 *            first) in base 36, joined by single spaces; answers revised later give negative differences
 *   options  the option id of each choice, in order: option ids may hold any character, so they stay strings apart
 *
 * Format 3 (still read, and written where there is no list to use: packAnswers) spelled the ids out instead:
 *
 *   [ids, shared, kinds, times, options]
 *   ids      the question ids in the answers' own order, joined by single spaces ('' when there are none), each
 *            without the part it shares with the id before it: whole leading segments ("lean-manufacturing-self-")
 *   shared   one base-36 digit per answer: how many characters of the previous id that id starts with (0–35)
 *
 * Plain code, no zod: the storage adapter packs every session it writes, fetching this module on its first write
 * (no session is written before a start has read every record, and the first load is kept for what a start needs).
 * Reading it back (strictly) is unpack-answers.ts, with the validators.
 */

export type PackedAnswers = readonly [ids: string, shared: string, kinds: string, times: string, options: readonly string[]];
export type IndexedAnswers = readonly [list: number, indices: string, kinds: string, times: string, options: readonly string[]];

/** The most characters an id can share with the one before it: one base-36 digit. */
export const MAX_SHARED = 35;

/** What each kind letter stands for, as the packed forms write it. */
export const PACKED_KIND = { notSure: 's', notApplicable: 'n', choice: 'c' } as const;

/** What both packed forms hold alike: the ids in order (each form writes them its own way), kinds, times, options. */
type AnswerParts = [ids: string[], kinds: string, times: string, options: string[]];

function answerParts(answers: Readonly<Record<string, StoredAnswer>>): AnswerParts {
  const ids = Object.keys(answers);
  const times: string[] = [];
  const options: string[] = [];
  let kinds = '';
  let previousAt = 0;
  for (const key of ids) {
    const { answer, at } = answers[key]!;
    times.push((at - previousAt).toString(36));
    previousAt = at;
    if (answer.kind === 'rating') kinds += String(answer.value);
    else {
      kinds += PACKED_KIND[answer.kind];
      if (answer.kind === 'choice') options.push(answer.optionId);
    }
  }
  return [ids, kinds, times.join(' '), options];
}

/**
 * The format-3 packed form of valid answers, or null when any entry is not one (such a map is written readable, as
 * given, and read back by the same checks as ever).
 */
export function packAnswers(answers: Readonly<Record<string, StoredAnswer>>): PackedAnswers | null {
  // Only what the readable form's check takes unchanged: anything else would not come back the same.
  if (!areStoredAnswers(answers)) return null;
  const [ids, kinds, times, options] = answerParts(answers);
  let shared = '';
  let previousId = '';
  const rests = ids.map((id) => {
    const length = sharedLength(previousId, id);
    shared += length.toString(36);
    previousId = id;
    return id.slice(length);
  });
  return [rests.join(' '), shared, kinds, times, options];
}

/** How much of `id` to leave out: the whole leading segments (each ending in '-') it shares with `previous`. */
function sharedLength(previous: string, id: string): number {
  let same = 0;
  const most = Math.min(previous.length, id.length, MAX_SHARED);
  while (same < most && previous.charCodeAt(same) === id.charCodeAt(same)) same += 1;
  // Back to the end of a segment, so what is left is an id of its own and is checked as one.
  while (same > 0 && id[same - 1] !== '-') same -= 1;
  return same;
}

/** The session of the current format `value` is, with its answers a valid map to pack; null for anything else. */
function packableSession(value: unknown): { answers: Record<string, StoredAnswer> } | null {
  const record = value as { type?: unknown; version?: unknown; answers?: unknown } | null;
  // A map that is not all valid answers is written readable, as given, and read back by the same checks as ever.
  return record?.type === SESSION_TYPE && record.version === SESSION_VERSION && areStoredAnswers(record.answers) ? (record as { answers: Record<string, StoredAnswer> }) : null;
}

/**
 * A record as it is stored where no question-id list is at hand: a session of the current format with its answers
 * packed in format 3; anything else (a profile, a session whose answers do not pack, a record set aside, one going
 * back where it was) exactly as given.
 */
export function storedFormOf(value: unknown): unknown {
  const session = packableSession(value);
  // Spread keeps every other field and their order; `answers` keeps its place.
  return session ? { ...session, answers: packAnswers(session.answers) } : value;
}

/**
 * Writes sessions in format 4 on the question-id list `stored` (what storage holds under QUESTION_ID_LIST_KEY, read
 * in the transaction that writes them): `storedForm` gives a record as it is to be stored, adding the ids it needs to
 * the list; `grownList` the list to store in that same transaction, where they added ids to it or it is new. A missing
 * list is begun anew; one this build would not read whole (damaged, or a newer format's) is never written to, and
 * sessions are then stored in format 3 (storedFormOf), which needs none.
 */
export function questionIdIndexer(stored: unknown) {
  const list = stored === undefined ? newList() : usableList(stored);
  const at = new Map(list?.questionIds.map((id, index) => [id, index]));
  // A list with an id twice would have no one index for it, and is read as damaged.
  const usable = list !== null && at.size === list.questionIds.length;
  /** Whether the list must be stored with the sessions: it has new ids, or is new and a session (even empty) names it. */
  let changed = false;
  return {
    storedForm(value: unknown): unknown {
      const session = packableSession(value);
      if (!session) return value;
      if (!usable) return storedFormOf(value);
      const [ids, kinds, times, options] = answerParts(session.answers);
      changed ||= stored === undefined;
      const runs: string[] = [];
      let first = -1;
      let last = -2;
      const endRun = () => first >= 0 && runs.push(first === last ? first.toString(36) : `${first.toString(36)}-${last.toString(36)}`);
      for (const id of ids) {
        let index = at.get(id);
        if (index === undefined) {
          at.set(id, (index = list.questionIds.push(id) - 1));
          changed = true;
        }
        if (index !== last + 1) {
          endRun();
          first = index;
        }
        last = index;
      }
      endRun();
      return { ...session, answers: [list.ref, runs.join(' '), kinds, times, options] satisfies IndexedAnswers };
    },
    grownList: (): QuestionIdList | undefined => (changed ? list! : undefined),
  };
}

function newList(): QuestionIdList {
  // Any number unlikely to have named a list here before: a session of a lost list must not read on its successor.
  return { type: SESSION_TYPE, version: QUESTION_ID_LIST_VERSION, ref: Math.floor(Math.random() * 2 ** 31) + 1, questionIds: [] };
}

/** A copy of the stored list to add to, where it is one this build reads whole (unpack-answers.ts checks the same). */
function usableList(stored: unknown): QuestionIdList | null {
  const list = stored as Partial<QuestionIdList> | null;
  const ids = list?.questionIds;
  if (list?.type !== SESSION_TYPE || list.version !== QUESTION_ID_LIST_VERSION || !Number.isSafeInteger(list.ref) || Object.keys(list).length !== 4 || !Array.isArray(ids)) return null;
  // Index by index: a hole is no id (`every` would skip it).
  for (let index = 0; index < ids.length; index += 1) {
    const id: unknown = ids[index];
    if (typeof id !== 'string' || !ITEM_KEY_PATTERN.test(id) || isReservedKey(id)) return null;
  }
  return { ...(list as QuestionIdList), questionIds: [...ids] };
}
