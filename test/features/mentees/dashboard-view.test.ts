import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import { storedFormOf } from '@/domain/records/packed-answers';
import { restoreSessionParts } from '@/domain/records/restore';
import type { Session } from '@/domain/records/schema';
import { createSession } from '@/domain/records/session';
import { summarizeSession } from '@/domain/scoring/summary';
import { buildDashboardRows, sortRows, type DashboardRow } from '@/features/mentees/dashboard-view';
import { groupSessions, summaryOf } from '@/features/mentees/mentees-view';
import { readinessFigure as readinessDetail } from '@/components/ready-state';
import { makeAction, makeProfile, makeSession, quickAnswers } from './mentees-fixtures';
import { answersArbitrary } from '../../fixtures/answers-arbitrary';
import { loadRealPacks } from '../../fixtures/real-packs';
import { pack, readinessTwo, recordOf, rowsFor, TODAY } from './view-fixtures';

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

  it('should build one row per mentee for 200 mentees × 12 sessions, each counting its 12 sessions', () => {
    const profiles = Array.from({ length: 200 }, (_, i) => makeProfile(`p${i}`));
    const sessions = profiles.flatMap((profile, i) =>
      Array.from({ length: 12 }, (_, k) =>
        makeSession(pack, { id: `${profile.id}-s${k}`, profileId: profile.id, answers: quickAnswers(k % 5, (i + k) % 5, 2), completedOn: `2025-${String(k + 1).padStart(2, '0')}-15` }),
      ),
    );
    // How fast is the bench's to say (npm run bench, the Mentees rows), never a test's.
    const rows = rowsFor(profiles, sessions);
    const sorted = sortRows(rows, 'readiness', 'descending');
    expect(sorted).toHaveLength(200);
    expect(new Set(rows.map((row) => row.sessions))).toEqual(new Set([12]));
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

describe('buildDashboardRows on sessions read from storage', () => {
  const [[, realPack]] = loadRealPacks().filter(([file]) => file === 'industrial-production-manager.json') as [[string, Pack]];
  const full = realPack.assessments.find((assessment) => assessment.id === 'full')!;
  const realPacks = new Map([[realPack.meta.id, realPack]]);
  const level = realPack.levels[1]!.id;
  /** A mentee's sessions: each with any answers to the full assessment, a basis and maybe a mentor's ratings. */
  const menteeArbitrary = fc.array(
    fc.record({
      answers: answersArbitrary(realPack, full.questionIds),
      basis: fc.constantFrom('self', 'mentor', 'lower') as fc.Arbitrary<Session['basis']>,
      mentorRatings: fc.dictionary(fc.constantFrom(...realPack.competencies.slice(0, 6).map((competency) => competency.id)), fc.integer({ min: 0, max: 4 }), { maxKeys: 3 }),
      completed: fc.boolean(),
    }),
    { minLength: 1, maxLength: 3 },
  );

  it('should give the same rows whether the answers were built at start or when first read', () => {
    fc.assert(
      fc.property(fc.array(menteeArbitrary, { minLength: 1, maxLength: 3 }), (mentees) => {
        const profiles = mentees.map((_, p) => makeProfile(`p${p}`, { currentLevel: realPack.levels[0]!.id, targetLevel: level }));
        const sessions = mentees.flatMap((list, p) =>
          list.map(({ answers, basis, mentorRatings, completed }, s) => {
            const day = `2026-0${s + 1}-10`;
            const session = createSession({ id: `p${p}-s${s}`, profileId: `p${p}`, pack: realPack, assessmentId: full.id, targetLevel: level, now: new Date(`${day}T09:00:00.000Z`) });
            const at = Date.parse(`${day}T09:30:00.000Z`);
            const stored = Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, { answer, at }]));
            return { ...session, basis, mentorRatings, answers: stored, completedAt: completed ? `${day}T10:00:00.000Z` : null };
          }),
        );
        // As hydrate reads them: stored packed, checked whole, each session's answers built when first read.
        const restored = sessions.map((session) => {
          const parts = restoreSessionParts(structuredClone(storedFormOf(session)));
          if (!parts.ok || parts.value.dropped.length > 0) throw new Error('did not restore whole');
          return parts.value.value;
        });
        const rowsOf = (list: Session[]) =>
          buildDashboardRows({ profiles: recordOf(profiles), sessionsByProfile: groupSessions(recordOf(list)), packs: realPacks, today: TODAY, showArchived: true });
        const unbuilt = (list: Session[]) => list.every((session) => Object.getOwnPropertyDescriptor(session, 'answers')?.get);
        expect(unbuilt(restored)).toBe(true);
        const rows = rowsOf(restored);
        // Scored from the packed answers: the sessions' own answers are still not built.
        expect(unbuilt(restored)).toBe(true);
        expect(rows).toEqual(rowsOf(sessions));
      }),
      { numRuns: 40 },
    );
  });
});
