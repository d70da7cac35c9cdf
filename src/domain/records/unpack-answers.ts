import { isReservedKey, RESERVED_KEYS } from '@/domain/guards';
import { err, ok, type Result } from '@/domain/result';
import type { Answer } from '@/domain/scoring/answer';
import type { StoredAnswer } from './stored-answer';

// Reading packed answers (packed-answers.ts describes the form) back into the map a session holds. Strict: every part
// must have the right type, shape and length, or none of it is read; nothing is guessed and nothing half-read.

// Ids (what is left of each once its shared start is taken off) as ITEM_KEY_PATTERN, one space between two: one
// test of the whole list instead of one per id.
const IDS = /^[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*)*$/;
const SHARED_LENGTHS = /^[0-9a-z]+$/;
// An id that shares a start with the one before has a '-': only a reserved name with one could be such an id.
const RESERVED_WITH_HYPHEN = [...RESERVED_KEYS].some((key) => key.includes('-'));
const KINDS = /^[0-4snc]+$/;
// Base 36, at most 11 digits (a safe integer has at most 11), negative for an answer given before the one before.
const TIMES = /^-?[0-9a-z]{1,11}(?: -?[0-9a-z]{1,11})*$/;
const MAX_OPTION_LENGTH = 64;

// One object per answer that carries no text: answers are values, never changed in place, so thousands of sessions
// share these instead of holding a copy each (frozen, so a change in place would throw rather than spread).
const SHARED_ANSWERS: Readonly<Record<string, Answer>> = Object.freeze({
  0: Object.freeze({ kind: 'rating', value: 0 }),
  1: Object.freeze({ kind: 'rating', value: 1 }),
  2: Object.freeze({ kind: 'rating', value: 2 }),
  3: Object.freeze({ kind: 'rating', value: 3 }),
  4: Object.freeze({ kind: 'rating', value: 4 }),
  s: Object.freeze({ kind: 'notSure' }),
  n: Object.freeze({ kind: 'notApplicable' }),
});

/** The answers map of a packed session, or why it cannot be read. */
export function unpackAnswers(packed: unknown): Result<Record<string, StoredAnswer>, string> {
  if (!Array.isArray(packed) || packed.length !== 5) return err('the packed answers are not five parts');
  const [ids, shared, kinds, times, options] = packed as unknown[];
  if (typeof ids !== 'string' || typeof shared !== 'string' || typeof kinds !== 'string' || typeof times !== 'string' || !Array.isArray(options)) {
    return err('a part of the packed answers has the wrong type');
  }
  const answers: Record<string, StoredAnswer> = {};
  if (kinds === '') {
    return ids === '' && shared === '' && times === '' && options.length === 0 ? ok(answers) : err('the packed answers disagree on their number');
  }
  if (!IDS.test(ids) || !SHARED_LENGTHS.test(shared)) return err('a question id in the packed answers is not a valid id');
  if (!KINDS.test(kinds)) return err('an answer kind in the packed answers is unknown');
  if (!TIMES.test(times)) return err('an answer time in the packed answers is not a number');
  const rests = ids.split(' ');
  const timeList = times.split(' ');
  const count = kinds.length;
  if (rests.length !== count || shared.length !== count || timeList.length !== count) return err('the packed answers disagree on their number');
  let option = 0;
  let previousId = '';
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    // The shared start must end a segment of the id before: the rest, itself a valid id, then makes a valid one.
    const length = parseInt(shared[index]!, 36);
    if (length > 0 && (length >= previousId.length || previousId.charCodeAt(length - 1) !== HYPHEN)) return err('a shared id start in the packed answers is not valid');
    const id = length === 0 ? rests[index]! : previousId.slice(0, length) + rests[index]!;
    if (((length === 0 || RESERVED_WITH_HYPHEN) && isReservedKey(id)) || Object.hasOwn(answers, id)) return err(`the question id ${id} is reserved or given twice`);
    at += parseInt(timeList[index]!, 36);
    if (!Number.isSafeInteger(at) || at < 0) return err('an answer time in the packed answers is out of range');
    const kind = kinds[index]!;
    let answer = SHARED_ANSWERS[kind];
    if (kind === 'c') {
      const optionId: unknown = options[option];
      option += 1;
      if (typeof optionId !== 'string' || optionId.length < 1 || optionId.length > MAX_OPTION_LENGTH) return err('a chosen option id is missing or not valid');
      answer = { kind: 'choice', optionId };
    }
    answers[id] = { answer: answer!, at };
    previousId = id;
  }
  return option === options.length ? ok(answers) : err('the packed answers disagree on their number of choices');
}

const HYPHEN = '-'.charCodeAt(0);
