import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import type { Answer, Answers, RatingBasis } from '@/domain/scoring/answer';
import { scoreSession, type SessionResults } from '@/domain/score-session';
import { summarizeSession, type SessionSummary } from '@/domain/scoring/summary';
import { answersArbitrary, deepFreeze } from '../../fixtures/answers-arbitrary';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { loadRealPacks } from '../../fixtures/real-packs';

const packs: [string, Pack][] = [['mini pack', makeMiniPack()], ...loadRealPacks()];
const BASES: readonly RatingBasis[] = ['self', 'mentor', 'lower'];

/** The fields a summary shares with the full results, in the summary's shape. */
const verdictsOf = (full: SessionResults): SessionSummary => {
  const levels = full.ladder.levels.map(({ level, status, readiness, ready, state, blockingCount, coverage }) => ({
    level,
    status,
    readiness,
    ready,
    state,
    blockingCount,
    coverage,
  }));
  return {
    levels,
    highestReady: full.ladder.highestReady,
    next: full.ladder.next,
    target: levels.find((level) => level.level === full.targetLevel),
  };
};

describe.each(packs)('summarizeSession on the %s', (_name, pack) => {
  const levels = pack.levels.map((level) => level.id);
  const competencies = pack.competencies.map((competency) => competency.id);
  const selfRatingIds = pack.questions.filter((question) => question.kind === 'selfRating').map((question) => question.id);
  const runs = { numRuns: pack.questions.length > 20 ? 60 : 300 };

  describe.each(pack.assessments.map((assessment) => [assessment.id, assessment.questionIds] as const))('for the %s assessment', (_id, questionIds) => {
    const base = { pack, questionIds, targetLevel: levels[1] ?? levels[0]! };
    const expectSame = (input: Parameters<typeof summarizeSession>[0]) => {
      expect(summarizeSession(input)).toEqual(verdictsOf(scoreSession(input)));
    };

    it('should match the full results with no answers at all, whatever the basis', () => {
      for (const basis of BASES) expectSame({ ...base, answers: {}, mentorRatings: {}, basis });
      expectSame({ ...base, answers: {} });
    });

    it('should match the full results when every answer is "Not sure": nothing scored, nothing ready', () => {
      const unsure: Answers = Object.fromEntries(questionIds.map((id) => [id, { kind: 'notSure' }]));
      const summary = summarizeSession({ ...base, answers: unsure });
      expect(summary.levels.every((level) => level.readiness === null && !level.ready)).toBe(true);
      expect(summary.highestReady).toBeNull();
      expectSame({ ...base, answers: unsure });
    });

    it('should ignore answers to questions the assessment does not ask, unknown ids and prototype keys', () => {
      // JSON.parse makes "__proto__" an own key, as an imported file would.
      const answers = JSON.parse(
        JSON.stringify({
          ...Object.fromEntries(selfRatingIds.map((id) => [id, { kind: 'rating', value: 4 }])),
          'no-such-question': { kind: 'rating', value: 4 },
          constructor: { kind: 'rating', value: 4 },
        }).replace(/^\{/, '{"__proto__":{"kind":"rating","value":4},'),
      ) as Answers;
      expect(Object.keys(answers)).toContain('__proto__');
      expectSame({ ...base, answers });
      const ratings = JSON.parse(`{"__proto__":4,"constructor":4,"no-such-competency":4,"${competencies[0]}":0}`) as Record<string, number>;
      for (const basis of BASES) expectSame({ ...base, answers, mentorRatings: ratings, basis });
    });

    it('should not count a rating inherited through the prototype, nor need one', () => {
      const inherited = Object.fromEntries(selfRatingIds.map((id) => [id, { kind: 'rating', value: 4 } as Answer]));
      const answers = Object.create(inherited) as Record<string, Answer>;
      const bare = Object.create(null) as Record<string, Answer>;
      const mentorRatings = Object.create(Object.fromEntries(competencies.map((id) => [id, 4]))) as Record<string, number>;
      questionIds.slice(0, Math.ceil(questionIds.length / 2)).forEach((id, i) => {
        if (!selfRatingIds.includes(id)) return;
        answers[id] = { kind: 'rating', value: i % 5 };
        bare[id] = { kind: 'rating', value: i % 5 };
      });
      expectSame({ ...base, answers });
      expectSame({ ...base, answers: bare });
      expect(summarizeSession({ ...base, answers })).toEqual(summarizeSession({ ...base, answers: bare }));
      for (const basis of BASES) expectSame({ ...base, answers, mentorRatings, basis });
      // Own but not enumerable still counts, as hasOwn sees it.
      const hidden = Object.defineProperty({}, competencies[0]!, { value: 0, enumerable: false }) as Record<string, number>;
      for (const basis of BASES) expectSame({ ...base, answers: bare, mentorRatings: hidden, basis });
      const askedSelfRating = questionIds.filter((id) => selfRatingIds.includes(id));
      const hiddenAnswers = { ...bare };
      askedSelfRating.slice(0, 3).forEach((id) => Object.defineProperty(hiddenAnswers, id, { value: { kind: 'rating', value: 4 }, enumerable: false }));
      expectSame({ ...base, answers: hiddenAnswers });
    });

    it('should match the full results with any answers, mentor ratings (valid or not) and basis', () => {
      const rating = fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) },
        { weight: 1, arbitrary: fc.constantFrom(-1, 5, 2.5, Number.NaN, Infinity, -0) },
        { weight: 1, arbitrary: fc.constant('3' as unknown as number) },
      );
      const ratings = fc.dictionary(fc.oneof(fc.constantFrom(...competencies), fc.constantFrom('__proto__', 'no-such-competency')), rating);
      fc.assert(
        fc.property(answersArbitrary(pack, questionIds), ratings, fc.constantFrom(...BASES), fc.constantFrom(...levels), (answers, mentorRatings, basis, targetLevel) => {
          expectSame({ pack, questionIds, answers, mentorRatings, basis, targetLevel });
        }),
        runs,
      );
    });

    it('should not depend on the order the answers were stored in', () => {
      const shuffled = answersArbitrary(pack, questionIds).chain((given) =>
        fc.shuffledSubarray(Object.entries(given), { minLength: Object.keys(given).length }).map((entries) => [given, Object.fromEntries(entries)] as const),
      );
      fc.assert(
        fc.property(shuffled, fc.constantFrom(...levels), ([given, reordered], targetLevel) => {
          const summary = summarizeSession({ ...base, answers: reordered, targetLevel });
          expect(summary).toEqual(summarizeSession({ ...base, answers: given, targetLevel }));
          expect(summary).toEqual(verdictsOf(scoreSession({ ...base, answers: reordered, targetLevel })));
        }),
        runs,
      );
    });

    it('should add ratings in the same order as the full results: equal to the last bit even for fractional values', () => {
      // The schema allows whole ratings only; fractional ones show that the two paths sum in one order.
      const fractional = fc.constantFrom(0.1, 1 / 3, 2.7, 0.7, 3.9, 1e-9).map((value): Answer => ({ kind: 'rating', value }));
      const answers = fc.tuple(...selfRatingIds.map(() => fc.option(fractional, { nil: undefined }))).map((values) => {
        const given: Record<string, Answer> = {};
        values.forEach((value, i) => {
          if (value) given[selfRatingIds[i]!] = value;
        });
        return given;
      });
      fc.assert(
        fc.property(answers, fc.constantFrom(...levels), (given, targetLevel) => expectSame({ ...base, answers: given, targetLevel })),
        runs,
      );
    });

    it('should be pure: inputs never changed, and one call never leaks into the next', () => {
      fc.assert(
        fc.property(fc.array(answersArbitrary(pack, questionIds), { minLength: 2, maxLength: 4 }), fc.constantFrom(...BASES), (batch, basis) => {
          const inputs = batch.map((answers, i) => ({
            ...base,
            basis,
            ...deepFreeze({ answers, mentorRatings: i % 2 === 0 ? { [competencies[i % competencies.length]!]: i % 5 } : {} }),
          }));
          const first = inputs.map((input) => summarizeSession(input));
          const again = [...inputs].reverse().map((input) => summarizeSession(input)).reverse();
          expect(again).toEqual(first);
          inputs.forEach((input, i) => expect(first[i]).toEqual(verdictsOf(scoreSession(input))));
        }),
        { numRuns: pack.questions.length > 20 ? 20 : 100 },
      );
    });
  });

  it('should give no target, rather than throw, for a level the pack does not have', () => {
    const summary = summarizeSession({ pack, questionIds: pack.assessments[0]!.questionIds, answers: {}, targetLevel: 'no-such-level' });
    expect(summary.target).toBeUndefined();
    expect(summary.levels.map((level) => level.level)).toEqual(levels);
  });
});
