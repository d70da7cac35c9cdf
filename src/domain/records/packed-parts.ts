import type { Answer } from '@/domain/scoring/answer';

// What both packed forms of a session's answers (packed-answers.ts) hold alike and are read by alike: the answer
// kinds, one letter each; the times, base-36 differences; the chosen options' ids.

export const KINDS = /^[0-4snc]+$/;
// Base 36, at most 11 digits (a safe integer has at most 11), negative for an answer given before the one before.
export const TIMES = /^-?[0-9a-z]{1,11}(?: -?[0-9a-z]{1,11})*$/;
const MAX_OPTION_LENGTH = 64;

// One object per answer that carries no text: answers are values, never changed in place, so thousands of sessions
// share these instead of holding a copy each (frozen, so a change in place would throw rather than spread).
export const SHARED_ANSWERS: Readonly<Record<string, Answer>> = Object.freeze({
  0: Object.freeze({ kind: 'rating', value: 0 }),
  1: Object.freeze({ kind: 'rating', value: 1 }),
  2: Object.freeze({ kind: 'rating', value: 2 }),
  3: Object.freeze({ kind: 'rating', value: 3 }),
  4: Object.freeze({ kind: 'rating', value: 4 }),
  s: Object.freeze({ kind: 'notSure' }),
  n: Object.freeze({ kind: 'notApplicable' }),
});

// Character codes: the readers walk ids and times character by character rather than splitting them into strings.
export const HYPHEN = '-'.charCodeAt(0);
export const SPACE = ' '.charCodeAt(0);
export const MINUS = '-'.charCodeAt(0);
export const ZERO = '0'.charCodeAt(0);
export const NINE = '9'.charCodeAt(0);
export const LOWER_A = 'a'.charCodeAt(0);
export const CHOICE = 'c'.charCodeAt(0);

/**
 * Where the last time timeFrom read ends (its space, or the end of the times): handed back beside its value, so a
 * start's check of half a million answers allocates nothing per answer. Read it right after the call.
 */
export let timeEnd = 0;

/**
 * The time difference that starts at `from` in `times` (which TIMES passed), read from its digits. TIMES allows at
 * most 11 digits: each value below 2^53 is read exactly, and one above takes the time it is added to out of range.
 */
export function timeFrom(times: string, from: number): number {
  const negative = times.charCodeAt(from) === MINUS;
  let digit = negative ? from + 1 : from;
  let value = 0;
  for (let char = times.charCodeAt(digit); digit < times.length && char !== SPACE; char = times.charCodeAt((digit += 1))) {
    value = value * 36 + (char <= NINE ? char - ZERO : char - LOWER_A + 10);
  }
  timeEnd = digit;
  return negative ? -value : value;
}

export const isOptionId = (optionId: unknown): optionId is string => typeof optionId === 'string' && optionId.length >= 1 && optionId.length <= MAX_OPTION_LENGTH;
