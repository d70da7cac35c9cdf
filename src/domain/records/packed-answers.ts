import { SESSION_TYPE, SESSION_VERSION } from './constants';
import { areStoredAnswers, type StoredAnswer } from './stored-answer';

/*
 * How a session's answers are written to IndexedDB (format 3): a few strings instead of two objects per answer. A
 * mentor's browser holds 2,400 sessions of about 200 answers; as objects, every start structured-cloned a million of
 * them out of IndexedDB. Packed, a session is five values, and what IndexedDB reads is under a quarter of the bytes.
 *
 *   [ids, shared, kinds, times, options]
 *   ids      the question ids in the answers' own order, joined by single spaces ('' when there are none), each
 *            without the part it shares with the id before it: whole leading segments ("lean-manufacturing-self-")
 *   shared   one base-36 digit per answer: how many characters of the previous id that id starts with (0–35)
 *   kinds    one character per answer: '0'–'4' a rating of that value, 's' not sure, 'n' not applicable, 'c' a choice
 *   times    when each answer was given (ms since 1970), as the difference from the time before (from 0 for the
 *            first) in base 36, joined by single spaces; answers revised later give negative differences
 *   options  the option id of each choice, in order: option ids may hold any character, so they stay strings apart
 *
 * Plain code, no zod: the storage adapter packs every session it writes, in the first load. Reading it back
 * (strictly) is unpack-answers.ts, with the validators.
 */

export type PackedAnswers = readonly [ids: string, shared: string, kinds: string, times: string, options: readonly string[]];

/** The most characters an id can share with the one before it: one base-36 digit. */
export const MAX_SHARED = 35;

/** What each kind letter stands for, as packAnswers writes it. */
export const PACKED_KIND = { notSure: 's', notApplicable: 'n', choice: 'c' } as const;

/**
 * The packed form of valid answers, or null when any entry is not one (such a map is written readable, as given,
 * and read back by the same checks as ever).
 */
export function packAnswers(answers: Readonly<Record<string, StoredAnswer>>): PackedAnswers | null {
  // Only what the readable form's check takes unchanged: anything else would not come back the same.
  if (!areStoredAnswers(answers)) return null;
  const ids: string[] = [];
  const times: string[] = [];
  const options: string[] = [];
  let shared = '';
  let kinds = '';
  let previousId = '';
  let previousAt = 0;
  for (const key of Object.keys(answers)) {
    const { answer, at } = answers[key]!;
    const length = sharedLength(previousId, key);
    shared += length.toString(36);
    ids.push(key.slice(length));
    times.push((at - previousAt).toString(36));
    previousId = key;
    previousAt = at;
    if (answer.kind === 'rating') kinds += String(answer.value);
    else {
      kinds += PACKED_KIND[answer.kind];
      if (answer.kind === 'choice') options.push(answer.optionId);
    }
  }
  return [ids.join(' '), shared, kinds, times.join(' '), options];
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

/**
 * A record as it is stored: a session of the current format with its answers packed; anything else (a profile, a
 * session whose answers do not pack, a record set aside, one going back where it was) exactly as given.
 */
export function storedFormOf(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const record = value as { type?: unknown; version?: unknown; answers?: unknown };
  if (record.type !== SESSION_TYPE || record.version !== SESSION_VERSION) return value;
  const { answers } = record;
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return value;
  const packed = packAnswers(answers as Record<string, StoredAnswer>);
  // Spread keeps every other field and their order; `answers` keeps its place.
  return packed ? { ...record, answers: packed } : value;
}
