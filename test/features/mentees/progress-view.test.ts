import { describe, expect, it } from 'vitest';
import { createSession } from '@/domain/records/session';
import { scoreSession } from '@/domain/score-session';
import { comparableView } from '@/features/mentees/mentees-view';
import { buildCompetencyTrend, buildReadinessTrend, sinceLastSession } from '@/features/mentees/progress-view';
import { makeProfile, makeSession, quickAnswers } from './mentees-fixtures';
import { on, pack, packs, readinessTwo, rowsFor } from './view-fixtures';

describe('buildReadinessTrend', () => {
  it('should list completed sessions oldest first with the domain’s readiness and sum them up in a sentence', () => {
    const first = quickAnswers(1, 1, 1);
    const second = quickAnswers(2, 3, 2);
    const sessions = [
      makeSession(pack, { id: 'a3', profileId: 'ana', completedOn: null, startedOn: '2026-04-01' }),
      makeSession(pack, { id: 'a2', profileId: 'ana', answers: second, completedOn: '2026-03-01' }),
      makeSession(pack, { id: 'a1', profileId: 'ana', answers: first, completedOn: '2026-01-01' }),
    ];
    const trend = buildReadinessTrend(sessions, packs, 'two');
    expect(trend.points.map((point) => [point.dateText, point.percent])).toEqual([
      [on('2026-01-01'), readinessTwo(first)],
      [on('2026-03-01'), readinessTwo(second)],
    ]);
    const delta = readinessTwo(second) - readinessTwo(first);
    expect(trend.summary).toBe(
      `Readiness for Level two rose ${delta} points, from ${readinessTwo(first)}% on ${on('2026-01-01')} to ${readinessTwo(second)}% on ${on('2026-03-01')}, over 2 scored sessions.`,
    );
  });

  it('should say so when there is no completed session', () => {
    expect(buildReadinessTrend([], packs, 'two')).toMatchObject({ points: [], summary: 'No completed session yet, so there is no readiness to follow.' });
  });
});

describe('buildCompetencyTrend', () => {
  it('should give each competency’s used score per session and the target level’s expectation', () => {
    const sessions = [
      makeSession(pack, { id: 'a2', profileId: 'ana', answers: quickAnswers(3, 3, 2), completedOn: '2026-03-01' }),
      makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 2, 2), mentorRatings: { safety: 4 }, completedOn: '2026-01-01' }),
    ];
    const trend = buildCompetencyTrend(sessions, packs, 'two');
    expect(trend.sessions.map((session) => session.sessionId)).toEqual(['a1', 'a2']);
    expect(trend.series.map((item) => [item.competencyId, item.values, item.target])).toEqual([
      ['lean', [1, 3], 2],
      ['safety', [2, 3], 3],
      ['leadership', [2, 2], 2],
    ]);
  });
});

describe('sinceLastSession', () => {
  it('should list what rose and what fell between the last two completed sessions, with values', () => {
    const before = quickAnswers(1, 3, 2);
    const after = quickAnswers(3, 2, 2);
    const sessions = [
      makeSession(pack, { id: 'a2', profileId: 'ana', answers: after, completedOn: '2026-03-01' }),
      makeSession(pack, { id: 'a1', profileId: 'ana', answers: before, completedOn: '2026-01-01' }),
    ];
    const view = sinceLastSession(sessions, packs);
    const scored = (answers: typeof before) => scoreSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers, targetLevel: 'two' });
    expect(scored(after).scores.find((score) => score.competency === 'lean')?.used.value).toBe(3);
    expect(view.rose.map((item) => item.text)).toEqual(['Lean: 1 → 3 (up 2)']);
    expect(view.fell.map((item) => item.text)).toEqual(['Safety: 3 → 2 (down 1)']);
    expect(view.text).toBe(`Between ${on('2026-01-01')} and ${on('2026-03-01')}: 1 competency score rose and 1 fell.`);
  });

  it('should need two completed sessions', () => {
    expect(sinceLastSession([makeSession(pack, { id: 'a1', profileId: 'ana' })], packs).state).toBe('none');
  });
});

describe('progress compares like with like', () => {
  const prefilled = (from: ReturnType<typeof makeSession>, id: string, day: string) => ({
    ...createSession({ id, profileId: from.profileId, pack, assessmentId: from.assessmentId, targetLevel: from.targetLevel, now: new Date(`${day}T09:00:00.000Z`), prefillFrom: from }),
    completedAt: `${day}T10:00:00.000Z`,
  });

  it('should show no change anywhere for a session started from the last one with nothing changed', () => {
    const first = makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 2, 2), mentorRatings: { lean: 3, safety: 1 }, completedOn: '2026-01-01' });
    const onMentor = { ...first, basis: 'mentor' as const };
    const second = prefilled(onMentor, 'a2', '2026-02-01');
    const sessions = [second, onMentor];
    const ana = makeProfile('ana', { currentLevel: 'one', targetLevel: 'two' });
    expect(sinceLastSession(sessions, packs)).toMatchObject({ rose: [], fell: [], state: 'compared' });
    expect(sinceLastSession(sessions, packs).text).toMatch(/^No score or mentor’s rating changed between/);
    const trend = buildReadinessTrend(sessions, packs, 'two');
    expect(trend.points[0]?.percent).toBe(trend.points[1]?.percent);
    expect(trend.points[0]?.mentorPercent).toBe(trend.points[1]?.mentorPercent);
    expect(trend.summary).toMatch(/did not change.*did not change/);
    const [row] = rowsFor([ana], sessions);
    expect(row?.trend).toMatchObject({ delta: 0, text: 'no change since previous' });
  });

  it('should never report a rise that only a change of basis or a mentor’s first rating caused', () => {
    // Same answers; the second session reads the mentor's higher ratings. The person's own readiness did not move.
    const first = makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(1, 1, 1), completedOn: '2026-01-01' });
    const second = { ...makeSession(pack, { id: 'a2', profileId: 'ana', answers: quickAnswers(1, 1, 1), mentorRatings: { lean: 4, safety: 4, leadership: 4 }, completedOn: '2026-02-01' }), basis: 'mentor' as const };
    const ana = makeProfile('ana', { currentLevel: 'one', targetLevel: 'two' });
    const [row] = rowsFor([ana], [first, second]);
    expect(row?.readiness).toBe(100);
    expect(row?.trend).toMatchObject({ delta: 0, text: 'no change since previous (self-ratings)' });
    const since = sinceLastSession([second, first], packs);
    expect(since.rose).toEqual([]);
    expect(since.fell).toEqual([]);
    const trend = buildReadinessTrend([second, first], packs, 'two');
    expect(trend.points.map((point) => point.percent)).toEqual([readinessTwo(quickAnswers(1, 1, 1)), readinessTwo(quickAnswers(1, 1, 1))]);
    expect(trend.points.map((point) => point.mentorPercent)).toEqual([null, 100]);
  });

  it('should compare the mentor’s ratings with the mentor’s, apart from the person’s own', () => {
    const first = makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(2, 2, 2), mentorRatings: { lean: 1 }, completedOn: '2026-01-01' });
    const second = makeSession(pack, { id: 'a2', profileId: 'ana', answers: quickAnswers(3, 2, 2), mentorRatings: { lean: 2 }, completedOn: '2026-02-01' });
    const since = sinceLastSession([second, first], packs);
    expect(since.rose.map((item) => item.text).sort()).toEqual(['Lean (mentor’s rating): 1 → 2 (up 1)', 'Lean (own score): 2 → 3 (up 1)']);
    const lean = buildCompetencyTrend([second, first], packs, 'two').series.find((item) => item.competencyId === 'lean');
    expect(lean).toMatchObject({ values: [2, 3], mentorValues: [1, 2], mentorTexts: ['1', '2'] });
  });

  it('should pick the view two sessions are compared on', () => {
    const base = makeSession(pack, { id: 'a1', profileId: 'ana' });
    expect(comparableView(base, base)).toBe('own');
    expect(comparableView({ ...base, basis: 'mentor', mentorRatings: { lean: 2 } }, { ...base, basis: 'mentor', mentorRatings: { lean: 3 } })).toBe('own');
    expect(comparableView({ ...base, basis: 'mentor', mentorRatings: { lean: 2 } }, base)).toBe('self');
    expect(comparableView({ ...base, basis: 'lower', mentorRatings: { lean: 2 } }, { ...base, basis: 'mentor', mentorRatings: { lean: 2 } })).toBe('self');
  });
});
