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
