import type { Session } from '@/domain/records/schema';
import { byDateNewestFirst } from '@/domain/records/session';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { AppState } from './app-store';

/** Sessions of one person, newest sitting first (the same order as a person's page on Mentees). */
export function sessionsOf(state: Pick<AppState, 'sessions'>, profileId: string = SELF_PROFILE_ID): Session[] {
  return Object.values(state.sessions)
    .filter((session) => session.profileId === profileId)
    .sort(byDateNewestFirst);
}

/** The person's unfinished session to resume, if any. */
export function sessionInProgress(state: AppState, profileId: string = SELF_PROFILE_ID): Session | undefined {
  return sessionsOf(state, profileId).find((session) => session.completedAt === null);
}
