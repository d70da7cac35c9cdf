import { PROFILE_TYPE, RECORD_VERSION } from './constants';
import type { Action, Profile } from './schema';

export interface ProfileDetails {
  name: string;
  currentLevel: string | null;
  years: number | null;
  targetLevel: string | null;
}

export function createProfile(id: string, details: ProfileDetails, now: Date): Profile {
  const at = now.toISOString();
  return {
    type: PROFILE_TYPE,
    version: RECORD_VERSION,
    id,
    ...details,
    createdAt: at,
    archivedAt: null,
    updatedAt: at,
    actions: [],
    revision: 0,
  };
}

const touch = (profile: Profile, now: Date): Pick<Profile, 'updatedAt' | 'revision'> => ({
  updatedAt: now.toISOString(),
  revision: profile.revision + 1,
});

export function updateProfile(profile: Profile, details: Partial<ProfileDetails>, now: Date): Profile {
  return { ...profile, ...touch(profile, now), ...details };
}

/** Archived people leave the dashboard's main list; nothing of theirs is removed. */
export function setArchived(profile: Profile, archived: boolean, now: Date): Profile {
  if (archived === (profile.archivedAt !== null)) return profile;
  return { ...profile, ...touch(profile, now), archivedAt: archived ? now.toISOString() : null };
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

export function removeAction(profile: Profile, actionId: string, now: Date): Profile {
  if (!profile.actions.some((action) => action.id === actionId)) return profile;
  return { ...profile, ...touch(profile, now), actions: profile.actions.filter((action) => action.id !== actionId) };
}

/** Open actions whose due day has passed; `today` is the local calendar day (YYYY-MM-DD). */
export function overdueActions(profile: Profile, today: string): Action[] {
  return profile.actions.filter((action) => action.status !== 'done' && action.due !== null && action.due < today);
}
