import { describe, expect, it } from 'vitest';
import { answersOf } from '@/domain/records/session';
import { scoreSession } from '@/domain/score-session';
import { buildActionRows, buildSessionRows, planSuggestions, prefillSource } from '@/features/mentees/person-view';
import { makeAction, makeProfile, makeSession, quickAnswers } from './mentees-fixtures';
import { on, pack, packs, readinessTwo, recordOf, TODAY } from './view-fixtures';

describe('buildSessionRows', () => {
  it('should show progress for a session in progress and readiness for a completed one', () => {
    const sessions = [
      makeSession(pack, { id: 'a2', profileId: 'ana', completedOn: null, startedOn: '2026-03-01', answers: { 'lean-self-1': { kind: 'rating', value: 2 } } }),
      makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(2, 3, 2), completedOn: '2026-02-03' }),
    ];
    const rows = buildSessionRows(sessions, packs, 'two', recordOf(sessions));
    expect(rows.map((item) => [item.dateText, item.statusText, item.completed])).toEqual([
      [on('2026-03-01'), 'In progress: 1 of 3 answered', false],
      [on('2026-02-03'), 'Completed', true],
    ]);
    expect(rows[1]?.readinessText).toBe(`${readinessTwo(quickAnswers(2, 3, 2))}%`);
    expect(rows[1]?.assessmentText).toBe('Mini pack, quick');
  });

  it('should mark a conflicting copy and say which copy is newer', () => {
    const original = makeSession(pack, { id: 'a1', profileId: 'ana', completedOn: '2026-02-03' });
    const copy = { ...makeSession(pack, { id: 'a1-copy', profileId: 'ana', completedOn: '2026-02-03', conflictOf: 'a1' }), updatedAt: '2026-02-20T10:00:00.000Z' };
    const rows = buildSessionRows([copy, original], packs, 'two', recordOf([copy, original]));
    expect(rows.find((item) => item.sessionId === 'a1-copy')?.conflictText).toBe(
      `Conflicting copy, kept from an import — the newer one is this copy (saved ${on('2026-02-20')}).`,
    );
    expect(rows.find((item) => item.sessionId === 'a1')?.conflictText).toBe(
      `Has a conflicting copy from an import — the newer one is the copy (saved ${on('2026-02-20')}).`,
    );
  });
});

describe('prefillSource', () => {
  it('should take the latest completed session of the pack, else the latest one', () => {
    const inProgress = makeSession(pack, { id: 'new', profileId: 'ana', completedOn: null, startedOn: '2026-03-01' });
    const done = makeSession(pack, { id: 'done', profileId: 'ana', completedOn: '2026-02-01' });
    expect(prefillSource([inProgress, done], 'mini')?.id).toBe('done');
    expect(prefillSource([inProgress], 'mini')?.id).toBe('new');
    expect(prefillSource([done], 'other')).toBeUndefined();
  });
});

describe('planSuggestions', () => {
  it('should offer the on-the-job actions of the latest completed session’s development plan', () => {
    const session = makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(0, 1, 2) });
    const suggestions = planSuggestions([session], packs);
    const plan = scoreSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers: answersOf(session), targetLevel: 'two' }).plan;
    expect(suggestions.map((item) => item.title)).toEqual(plan.items.flatMap((item) => item.actions.map((action) => action.text)));
    expect(suggestions[0]).toMatchObject({ competencyId: plan.items[0]?.competency, label: expect.stringMatching(/^(Lean|Safety|Leadership): /) });
  });
});

describe('buildActionRows', () => {
  it('should mark overdue actions and read due days as calendar days', () => {
    const profile = makeProfile('ana', {}, { actions: [makeAction('a', { due: '2026-03-01', competencyId: 'lean' }), makeAction('b')] });
    expect(buildActionRows(profile, packs, TODAY).map((row) => [row.overdue, row.dueText, row.competencyText])).toEqual([
      [true, on('2026-03-01'), 'Lean'],
      [false, 'No due date', null],
    ]);
  });
});
