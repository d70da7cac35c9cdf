import { PROFILE_FIELDS, PROFILE_TYPE, PROFILE_VERSION, type ProfileField } from './constants';
import type { Action, Profile } from './schema';

export interface ProfileDetails {
  name: string;
  currentLevel: string | null;
  years: number | null;
  targetLevel: string | null;
}

const allChangedAt = (at: string): Profile['changedAt'] =>
  Object.fromEntries(PROFILE_FIELDS.map((field) => [field, at])) as Profile['changedAt'];

export function createProfile(id: string, details: ProfileDetails, now: Date): Profile {
  const at = now.toISOString();
  return {
    type: PROFILE_TYPE,
    version: PROFILE_VERSION,
    id,
    ...details,
    createdAt: at,
    archivedAt: null,
    deletedAt: null,
    updatedAt: at,
    changedAt: allChangedAt(at),
    actions: [],
    removedActions: {},
    revision: 0,
  };
}

const touch = (profile: Profile, now: Date): Pick<Profile, 'updatedAt' | 'revision'> => ({
  updatedAt: now.toISOString(),
  revision: profile.revision + 1,
});

/** Sets the given fields; only those whose value changes get a new change time, so a form saved whole claims no more. */
function setFields(profile: Profile, values: Partial<Pick<Profile, ProfileField>>, now: Date): Profile {
  const changed = (Object.keys(values) as ProfileField[]).filter((field) => values[field] !== undefined && values[field] !== profile[field]);
  if (changed.length === 0) return profile;
  const at = now.toISOString();
  const changedAt = { ...profile.changedAt };
  for (const field of changed) changedAt[field] = at;
  return { ...profile, ...touch(profile, now), ...values, changedAt };
}

export function updateProfile(profile: Profile, details: Partial<ProfileDetails>, now: Date): Profile {
  return setFields(profile, details, now);
}

/** Archived people leave the dashboard's main list; nothing of theirs is removed. */
export function setArchived(profile: Profile, archived: boolean, now: Date): Profile {
  if (archived === (profile.archivedAt !== null)) return profile;
  return setFields(profile, { archivedAt: archived ? now.toISOString() : null }, now);
}

const EPOCH = new Date(0).toISOString();

/**
 * The marker a deleted person leaves: their id, that they were deleted and when, and nothing else of theirs (no
 * name, levels or actions). Emptied fields date from 1970, so any real copy of them wins should the person be
 * brought back. A record not deleted is returned as it is.
 */
export function markerOf(profile: Profile): Profile {
  if (profile.deletedAt === null) return profile;
  return {
    ...profile,
    name: 'Deleted person',
    currentLevel: null,
    years: null,
    targetLevel: null,
    archivedAt: null,
    changedAt: { ...allChangedAt(EPOCH), deletedAt: profile.changedAt.deletedAt },
    actions: [],
    removedActions: {},
  };
}

/** Deletes a person: what is kept of them is their marker. */
export function deletedMarkerOf(profile: Profile, now: Date): Profile {
  const at = now.toISOString();
  return markerOf({ ...profile, ...touch(profile, now), deletedAt: at, changedAt: { ...profile.changedAt, deletedAt: at } });
}

/** Undo of a deletion: the person as they were, marked as brought back now, so this wins over the marker. */
export function undeleted(profile: Profile, now: Date): Profile {
  const at = now.toISOString();
  return { ...profile, ...touch(profile, now), deletedAt: null, changedAt: { ...profile.changedAt, deletedAt: at } };
}

export type ActionDraft = Pick<Action, 'title' | 'competencyId' | 'owner' | 'due'>;

export function addAction(profile: Profile, id: string, draft: ActionDraft, now: Date): Profile {
  const at = now.toISOString();
  const action: Action = { id, ...draft, status: 'open', createdAt: at, updatedAt: at };
  return { ...profile, ...touch(profile, now), actions: [...profile.actions, action] };
}

export function updateAction(profile: Profile, actionId: string, change: Partial<ActionDraft & Pick<Action, 'status'>>, now: Date): Profile {
  if (!profile.actions.some((action) => action.id === actionId)) return profile;
  const at = now.toISOString();
  return {
    ...profile,
    ...touch(profile, now),
    actions: profile.actions.map((action) => (action.id === actionId ? { ...action, ...change, updatedAt: at } : action)),
  };
}

/** Removes an action and remembers that it did, so another tab's copy of the plan cannot bring it back. */
export function removeAction(profile: Profile, actionId: string, now: Date): Profile {
  if (!profile.actions.some((action) => action.id === actionId)) return profile;
  return {
    ...profile,
    ...touch(profile, now),
    actions: profile.actions.filter((action) => action.id !== actionId),
    removedActions: { ...profile.removedActions, [actionId]: now.toISOString() },
  };
}

/** Open actions whose due day has passed; `today` is the local calendar day (YYYY-MM-DD). */
export function overdueActions(profile: Profile, today: string): Action[] {
  return profile.actions.filter((action) => action.status !== 'done' && action.due !== null && action.due < today);
}
