/*
 * The checks every door in shares: stored records, imported files and URL parameters. Plain code, no zod, so the
 * router can use them without adding the validators to the first load.
 */

/** Names no record ever uses and that could reach an object's prototype chain if some code copied keys by assignment. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const isReservedKey = (key: string): boolean => RESERVED_KEYS.has(key);

/** The shape of the ids Rungs makes for profiles and sessions. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids of pack items (kebab-case), as pack files and record keys use them. */
export const ITEM_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A profile or session id: the right shape and not a reserved name. */
export const isRecordId = (text: string): boolean => RECORD_ID_PATTERN.test(text) && !isReservedKey(text);

