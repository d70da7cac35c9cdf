import { ITEM_KEY_PATTERN, isRecordId, isReservedKey } from '@/domain/guards';
import { QUESTION_PART_HINTS_KEY } from './storage-keys';

/*
 * Which pack and assessment each recently opened session is answered on, kept where the first script can read it
 * at once and without the validators (localStorage, plain checks, no zod): a question screen opened cold starts
 * fetching its part of the pack while the stored records are still being read and checked, instead of after.
 * A hint only says what to fetch early. What the screen shows comes from the session as restore checked it: a wrong,
 * stale or missing hint costs one wasted (or one later) download, and unreadable hints read as none.
 */

export interface QuestionPartHint {
  packId: string;
  assessmentId: string;
}

/** Sessions remembered, the latest opened first: enough for a mentor going through mentees, small enough to read at once. */
export const QUESTION_PART_HINTS_KEPT = 20;
/** Pack and assessment ids longer than this (no pack has any near it) are not worth a hint. */
const MAX_ID_LENGTH = 128;
/** Longer than the kept hints can be (20 × (64 + 2 × 128 + quotes and commas)): anything bigger was not written here, and is not parsed. */
const MAX_STORED_LENGTH = 8192;

type HintStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type HintEntry = [sessionId: string, packId: string, assessmentId: string];

/** The page's localStorage, or null where there is none or it is refused (reading the property itself can throw). */
function pageStorage(): HintStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const isItemKey = (text: string) => text.length <= MAX_ID_LENGTH && ITEM_KEY_PATTERN.test(text) && !isReservedKey(text);

const isHintEntry = (entry: unknown): entry is HintEntry =>
  Array.isArray(entry) &&
  entry.length === 3 &&
  typeof entry[0] === 'string' &&
  typeof entry[1] === 'string' &&
  typeof entry[2] === 'string' &&
  isRecordId(entry[0]) &&
  isItemKey(entry[1]) &&
  isItemKey(entry[2]);

/** The readable entries stored; none for anything else (absent, refused, not JSON, not a list). */
function readEntries(storage: HintStorage | null): HintEntry[] {
  try {
    const text = storage?.getItem(QUESTION_PART_HINTS_KEY);
    if (typeof text !== 'string' || text.length > MAX_STORED_LENGTH) return [];
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isHintEntry) : [];
  } catch {
    return [];
  }
}

function writeEntries(storage: HintStorage | null, entries: HintEntry[]): void {
  try {
    if (entries.length === 0) storage?.removeItem(QUESTION_PART_HINTS_KEY);
    else storage?.setItem(QUESTION_PART_HINTS_KEY, JSON.stringify(entries.slice(0, QUESTION_PART_HINTS_KEPT)));
  } catch {
    // Storage full or refused: the next cold start fetches the part once the session is read, as without hints.
  }
}

/** The pack and assessment last remembered for `sessionId`, if any is readable. */
export function questionPartHintOf(sessionId: string, storage: HintStorage | null = pageStorage()): QuestionPartHint | undefined {
  const entry = readEntries(storage).find(([id]) => id === sessionId);
  return entry && { packId: entry[1], assessmentId: entry[2] };
}

/**
 * Remembers the part of a pack a session's questions are shown on, or, given null, forgets the session's hint (its
 * questions are shown on the whole pack: its part would be fetched for nothing).
 */
export function rememberQuestionPart(sessionId: string, hint: QuestionPartHint | null, storage: HintStorage | null = pageStorage()): void {
  const entries = readEntries(storage);
  const others = entries.filter(([id]) => id !== sessionId);
  const next: HintEntry[] = hint ? [[sessionId, hint.packId, hint.assessmentId], ...others] : others;
  if (!next.every(isHintEntry)) return;
  // Already first and the same: opening a session again writes nothing.
  if (JSON.stringify(next) === JSON.stringify(entries)) return;
  writeEntries(storage, next);
}

/** Forgets every hint ("Delete all my data" leaves nothing of Rungs behind). */
export function forgetQuestionParts(storage: HintStorage | null = pageStorage()): void {
  writeEntries(storage, []);
}
