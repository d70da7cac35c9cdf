import { describe, expect, it } from 'vitest';
import { answersOf, createSession } from '@/domain/records/session';
import { scoreSession } from '@/domain/score-session';
import { summarizeSession } from '@/domain/scoring/summary';
import {
  buildActionRows,
  buildCompetencyTrend,
  buildDashboardRows,
  buildImportPreview,
  buildReadinessTrend,
  buildSessionRows,
  comparableView,
  groupSessions,
  localDay,
  planSuggestions,
  prefillSource,
  readinessDetail,
  sinceLastSession,
  sortRows,
  summaryOf,
  trendOf,
  type DashboardRow,
} from '@/features/mentees/mentees-view';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeAction, makeProfile, makeSession, quickAnswers } from './mentees-fixtures';
import { formatDate } from '@/lib/format';

/** A calendar day as the app writes dates: the reader's locale, so the tests read the same anywhere. */
const on = (day: string) => formatDate(`${day}T12:00:00.000Z`, { timeZone: 'UTC' });

const pack = makeMiniPack();
const packs = new Map([[pack.meta.id, pack]]);
const TODAY = '2026-03-10';

const recordOf = <T extends { id: string }>(items: readonly T[]) => Object.fromEntries(items.map((item) => [item.id, item]));

/** Readiness for level two as the domain computes it, in whole percent. */
const readinessTwo = (answers: ReturnType<typeof quickAnswers>) => {
  const summary = summarizeSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers, targetLevel: 'two' });
  return Math.round((summary.target?.readiness ?? 0) * 100);
};

function rowsFor(profiles: ReturnType<typeof makeProfile>[], sessions: ReturnType<typeof makeSession>[], showArchived = false) {
  return buildDashboardRows({ profiles: recordOf(profiles), sessionsByProfile: groupSessions(recordOf(sessions)), packs, today: TODAY, showArchived });
}

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

describe('buildDashboardRows', () => {
  it('should list mentees but never "Me", with readiness, ladder ends and trend from the domain', () => {
    const ana = makeProfile('ana', { currentLevel: 'one', targetLevel: 'two' });
    const me = makeProfile('me', { name: 'Me' });
    const earlier = quickAnswers(1, 1, 1);
    const later = quickAnswers(2, 3, 2);
    const rows = rowsFor(
      [ana, me],
      [
        makeSession(pack, { id: 'a1', profileId: 'ana', answers: earlier, completedOn: '2026-01-10' }),
        makeSession(pack, { id: 'a2', profileId: 'ana', answers: later, completedOn: '2026-02-10' }),
        makeSession(pack, { id: 'm1', profileId: 'me', answers: later }),
      ],
    );
    expect(rows.map((row) => row.name)).toEqual(['Ana']);
    const [row] = rows;
    const summary = summarizeSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers: later, targetLevel: 'two' });
    expect(row).toMatchObject({
      roleText: 'Level one',
      targetText: 'Level two',
      readiness: readinessTwo(later),
      readinessText: `${readinessTwo(later)}%`,
      highestReadyText: summary.highestReady ? `Level ${summary.highestReady}` : 'None yet',
      // The rung directly above her current role (Level one), never the ladder's first unready level.
      nextText: 'Level two',
      sessions: 2,
      overdue: 0,
      overdueText: 'None',
    });
    expect(row?.trend.delta).toBe(readinessTwo(later) - readinessTwo(earlier));
    expect(row?.trend.symbol).toBe('▲');
  });

  it('should read readiness for the person’s own target, whatever target the session was started with', () => {
    const ana = makeProfile('ana', { targetLevel: 'one' });
    const answers = quickAnswers(2, 3, 2);
    const [row] = rowsFor([ana], [makeSession(pack, { id: 'a1', profileId: 'ana', answers, targetLevel: 'three' })]);
    const summary = summarizeSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers, targetLevel: 'one' });
    expect(row?.readiness).toBe(Math.round((summary.target?.readiness ?? 0) * 100));
    expect(row?.targetText).toBe('Level one');
  });

  it('should count only actions past due and not done as overdue', () => {
    const ana = makeProfile('ana', {}, {
      actions: [
        makeAction('late', { due: '2026-03-09' }),
        makeAction('late-in-progress', { due: '2026-01-01', status: 'in-progress' }),
        makeAction('late-but-done', { due: '2026-03-01', status: 'done' }),
        makeAction('due-today', { due: TODAY }),
        makeAction('no-date'),
      ],
    });
    expect(rowsFor([ana], [])[0]).toMatchObject({ overdue: 2, overdueText: '2 overdue', readinessText: 'No completed session', sessions: 0 });
  });

  it('should leave archived mentees out unless asked for', () => {
    const profiles = [makeProfile('ana'), makeProfile('ben', {}, { archivedAt: '2026-02-01T09:00:00.000Z' })];
    expect(rowsFor(profiles, []).map((row) => row.name)).toEqual(['Ana']);
    expect(rowsFor(profiles, [], true).map((row) => [row.name, row.archived])).toEqual([
      ['Ana', false],
      ['Ben', true],
    ]);
  });

  it('should say "Not enough answers" rather than 0% when the latest session has too few answers', () => {
    const [row] = rowsFor([makeProfile('ana')], [makeSession(pack, { id: 'a1', profileId: 'ana', answers: { 'leadership-self-1': { kind: 'rating', value: 3 } } })]);
    expect(row).toMatchObject({ readiness: null, readinessText: 'Not enough answers' });
  });

  it('should build 200 mentees × 12 sessions quickly', () => {
    const profiles = Array.from({ length: 200 }, (_, i) => makeProfile(`p${i}`));
    const sessions = profiles.flatMap((profile, i) =>
      Array.from({ length: 12 }, (_, k) =>
        makeSession(pack, { id: `${profile.id}-s${k}`, profileId: profile.id, answers: quickAnswers(k % 5, (i + k) % 5, 2), completedOn: `2025-${String(k + 1).padStart(2, '0')}-15` }),
      ),
    );
    const started = performance.now();
    const rows = rowsFor(profiles, sessions);
    const sorted = sortRows(rows, 'readiness', 'descending');
    expect(sorted).toHaveLength(200);
    expect(rows[0]?.sessions).toBe(12);
    // Generous: the build summarises 400 sessions; it takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('sortRows', () => {
  const row = (name: string, readiness: number | null, overdue = 0): DashboardRow =>
    ({ ...rowsFor([makeProfile(name.toLowerCase())], [])[0]!, name, readiness, overdue }) as DashboardRow;
  const rows = [row('Cleo', 40), row('ana', null, 2), row('Ben', 80, 1)];

  it('should sort names without regard to case', () => {
    expect(sortRows(rows, 'name', 'ascending').map((item) => item.name)).toEqual(['ana', 'Ben', 'Cleo']);
    expect(sortRows(rows, 'name', 'descending').map((item) => item.name)).toEqual(['Cleo', 'Ben', 'ana']);
  });

  it('should put rows without a value last in either direction', () => {
    expect(sortRows(rows, 'readiness', 'descending').map((item) => item.name)).toEqual(['Ben', 'Cleo', 'ana']);
    expect(sortRows(rows, 'readiness', 'ascending').map((item) => item.name)).toEqual(['Cleo', 'Ben', 'ana']);
  });

  it('should sort numbers as numbers', () => {
    expect(sortRows(rows, 'overdue', 'descending').map((item) => item.overdue)).toEqual([2, 1, 0]);
  });
});

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

describe('next level and the ready rule on the dashboard', () => {
  it.each([
    [null, 'Level one'],
    ['one', 'Level two'],
    ['two', 'Level three'],
    ['three', 'None: top of the ladder'],
  ] as const)('should give the rung above a current role of %s, whatever the answers', (currentLevel, next) => {
    const ana = makeProfile('ana', { currentLevel, targetLevel: 'two' });
    const [row] = rowsFor([ana], [makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(0, 0, 0) })]);
    expect(row?.nextText).toBe(next);
    expect(row?.roleText).toBe(currentLevel === null ? 'Not yet a manager' : `Level ${currentLevel}`);
  });

  it('should give the next level even before any session', () => {
    const [row] = rowsFor([makeProfile('ana', { currentLevel: 'one' })], []);
    expect(row).toMatchObject({ nextText: 'Level two', nextState: null, readinessState: null, readinessText: 'No completed session' });
  });

  it.each([
    [{ readiness: 0.86, state: 'not-ready', blockingCount: 3 }, '86% · 3 core gaps'],
    [{ readiness: 0.9, state: 'nearly', blockingCount: 1 }, '90% · 1 core gap'],
    [{ readiness: 0.9, state: 'ready', blockingCount: 0 }, '90%'],
    [{ readiness: 0.6, state: 'not-ready', blockingCount: 0 }, '60%'],
    [{ readiness: null, state: 'unknown', blockingCount: 0 }, 'Not enough answers'],
  ] as const)('should word %o as "%s"', (level, text) => {
    expect(readinessDetail(level)).toBe(text);
  });

  it('should carry the one ready rule’s state for the target and for the next rung', () => {
    const ana = makeProfile('ana', { currentLevel: 'one', targetLevel: 'two' });
    const session = makeSession(pack, { id: 'a1', profileId: 'ana', answers: quickAnswers(2, 3, 2) });
    const [row] = rowsFor([ana], [session]);
    const summary = summaryOf(pack, session)!;
    const two = summary.levels.find((level) => level.level === 'two')!;
    expect(row).toMatchObject({ readinessState: two.state, nextState: two.state, readinessText: readinessDetail(two), nextDetail: readinessDetail(two) });
  });
});
