import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import type { Answers } from '@/domain/scoring/answer';
import { scoreSession } from '@/domain/score-session';
import { summarizeSession } from '@/domain/scoring/summary';
import { answersArbitrary, deepFreeze } from '../../fixtures/answers-arbitrary';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { loadRealPacks } from '../../fixtures/real-packs';

const packs: [string, Pack][] = [['mini pack', makeMiniPack()], ...loadRealPacks()];

describe.each(packs)('scoreSession on the %s', (_name, pack) => {
  const full = pack.assessments.reduce((a, b) => (b.questionIds.length > a.questionIds.length ? b : a));
  const questionIds = full.questionIds;
  const levels = pack.levels.map((level) => level.id);
  const input = (answers: Answers, targetLevel = levels[1] ?? levels[0]!) => ({ pack, questionIds, answers, targetLevel });
  const answers = answersArbitrary(pack, questionIds);
  const selfRatingIds = questionIds.filter((id) => pack.questions.find((question) => question.id === id)?.kind === 'selfRating');
  const runs = { numRuns: pack.questions.length > 20 ? 60 : 300 };

  it('should be pure and deterministic: same input, same output, input never mutated', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...levels), (given, level) => {
        const before = structuredClone(given);
        const first = scoreSession(input(deepFreeze(given), level));
        const second = scoreSession(input(given, level));
        expect(second).toEqual(first);
        expect(given).toEqual(before);
      }),
      runs,
    );
  });

  it('should never lower a score or readiness, nor raise a gap, when one answer is raised', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...selfRatingIds), fc.integer({ min: 0, max: 3 }), (given, questionId, from) => {
        const lower = { ...given, [questionId]: { kind: 'rating', value: from } as const };
        const higher = { ...given, [questionId]: { kind: 'rating', value: from + 1 } as const };
        const a = scoreSession(input(lower));
        const b = scoreSession(input(higher));
        a.scores.forEach((score, i) => {
          if (score.used.value !== null) expect(b.scores[i]!.used.value!).toBeGreaterThanOrEqual(score.used.value);
        });
        a.ladder.levels.forEach((level, i) => {
          const other = b.ladder.levels[i]!;
          if (level.readiness !== null) expect(other.readiness!).toBeGreaterThanOrEqual(level.readiness - 1e-12);
          level.gaps.forEach((gap, j) => {
            if (gap.gap !== null) expect(other.gaps[j]!.gap!).toBeLessThanOrEqual(gap.gap + 1e-12);
          });
          if (level.ready) expect(other.ready).toBe(true);
        });
      }),
      runs,
    );
  });

  it('should keep scores in [0, 4] and readiness in [0, 1]', () => {
    fc.assert(
      fc.property(answers, (given) => {
        const result = scoreSession(input(given));
        for (const score of result.scores) {
          for (const value of [score.self.value, score.evidence.value, score.used.value]) {
            if (value !== null) expect(value >= 0 && value <= 4).toBe(true);
          }
        }
        for (const level of result.ladder.levels) {
          if (level.readiness !== null) expect(level.readiness >= 0 && level.readiness <= 1).toBe(true);
        }
      }),
      runs,
    );
  });

  it('should give 100% and ready for every level with every answer at the top, 0% and none at the bottom', () => {
    const all = (value: number): Answers => Object.fromEntries(selfRatingIds.map((id) => [id, { kind: 'rating', value }]));
    const top = scoreSession(input(all(4)));
    expect(top.ladder.levels.map((level) => [level.readiness, level.ready])).toEqual(levels.map(() => [1, true]));
    expect(top.ladder.highestReady).toBe(levels.at(-1));
    const bottom = scoreSession(input(all(0)));
    for (const level of bottom.ladder.levels) {
      // A level that expects nothing at all is trivially met; every real level expects something.
      expect(level.readiness).toBe(level.possible === 0 ? 1 : 0);
      expect(level.ready).toBe(level.possible === 0);
    }
  });

  it('should claim nothing when every answer is "Not sure": no scores, no readiness, not 0%', () => {
    const unsure: Answers = Object.fromEntries(questionIds.map((id) => [id, { kind: 'notSure' }]));
    const result = scoreSession(input(unsure));
    expect(result.notEnoughAnswers).toBe(true);
    expect(result.scores.every((score) => score.self.value === null && score.evidence.value === null)).toBe(true);
    expect(result.ladder.levels.every((level) => level.readiness === null && !level.ready)).toBe(true);
    expect(result.certifications.chosen).toEqual([]);
  });

  it('should only recommend certifications that address a positive gap, covering no more than the total gap', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...levels), (given, level) => {
        const result = scoreSession(input(given, level));
        const positive = new Set(result.target.gaps.filter((gap) => (gap.gap ?? 0) > 0).map((gap) => gap.competency));
        for (const pick of result.certifications.chosen) {
          expect(pick.gain).toBeGreaterThan(0);
          expect(pick.closes.some((closed) => positive.has(closed.competency))).toBe(true);
        }
        expect(result.certifications.covered).toBeLessThanOrEqual(result.certifications.totalGap + 1e-9);
      }),
      runs,
    );
  });

  it('should give a summary with exactly the verdicts of the full results, whatever the basis', () => {
    const mentorRatings = fc.dictionary(fc.constantFrom(...pack.competencies.map((c) => c.id)), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(answers, mentorRatings, fc.constantFrom('self', 'mentor', 'lower') , fc.constantFrom(...levels), (given, ratings, basis, level) => {
        const full = scoreSession({ ...input(given, level), mentorRatings: ratings, basis });
        const summary = summarizeSession({ ...input(given, level), mentorRatings: ratings, basis });
        expect(summary.levels).toEqual(
          full.ladder.levels.map(({ level: id, status, readiness, ready, state, blockingCount, coverage }) => ({ level: id, status, readiness, ready, state, blockingCount, coverage })),
        );
        expect([summary.highestReady, summary.next]).toEqual([full.ladder.highestReady, full.ladder.next]);
        expect(summary.target?.readiness).toBe(full.target.readiness);
      }),
      runs,
    );
  });

  it('should give the same results when questions and answers are listed in another order', () => {
    fc.assert(
      fc.property(answers, fc.integer(), (given, seed) => {
        const shuffle = <T,>(list: readonly T[]) => {
          const copy = [...list];
          let state = seed;
          for (let i = copy.length - 1; i > 0; i -= 1) {
            state = (state * 1103515245 + 12345) & 0x7fffffff;
            const j = state % (i + 1);
            [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          }
          return copy;
        };
        const reordered: Pack = { ...pack, questions: shuffle(pack.questions) };
        const reorderedAnswers = Object.fromEntries(shuffle(Object.entries(given)));
        const a = scoreSession(input(given));
        const b = scoreSession({ pack: reordered, questionIds: shuffle(questionIds), answers: reorderedAnswers, targetLevel: input(given).targetLevel });
        expect(b).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });
});
