import { describe, expect, it } from 'vitest';
import { answersOf } from '@/domain/records/session';
import { summarizeSession } from '@/domain/scoring/summary';
import { buildImportPreview, groupSessions, localDay, summaryOf, trendOf } from '@/features/mentees/mentees-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeProfile, makeSession, quickAnswers } from './mentees-fixtures';
import { formatDate } from '@/lib/format';

/** A calendar day as the app writes dates: the reader's locale, so the tests read the same anywhere. */
const on = (day: string) => formatDate(`${day}T12:00:00.000Z`, { timeZone: 'UTC' });

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

describe('buildImportPreview', () => {
  const ana = makeProfile('ana');
  const session = makeSession(pack, { id: 'a1', profileId: 'ana' });
  const empty = { added: [], updated: [], unchanged: [] };

  it('should say what will be added and what already exists', () => {
    const view = buildImportPreview(
      { profiles: { ...empty, added: [ana] }, sessions: { added: [session], unchanged: [], conflicts: [] } },
      new Map([['ana', 'Ana']]),
      '2026-03-02T10:00:00.000Z',
    );
    expect(view.nothingNew).toBe(false);
    expect(view.lines).toEqual([`The file was saved on ${on('2026-03-02')}.`, 'Will be added: 1 person (Ana) and 1 session.']);
  });

  it('should say "nothing new" on a re-import', () => {
    const view = buildImportPreview({ profiles: { ...empty, unchanged: [ana] }, sessions: { added: [], unchanged: [session], conflicts: [] } }, new Map(), null);
    expect(view.nothingNew).toBe(true);
    expect(view.lines).toContain('Already here and unchanged: 1 person and 1 session.');
    expect(view.lines).toContain('Nothing new: everything in this file is already here.');
  });

  it('should describe a conflict kept as both, with the newer one named', () => {
    const copy = { ...session, id: 'a1-x', conflictOf: 'a1', updatedAt: '2026-02-20T10:00:00.000Z' };
    const view = buildImportPreview({ profiles: empty, sessions: { added: [], unchanged: [], conflicts: [{ kept: session, copy, newest: 'copy' }] } }, new Map([['ana', 'Ana']]), null);
    expect(view.conflicts).toEqual([
      `Ana’s session of ${on('2026-02-01')} differs from the copy in the file: both are kept; the newer one is the copy from the file (saved ${on('2026-02-20')}).`,
    ]);
  });
});

describe('localDay', () => {
  it('should give the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
