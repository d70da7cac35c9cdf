import { describe, expect, it } from 'vitest';
import type { Question } from '@/domain/pack/schema';
import { allowedValues, answerValueOf, NOT_APPLICABLE, NOT_SURE, toAnswer, toValue } from '@/features/questionnaire/answer-value';

const provenance = { kind: 'authored', rationale: 'A test question written for this test.' } as const;
const rating: Question = { id: 'lean-self-1', kind: 'selfRating', competency: 'lean', prompt: 'How do you run lean?', anchors: ['a0 anchor text', 'a1 anchor text', 'a2 anchor text', 'a3 anchor text', 'a4 anchor text'], provenance };
const scenario: Question = {
  id: 'lean-scenario-1',
  kind: 'scenario',
  competency: 'lean',
  prompt: 'A line stops: what first?',
  options: [
    { id: 'a', text: 'Ask why', best: true },
    { id: 'b', text: 'Restart', best: false },
    { id: 'c', text: 'Escalate', best: false },
  ],
  explanation: 'Asking why finds the cause first.',
  provenance,
  allowNotApplicable: true,
};

describe('allowedValues', () => {
  it('should offer 0–4 and "Not sure" for a rating, the options and "Not sure" for a scenario, and "Not applicable" only where allowed', () => {
    expect(allowedValues(rating)).toEqual(['0', '1', '2', '3', '4', NOT_SURE]);
    expect(allowedValues(scenario)).toEqual([NOT_SURE, 'a', 'b', 'c', NOT_APPLICABLE]);
  });
});

describe('toAnswer and toValue', () => {
  it.each([
    [rating, '3', { kind: 'rating', value: 3 }],
    [rating, NOT_SURE, { kind: 'notSure' }],
    [scenario, 'b', { kind: 'choice', optionId: 'b' }],
    [scenario, NOT_APPLICABLE, { kind: 'notApplicable' }],
  ] as const)('should turn %#: a radio value into its answer and back', (question, value, answer) => {
    expect(toAnswer(question, value)).toEqual(answer);
    expect(toValue(answer)).toBe(value);
  });

  it('should refuse a value the question does not offer', () => {
    expect(toAnswer(rating, '5')).toBeNull();
    expect(toAnswer(rating, NOT_APPLICABLE)).toBeNull();
    expect(toAnswer(scenario, 'z')).toBeNull();
    expect(toValue(undefined)).toBeUndefined();
  });
});

describe('answerValueOf', () => {
  it('should give the radio value of a question’s stored answer, own keys only, and nothing where there is none', () => {
    const answers = { 'lean-self-1': { answer: { kind: 'rating', value: 4 } as const, at: 1 } };
    expect(answerValueOf(answers, 'lean-self-1')).toBe('4');
    expect(answerValueOf(answers, 'lean-scenario-1')).toBeUndefined();
    expect(answerValueOf(answers, 'constructor')).toBeUndefined();
    expect(answerValueOf(undefined, 'lean-self-1')).toBeUndefined();
  });
});
