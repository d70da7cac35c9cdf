import type { Session } from '@/domain/records/schema';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import type { AppState } from './app-store';

const newestFirst = (a: Session, b: Session) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** Sessions of one person, newest first. */
export function sessionsOf(state: Pick<AppState, 'sessions'>, profileId: string = SELF_PROFILE_ID): Session[] {
  return Object.values(state.sessions)
    .filter((session) => session.profileId === profileId)
    .sort(newestFirst);
}

/** The person's unfinished session to resume, if any. */
export function sessionInProgress(state: AppState, profileId: string = SELF_PROFILE_ID): Session | undefined {
  return sessionsOf(state, profileId).find((session) => session.completedAt === null);
}
