import { ITEM_KEY_PATTERN, isReservedKey } from '@/domain/guards';
import type { Answer } from '@/domain/scoring/answer';

// The check of one stored answer, by hand: a session holds up to a few hundred of them and a mentor's browser
// thousands of sessions, and every start reads them all. It accepts exactly what the zod form of the same rules
// (StoredAnswerSchema's `strict` twin in the tests) accepts: a property test holds the two together.

export interface StoredAnswer {
  answer: Answer;
  /** ms since epoch */
  at: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own keys exactly these (no more, no fewer), as a strict object schema requires. */
function hasExactly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key));
}

export function isAnswer(value: unknown): value is Answer {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'rating':
      return hasExactly(value, ['kind', 'value']) && Number.isInteger(value.value) && (value.value as number) >= 0 && (value.value as number) <= 4;
    case 'choice':
      return hasExactly(value, ['kind', 'optionId']) && typeof value.optionId === 'string' && value.optionId.length >= 1 && value.optionId.length <= 64;
    case 'notSure':
    case 'notApplicable':
      return hasExactly(value, ['kind']);
    default:
      return false;
  }
}

export function isStoredAnswer(value: unknown): value is StoredAnswer {
  return (
    isRecord(value) &&
    hasExactly(value, ['answer', 'at']) &&
    Number.isSafeInteger(value.at) &&
    (value.at as number) >= 0 &&
    isAnswer(value.answer)
  );
}

/**
 * A whole answers map, checked in one go: true only where the per-entry schema (ids to stored answers) would accept it
 * and give back an equal map, so a caller may keep this very object. A plain object of own, enumerable id keys.
 */
export function areStoredAnswers(value: unknown): value is Record<string, StoredAnswer> {
  if (!isRecord(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const keys = Object.keys(value);
  if (Reflect.ownKeys(value).length !== keys.length) return false;
  for (const key of keys) if (!ITEM_KEY_PATTERN.test(key) || isReservedKey(key) || !isStoredAnswer(value[key])) return false;
  return true;
}
