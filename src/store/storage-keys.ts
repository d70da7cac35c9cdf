/** Every storage name Rungs uses, in one place. */
export const DB_NAME = 'rungs';
export const DB_STORE = 'records';

export const SESSION_PREFIX = 'session/';
export const PROFILE_PREFIX = 'profile/';
/** Damaged records are moved here, never overwritten or dropped, so the user can download them. */
export const QUARANTINE_PREFIX = 'quarantine/';

export const sessionKey = (id: string) => `${SESSION_PREFIX}${id}`;
export const profileKey = (id: string) => `${PROFILE_PREFIX}${id}`;

/** Tabs tell each other which record they wrote. */
export const BROADCAST_CHANNEL = 'rungs-records';

/**
 * localStorage, not IndexedDB: which pack part each recent session's questions use, read before the records are
 * (src/store/question-part-hints.ts). Ids only, never an answer.
 */
export const QUESTION_PART_HINTS_KEY = 'rungs/question-parts';

/**
 * The list of question ids that sessions stored in format 4 point into (packed-answers.ts). Under the sessions' prefix
 * with a character no session id has ('~'), so it is never any session's key; the storage adapter reads and writes
 * it, and no reader of records ever sees it.
 */
export const QUESTION_ID_LIST_KEY = `${SESSION_PREFIX}~question-ids`;
