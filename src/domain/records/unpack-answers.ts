import { isReservedKey, RESERVED_KEYS } from '@/domain/guards';
import { err, ok, type Result } from '@/domain/result';
import type { Answer, Answers } from '@/domain/scoring/answer';
import { readIndexed, type IndexedReadForm } from './indexed-answers';
import type { PackedAnswers } from './packed-answers';
import { CHOICE, HYPHEN, isOptionId, KINDS, LOWER_A, NINE, SHARED_ANSWERS, timeEnd, timeFrom, TIMES, ZERO } from './packed-parts';
import type { StoredAnswer } from './stored-answer';

// Reading packed answers (packed-answers.ts describes both forms) back into the map a session holds: format 3's here,
// format 4's in indexed-answers.ts, and the lazy build both share. Strict: every part must have the right type, shape
// and length, or none of it is read; nothing is guessed and nothing half-read.

/** Either packed form, as a stored session's answers hold them once checked whole. */
export type CheckedAnswers = PackedAnswers | IndexedReadForm;

// Ids (what is left of each once its shared start is taken off) as ITEM_KEY_PATTERN, one space between two: one
// test of the whole list instead of one per id.
const IDS = /^[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const SHARED_LENGTHS = /^[0-9a-z]+$/;
// An id that shares a start with the one before has a '-': only a reserved name with one could be such an id.
const RESERVED_WITH_HYPHEN = [...RESERVED_KEYS].some((key) => key.includes('-'));

/** The answers map of a session's answers packed in format 3, or why it cannot be read. */
export const unpackAnswers = (packed: unknown) => unpackWith(readPacked, packed);

/** The answers map of a session's answers in format 4, as storage gives them (IndexedReadForm), or why it cannot be read. */
export const unpackIndexedAnswers = (packed: unknown) => unpackWith(readIndexed, packed);

/** The answers map of packed answers found whole (checkPackedAnswers, checkIndexedAnswers), whichever their form. */
export const unpackCheckedAnswers = (packed: CheckedAnswers) => unpackWith(readerOf(packed), packed);

function unpackWith(read: typeof readPacked, packed: unknown): Result<Record<string, StoredAnswer>, string> {
  const answers: Record<string, StoredAnswer> = {};
  const problem = read(packed, answers, true);
  return problem === null ? ok(answers) : err(problem);
}

/**
 * Which form answers found whole are in: format 4's as storage gives them are six parts, format 3's five. Only
 * restore knows the record's format, and it asks for format 4's checks only from format 4 on.
 */
const readerOf = (packed: CheckedAnswers) => (packed.length === 6 ? readIndexed : readPacked);

/**
 * Whether packed answers read back whole: the very checks unpackAnswers makes, in the same walk, without building an
 * answer. A start checks every stored session this way and builds a session's answers only when they are first read
 * (withAnswersOnRead): a mentor's 2,400 sessions hold half a million answers, and the dashboard reads a sixth of them.
 */
export function checkPackedAnswers(packed: unknown): Result<PackedAnswers, string> {
  // Nearly every stored session passes the quick walk; the exact one decides (and says why) only where it does not.
  const problem = isSurelyWhole(packed) ? null : readPacked(packed, null, false);
  return problem === null ? ok(packed as PackedAnswers) : err(problem);
}

/** Scratch for isSurelyWhole, reused as summaries reuse theirs: the id being read, and a hash of each of its starts. */
let idChars = new Uint16Array(64);
let startHashes = new Int32Array(65);

/**
 * True only where readPacked would find the packed answers whole; false where it might not (it then decides). The
 * same checks without building a string per answer: the ids are read character by character into one buffer, an id
 * given twice is told by a hash of each (two ids with one hash are left to readPacked), and the numbers are read from
 * their digits. That was most of a start's time for a mentor's 2,400 sessions.
 */
function isSurelyWhole(packed: unknown): boolean {
  if (RESERVED_WITH_HYPHEN || !Array.isArray(packed) || packed.length !== 5) return false;
  const [ids, shared, kinds, times, options] = packed as unknown[];
  if (typeof ids !== 'string' || typeof shared !== 'string' || typeof kinds !== 'string' || typeof times !== 'string' || !Array.isArray(options)) return false;
  const count = kinds.length;
  if (count === 0 || shared.length !== count || !IDS.test(ids) || !SHARED_LENGTHS.test(shared) || !KINDS.test(kinds) || !TIMES.test(times)) return false;
  const hashes = new Set<number>();
  let idAt = 0;
  let timeAt = 0;
  let idLength = 0;
  let at = 0;
  let option = 0;
  for (let index = 0; index < count; index += 1) {
    if (idAt > ids.length || timeAt > times.length) return false; // fewer ids or times than answers
    const code = shared.charCodeAt(index);
    const length = code <= NINE ? code - ZERO : code - LOWER_A + 10;
    if (length > 0 && (length >= idLength || idChars[length - 1] !== HYPHEN)) return false;
    let end = ids.indexOf(' ', idAt);
    if (end < 0) end = ids.length;
    idLength = length + end - idAt;
    if (idLength > idChars.length) {
      idChars = growTo(idChars, idLength * 2);
      startHashes = growTo(startHashes, idLength * 2 + 1);
    }
    for (let k = length; k < idLength; k += 1) {
      const char = ids.charCodeAt(idAt + k - length);
      idChars[k] = char;
      startHashes[k + 1] = (Math.imul(startHashes[k]!, 31) + char) | 0;
    }
    if (length === 0 && RESERVED_LENGTHS.has(idLength) && isReservedKey(ids.slice(idAt, end))) return false;
    const hash = startHashes[idLength]!;
    if (hashes.has(hash)) return false;
    hashes.add(hash);
    idAt = end + 1;
    at += timeFrom(times, timeAt);
    timeAt = timeEnd + 1;
    if (!Number.isSafeInteger(at) || at < 0) return false;
    if (kinds.charCodeAt(index) === CHOICE && !isOptionId(options[option++])) return false;
  }
  // Every id and time read, none left over, and one option per choice.
  return idAt === ids.length + 1 && timeAt === times.length + 1 && option === options.length;
}


function growTo<T extends Uint16Array | Int32Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}

/**
 * Reads packed answers into `answers` (each with its time where `stored`, as a session holds them; the answer alone
 * otherwise, as scoring reads them), or only checks them where it is null; what is wrong, or null.
 */
function readPacked(packed: unknown, answers: Record<string, StoredAnswer | Answer> | null, stored: boolean): string | null {
  if (!Array.isArray(packed) || packed.length !== 5) return 'the packed answers are not five parts';
  const [ids, shared, kinds, times, options] = packed as unknown[];
  if (typeof ids !== 'string' || typeof shared !== 'string' || typeof kinds !== 'string' || typeof times !== 'string' || !Array.isArray(options)) {
    return 'a part of the packed answers has the wrong type';
  }
  if (kinds === '') {
    return ids === '' && shared === '' && times === '' && options.length === 0 ? null : 'the packed answers disagree on their number';
  }
  if (!IDS.test(ids) || !SHARED_LENGTHS.test(shared)) return 'a question id in the packed answers is not a valid id';
  if (!KINDS.test(kinds)) return 'an answer kind in the packed answers is unknown';
  if (!TIMES.test(times)) return 'an answer time in the packed answers is not a number';
  const rests = ids.split(' ');
  const timeList = times.split(' ');
  const count = kinds.length;
  if (rests.length !== count || shared.length !== count || timeList.length !== count) return 'the packed answers disagree on their number';
  // Checking only, the ids seen so far are all a map would tell: a set of them is cheaper than a map of answers.
  const seen = answers ? null : new Set<string>();
  let option = 0;
  let previousId = '';
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    // The shared start must end a segment of the id before: the rest, itself a valid id, then makes a valid one.
    const length = parseInt(shared[index]!, 36);
    if (length > 0 && (length >= previousId.length || previousId.charCodeAt(length - 1) !== HYPHEN)) return 'a shared id start in the packed answers is not valid';
    const id = length === 0 ? rests[index]! : previousId.slice(0, length) + rests[index]!;
    const again = seen ? seen.has(id) : Object.hasOwn(answers!, id);
    if (((length === 0 || RESERVED_WITH_HYPHEN) && isReservedKey(id)) || again) return `the question id ${id} is reserved or given twice`;
    at += parseInt(timeList[index]!, 36);
    if (!Number.isSafeInteger(at) || at < 0) return 'an answer time in the packed answers is out of range';
    const kind = kinds[index]!;
    let answer = SHARED_ANSWERS[kind];
    if (kind === 'c') {
      const optionId: unknown = options[option++];
      if (!isOptionId(optionId)) return 'a chosen option id is missing or not valid';
      if (!seen) answer = { kind: 'choice', optionId };
    }
    if (seen) seen.add(id);
    else answers![id] = stored ? { answer: answer!, at } : answer!;
    previousId = id;
  }
  return option === options.length ? null : 'the packed answers disagree on their number of choices';
}

/**
 * `session`, whose answers `packed` were found whole by checkPackedAnswers, with its answers built from them the first
 * time they are read (then kept as a plain field). To every reader, copy and write the session is the same as one
 * read eagerly: the field keeps its place among the others and is enumerable. The packed parts are frozen, so what
 * was checked is what is built; building cannot fail, as the same walk found them whole.
 */
export function withAnswersOnRead<T extends object>(session: T, packed: CheckedAnswers): T {
  Object.freeze(packed.at(-1));
  Object.freeze(packed);
  unread.set(session, packed);
  const settle = (answers: unknown) => {
    unread.delete(session);
    Object.defineProperty(session, 'answers', { value: answers, writable: true, enumerable: true, configurable: true });
    return answers;
  };
  Object.defineProperty(session, 'answers', {
    enumerable: true,
    configurable: true,
    get: () => {
      const answers = unpackCheckedAnswers(packed);
      if (!answers.ok) throw new Error(`Answers checked whole did not unpack: ${answers.error}`);
      return settle(answers.value);
    },
    set: settle,
  });
  return session;
}

/** Sessions whose answers have not been read yet, with the packed answers they will be built from. */
const unread = new WeakMap<object, CheckedAnswers>();

/**
 * The answers of `session` as scoring reads them (question → answer), built straight from its packed answers while
 * its own have not been read (no answer-and-time objects, no second map, and the session's answers stay unbuilt);
 * undefined for any other session. A dashboard scores a person's latest two sessions this way.
 */
export function unreadAnswersOf(session: object): Answers | undefined {
  const packed = unread.get(session);
  if (!packed) return undefined;
  const answers: Record<string, Answer> = {};
  const problem = readerOf(packed)(packed, answers, false);
  if (problem !== null) throw new Error(`Answers checked whole did not unpack: ${problem}`);
  return answers;
}


/** The lengths of the reserved names: an id of another length is none of them. */
const RESERVED_LENGTHS = new Set([...RESERVED_KEYS].map((key) => key.length));
