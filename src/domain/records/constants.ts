import { BUNDLE_TYPE, BUNDLE_VERSION } from './serialize';

// Kept apart from the zod schemas so the store can use them without putting the validators in the first load.
export const SESSION_TYPE = 'rungs/session';
export const PROFILE_TYPE = 'rungs/profile';
/**
 * The format each kind of record is written in by this build, each with its own sequence. Older formats are
 * migrated on read; newer ones are left in place for the Rungs that wrote them.
 */
export const SESSION_VERSION = 4;
export const PROFILE_VERSION = 3;

/** The current format of a kind of document (records and the file bundle); 0 for a kind this build does not know. */
export function currentVersionOf(type: string): number {
  if (type === SESSION_TYPE) return SESSION_VERSION;
  if (type === PROFILE_TYPE) return PROFILE_VERSION;
  return type === BUNDLE_TYPE ? BUNDLE_VERSION : 0;
}
/** The parts of a person's record two tabs may change apart: each keeps its own change time and merges alone. */
export const PROFILE_FIELDS = ['name', 'currentLevel', 'years', 'targetLevel', 'archivedAt', 'deletedAt'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
/** The person assessing themselves, when no mentee is chosen. */
export const SELF_PROFILE_ID = 'me';
