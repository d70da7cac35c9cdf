// Kept apart from the zod schemas so the store can use them without putting the validators in the first load.
export const SESSION_TYPE = 'rungs/session';
export const PROFILE_TYPE = 'rungs/profile';
/** The format version this build writes. Older ones are migrated on read; newer ones are refused. */
export const RECORD_VERSION = 2;
/** The person assessing themselves, when no mentee is chosen. */
export const SELF_PROFILE_ID = 'me';
