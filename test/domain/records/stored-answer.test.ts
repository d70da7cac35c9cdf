// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from '@/domain/zod';
import { SessionSchema } from '@/domain/records/schema';
import { isAnswer, isStoredAnswer } from '@/domain/records/stored-answer';
import { AnswerSchema } from '@/domain/scoring/answer';

// The hand check must accept exactly what the strict zod schema it replaced accepts: anything else would either let
// a bad answer in or drop a good one from someone's stored session.
const StrictStoredAnswer = z.strictObject({ answer: AnswerSchema, at: z.int().check(z.nonnegative()) });

const nearlyNumber = fc.oneof(
  fc.integer({ min: -3, max: 7 }),
  fc.constantFrom(0.5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, 2 ** 60, Date.UTC(2026, 10, 1)),
  fc.double(),
  fc.constantFrom('2', null, undefined, true),
);
const nearlyAnswer = fc.oneof(
  fc.record({ kind: fc.constant('rating'), value: nearlyNumber }),
  fc.record({ kind: fc.constant('choice'), optionId: fc.oneof(fc.string({ maxLength: 70 }), nearlyNumber) }),
  fc.record({ kind: fc.constantFrom('notSure', 'notApplicable', 'rating', 'choice', 'other', 'toString') }),
  fc.record({ kind: fc.constantFrom('rating', 'notSure'), value: fc.integer({ min: 0, max: 4 }), extra: fc.anything() }, { requiredKeys: ['kind'] }),
  fc.anything(),
);
const nearlyStored = fc.oneof(
  fc.record({ answer: nearlyAnswer, at: nearlyNumber }),
  fc.record({ answer: nearlyAnswer, at: nearlyNumber, note: fc.anything() }, { requiredKeys: ['answer'] }),
  fc.anything(),
);

describe('isStoredAnswer', () => {
  it('should accept exactly what the strict schema accepts, for any value', () => {
    fc.assert(
      fc.property(nearlyStored, (value) => {
        expect(isStoredAnswer(value)).toBe(StrictStoredAnswer.safeParse(value).success);
      }),
      { numRuns: 5000 },
    );
  });

  it('should accept exactly the answers AnswerSchema accepts', () => {
    fc.assert(
      fc.property(nearlyAnswer, (value) => {
        expect(isAnswer(value)).toBe(AnswerSchema.safeParse(value).success);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['a rating', { answer: { kind: 'rating', value: 3 }, at: 1 }, true],
    ['a choice', { answer: { kind: 'choice', optionId: 'b' }, at: 0 }, true],
    ['not applicable', { answer: { kind: 'notApplicable' }, at: 5 }, true],
    ['a rating of 5', { answer: { kind: 'rating', value: 5 }, at: 1 }, false],
    ['a rating with a stray key', { answer: { kind: 'rating', value: 2, why: 'x' }, at: 1 }, false],
    ['no time', { answer: { kind: 'notSure' } }, false],
    ['a time before 1970', { answer: { kind: 'notSure' }, at: -1 }, false],
  ])('should judge %s', (_name, value, expected) => {
    expect(isStoredAnswer(value)).toBe(expected);
  });

  it('should name the one bad answer of a session, so reading it leaves out only that one', () => {
    const answers = { 'lean-1': { answer: { kind: 'rating', value: 9 }, at: 1 }, 'lean-2': { answer: { kind: 'rating', value: 2 }, at: 1 }, 'Bad Id': { answer: { kind: 'notSure' }, at: 1 } };
    const parsed = SessionSchema.shape.answers.safeParse(answers);
    expect(parsed.success).toBe(false);
    const paths = parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
    expect(paths.sort()).toEqual(['Bad Id', 'lean-1']);
  });
});
