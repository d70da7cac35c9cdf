import { z } from 'zod';
import type { Question } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import { storedAnswerOf } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';

type StoredAnswerMap = Session['answers'];

/** Radio values: "0".."4" for a rating, the option id for a scenario, "notSure" for either. */
export const NOT_SURE = 'notSure';

export function allowedValues(question: Question): [string, ...string[]] {
  return question.kind === 'selfRating' ? ['0', '1', '2', '3', '4', NOT_SURE] : [NOT_SURE, ...question.options.map((option) => option.id)];
}

/** One screen's answers: each question's value must be one it offers; unanswered is allowed (review lists it). */
export function screenSchema(questions: readonly Question[]) {
  return z.object(Object.fromEntries(questions.map((question) => [question.id, z.enum(allowedValues(question)).optional().nullable()])));
}

export function toAnswer(question: Question, value: string): Answer | null {
  if (!allowedValues(question).includes(value)) return null;
  if (value === NOT_SURE) return { kind: 'notSure' };
  return question.kind === 'selfRating' ? { kind: 'rating', value: Number(value) } : { kind: 'choice', optionId: value };
}

export function toValue(answer: Answer | undefined): string | undefined {
  if (!answer) return undefined;
  return answer.kind === 'notSure' ? NOT_SURE : answer.kind === 'rating' ? String(answer.value) : answer.optionId;
}

export function defaultValuesOf(questions: readonly Question[], answers: StoredAnswerMap): Record<string, string | undefined> {
  return Object.fromEntries(
    questions.map((question) => [
      question.id,
      toValue(storedAnswerOf(answers, question.id)?.answer),
    ]),
  );
}
