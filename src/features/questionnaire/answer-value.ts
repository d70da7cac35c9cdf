import type { Question } from '@/domain/pack/schema';
import type { Session } from '@/domain/records/schema';
import { storedAnswerOf } from '@/domain/records/session';
import type { Answer } from '@/domain/scoring/answer';

type StoredAnswerMap = Session['answers'];

/** Radio values: "0".."4" for a rating, the option id for a scenario, "notSure" for either, "notApplicable" where offered. */
export const NOT_SURE = 'notSure';
export const NOT_APPLICABLE = 'notApplicable';
export const NOT_APPLICABLE_LABEL = 'Not applicable to my workplace';

export function allowedValues(question: Question): [string, ...string[]] {
  const values: [string, ...string[]] =
    question.kind === 'selfRating' ? ['0', '1', '2', '3', '4', NOT_SURE] : [NOT_SURE, ...question.options.map((option) => option.id)];
  if (question.allowNotApplicable) values.push(NOT_APPLICABLE);
  return values;
}

export function toAnswer(question: Question, value: string): Answer | null {
  if (!allowedValues(question).includes(value)) return null;
  if (value === NOT_SURE) return { kind: 'notSure' };
  if (value === NOT_APPLICABLE) return { kind: 'notApplicable' };
  return question.kind === 'selfRating' ? { kind: 'rating', value: Number(value) } : { kind: 'choice', optionId: value };
}

export function toValue(answer: Answer | undefined): string | undefined {
  if (!answer) return undefined;
  if (answer.kind === 'notSure') return NOT_SURE;
  if (answer.kind === 'notApplicable') return NOT_APPLICABLE;
  return answer.kind === 'rating' ? String(answer.value) : answer.optionId;
}

/** The radio value of a question's stored answer (own keys only); undefined when it has none. */
export function answerValueOf(answers: StoredAnswerMap | undefined, questionId: string): string | undefined {
  return answers ? toValue(storedAnswerOf(answers, questionId)?.answer) : undefined;
}
