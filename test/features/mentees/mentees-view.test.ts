import { describe, expect, it } from 'vitest';
import { answersOf } from '@/domain/records/session';
import { summarizeSession } from '@/domain/scoring/summary';
import { groupSessions, localDay, summaryOf, trendOf } from '@/features/mentees/mentees-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeSession, quickAnswers } from './mentees-fixtures';

const pack = makeMiniPack();
const recordOf = <T extends { id: string }>(items: readonly T[]) => Object.fromEntries(items.map((item) => [item.id, item]));

describe('groupSessions', () => {
  it('should group by person with the newest session first, dated by completion else start', () => {
    const sessions = [
      makeSession(pack, { id: 'a1', profileId: 'ana', completedOn: '2026-01-10' }),
      makeSession(pack, { id: 'a2', profileId: 'ana', completedOn: null, startedOn: '2026-03-01' }),
      makeSession(pack, { id: 'a3', profileId: 'ana', completedOn: '2026-02-10' }),
      makeSession(pack, { id: 'b1', profileId: 'ben', completedOn: '2026-01-01' }),
    ];
    const groups = groupSessions(recordOf(sessions));
    expect(groups.get('ana')?.map((session) => session.id)).toEqual(['a2', 'a3', 'a1']);
    expect(groups.get('ben')?.map((session) => session.id)).toEqual(['b1']);
  });
});

describe('summaryOf', () => {
  it('should return the domain summary, computed once per session object', () => {
    const session = makeSession(pack, { id: 's', profileId: 'ana', answers: quickAnswers(2, 3, 2) });
    const first = summaryOf(pack, session);
    expect(first?.target?.readiness).toBe(summarizeSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers: answersOf(session), targetLevel: 'two' }).target?.readiness);
    expect(summaryOf(pack, session)).toBe(first);
  });

  it('should give null when the pack or the session’s assessment is not installed', () => {
    const session = makeSession(pack, { id: 's', profileId: 'ana' });
    expect(summaryOf(undefined, session)).toBeNull();
    expect(summaryOf(pack, { ...session, assessmentId: 'gone' })).toBeNull();
  });
});

describe('trendOf', () => {
  it.each([
    [72, 60, 2, '▲', '12 points since previous', 'Up 12 points since the previous session'],
    [55, 60, 3, '▼', '5 points since previous', 'Down 5 points since the previous session'],
    [60, 60, 2, '=', 'no change since previous', 'No change since the previous session'],
    [61, 60, 2, '▲', '1 point since previous', 'Up 1 point since the previous session'],
  ])('should word %i after %i as an arrow and words', (latest, previous, count, symbol, text, label) => {
    expect(trendOf(latest, previous, count)).toEqual({ delta: latest - previous, symbol, text, label });
  });

  it('should say there is no trend with fewer than two sessions or a session without enough answers', () => {
    expect(trendOf(null, null, 0)).toMatchObject({ delta: null, text: 'No completed session' });
    expect(trendOf(70, null, 1)).toMatchObject({ delta: null, text: 'First session' });
    expect(trendOf(70, null, 2)).toMatchObject({ delta: null, text: 'Not enough answers to compare' });
  });
});

describe('localDay', () => {
  it('should give the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
