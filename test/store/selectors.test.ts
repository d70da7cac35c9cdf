import { describe, expect, it } from 'vitest';
import { completeSession, createSession, setMentorNote } from '@/domain/records/session';
import type { Session } from '@/domain/records/schema';
import { sessionInProgress, sessionsOf } from '@/store/selectors';
import type { AppState } from '@/store/app-store';
import { makeMiniPack } from '../fixtures/mini-pack';

const pack = makeMiniPack();
const at = (day: number) => new Date(Date.UTC(2026, 5, day, 9));
const sitting = (id: string, day: number, options: { profileId?: string; completed?: boolean } = {}) => {
  const session = createSession({ id, profileId: options.profileId ?? 'me', pack, assessmentId: pack.assessments[0]!.id, targetLevel: 'two', now: at(day) });
  return options.completed === false ? session : completeSession(session, at(day));
};
const stateOf = (...sessions: Session[]) => ({ sessions: Object.fromEntries(sessions.map((session) => [session.id, session])) }) as AppState;

describe('sessionsOf', () => {
  it('should list a person’s sittings newest first, however recently an older one was edited', () => {
    const january = setMentorNote(sitting('s-jan', 1), 'c-one', 'Talked it through again in June.', at(28));
    const state = stateOf(january, sitting('s-mar', 10), sitting('s-feb', 5), sitting('other', 20, { profileId: 'ana' }));
    expect(sessionsOf(state).map((session) => session.id)).toEqual(['s-mar', 's-feb', 's-jan']);
    expect(sessionsOf(state, 'ana').map((session) => session.id)).toEqual(['other']);
  });

  it('should order two sittings of the same moment by id, whatever order they were stored in', () => {
    const forward = sessionsOf(stateOf(sitting('a', 3), sitting('b', 3))).map((session) => session.id);
    const backward = sessionsOf(stateOf(sitting('b', 3), sitting('a', 3))).map((session) => session.id);
    expect(forward).toEqual(['b', 'a']);
    expect(backward).toEqual(forward);
  });

  it('should give nobody’s sessions for a person without any', () => {
    expect(sessionsOf(stateOf(sitting('s', 1)), 'nobody')).toEqual([]);
  });
});

describe('sessionInProgress', () => {
  it('should find the person’s unfinished sitting and nothing once all are completed', () => {
    expect(sessionInProgress(stateOf(sitting('done', 1), sitting('open', 2, { completed: false })))?.id).toBe('open');
    expect(sessionInProgress(stateOf(sitting('done', 1)))).toBeUndefined();
  });
});
