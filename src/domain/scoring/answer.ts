import * as z from '@/domain/zod';
import { wholeNumber } from '@/domain/zod';

/**
 * What a person gave for one question. "Not sure" and "Not applicable to my workplace" are answers, and both count
 * as unanswered — never as zero; "not applicable" is kept apart so it can be counted and reported.
 */
export const AnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rating'), value: wholeNumber(0, 4) }),
  z.strictObject({ kind: z.literal('choice'), optionId: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.strictObject({ kind: z.literal('notSure') }),
  z.strictObject({ kind: z.literal('notApplicable') }),
]);

export type Answer = z.infer<typeof AnswerSchema>;
export type Answers = Readonly<Record<string, Answer>>;

/** Which rating readiness stands on when a mentor has rated too; both stay visible. */
export const RatingBasisSchema = z.enum(['self', 'mentor', 'lower']);
export type RatingBasis = z.infer<typeof RatingBasisSchema>;
