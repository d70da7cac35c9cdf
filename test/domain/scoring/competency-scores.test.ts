import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/scoring/answer';
import { countNotApplicable, scoreCompetencies } from '@/domain/scoring/competency-scores';
import { answersArbitrary } from '../../fixtures/answers-arbitrary';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const full = pack.assessments.find((assessment) => assessment.id === 'full')!.questionIds;
const quick = pack.assessments.find((assessment) => assessment.id === 'quick')!.questionIds;
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const notSure = { kind: 'notSure' } as const;
const notApplicable = { kind: 'notApplicable' } as const;
const choice = (optionId: string) => ({ kind: 'choice', optionId }) as const;

const scoreOf = (answers: Answers, competency: string, questionIds = full) =>
  scoreCompetencies({ pack, questionIds, answers }).find((score) => score.competency === competency)!;

describe('scoreCompetencies', () => {
  it.each<{ name: string; answers: Answers; value: number | null; answered: number; coverage: number }>([
    { name: 'weighted mean of two answers', answers: { 'lean-self-1': rating(2), 'lean-self-2': rating(4) }, value: 3.5, answered: 2, coverage: 1 },
    { name: 'one answer of two', answers: { 'lean-self-2': rating(1) }, value: 1, answered: 1, coverage: 0.5 },
    { name: '"Not sure" is left out, not zero', answers: { 'lean-self-1': notSure, 'lean-self-2': rating(4) }, value: 4, answered: 1, coverage: 0.5 },
    { name: 'no answers', answers: {}, value: null, answered: 0, coverage: 0 },
    { name: 'only "Not sure"', answers: { 'lean-self-1': notSure, 'lean-self-2': notSure }, value: null, answered: 0, coverage: 0 },
    { name: '"Not applicable" is left out like "Not sure"', answers: { 'lean-self-1': notApplicable, 'lean-self-2': rating(4) }, value: 4, answered: 1, coverage: 0.5 },
    { name: 'only "Not applicable"', answers: { 'lean-self-1': notApplicable, 'lean-self-2': notApplicable }, value: null, answered: 0, coverage: 0 },
  ])('should score lean as $value for $name', ({ answers, value, answered, coverage }) => {
    const score = scoreOf(answers, 'lean');
    expect(score.self.value).toBe(value);
    expect(score.self.answered).toBe(answered);
    expect(score.self.asked).toBe(2);
    expect(score.self.coverage).toBe(coverage);
  });

  it('should list which answers and weights make the score', () => {
    const score = scoreOf({ 'lean-self-1': rating(2), 'lean-self-2': rating(4) }, 'lean');
    expect(score.self.answers).toEqual([
      { questionId: 'lean-self-1', value: 2, weight: 1 },
      { questionId: 'lean-self-2', value: 4, weight: 3 },
    ]);
  });

  it.each<{ answered: Answers; low: boolean }>([
    { answered: {}, low: true },
    { answered: { 'lean-self-1': rating(3) }, low: false },
    { answered: { 'lean-self-1': rating(3), 'lean-self-2': rating(3) }, low: false },
  ])('should mark low confidence below one answer or half coverage ($answered)', ({ answered, low }) => {
    expect(scoreOf(answered, 'lean').self.lowConfidence).toBe(low);
  });

  it('should count only the questions the session asks', () => {
    const score = scoreOf({ 'lean-self-1': rating(1), 'lean-self-2': rating(4) }, 'lean', quick);
    expect(score.self).toMatchObject({ value: 1, asked: 1, answered: 1, coverage: 1 });
  });

  it.each([
    { self: 4, option: 'a', evidence: 0, difference: 4, flag: 'over' },
    { self: 0, option: 'b', evidence: 4, difference: -4, flag: 'under' },
    { self: 3, option: 'b', evidence: 4, difference: -1, flag: null },
  ])('should flag calibration $flag when self is $self and the scenario answer is $option', ({ self, option, evidence, difference, flag }) => {
    const score = scoreOf({ 'lean-self-1': rating(self), 'lean-self-2': rating(self), 'lean-scenario-1': choice(option) }, 'lean');
    expect(score.evidence.value).toBe(evidence);
    expect(score.calibration).toEqual({ difference, flag });
  });

  it('should leave calibration out without a scenario answer, and ignore an unknown option', () => {
    const score = scoreOf({ 'lean-self-1': rating(2), 'lean-scenario-1': choice('zz') }, 'lean');
    expect(score.evidence.value).toBeNull();
    expect(score.calibration).toBeNull();
  });

  it.each([
    { basis: 'self', self: 3, mentor: 1, used: 3, source: 'self' },
    { basis: 'mentor', self: 3, mentor: 1, used: 1, source: 'mentor' },
    { basis: 'lower', self: 3, mentor: 1, used: 1, source: 'mentor' },
    { basis: 'lower', self: 1, mentor: 3, used: 1, source: 'self' },
  ] as const)('should use $used ($source) with basis $basis, self $self and mentor $mentor', ({ basis, self, mentor, used, source }) => {
    const score = scoreCompetencies({ pack, questionIds: quick, answers: { 'leadership-self-1': rating(self) }, mentorRatings: { leadership: mentor }, basis }).find(
      (item) => item.competency === 'leadership',
    )!;
    expect(score.self.value).toBe(self);
    expect(score.mentor).toBe(mentor);
    expect(score.used).toEqual({ value: used, source, fallback: false });
  });

  it('should fall back to the self score when the mentor has not rated, and say so', () => {
    const score = scoreCompetencies({ pack, questionIds: quick, answers: { 'leadership-self-1': rating(2) }, basis: 'mentor' })[2]!;
    expect(score.used).toEqual({ value: 2, source: 'self', fallback: true });
  });

  it('should ignore answers to questions that are not in the pack', () => {
    const score = scoreOf({ 'ghost-question': rating(4) }, 'lean');
    expect(score.self.value).toBeNull();
  });

  it('should count "Not applicable" answers apart from "Not sure", for both kinds of question', () => {
    const scores = scoreCompetencies({
      pack,
      questionIds: full,
      answers: { 'lean-self-1': notApplicable, 'lean-self-2': notSure, 'lean-scenario-1': notApplicable, 'safety-self-1': rating(2) },
    });
    const lean = scores.find((score) => score.competency === 'lean')!;
    expect(lean.self.missing).toEqual(['lean-self-1', 'lean-self-2']);
    expect(lean.self.notApplicable).toEqual(['lean-self-1']);
    expect(lean.evidence).toMatchObject({ answered: 0, asked: 1, value: null, notApplicable: ['lean-scenario-1'] });
    expect(countNotApplicable(scores)).toEqual({ count: 2, questionIds: ['lean-self-1', 'lean-scenario-1'] });
  });

  it('should score any answers the same when each "Not sure" becomes "Not applicable", and count each one', () => {
    fc.assert(
      fc.property(answersArbitrary(pack, full), (given) => {
        const swapped: Answers = Object.fromEntries(
          Object.entries(given).map(([id, answer]) => [id, answer.kind === 'notSure' ? notApplicable : answer]),
        );
        const before = scoreCompetencies({ pack, questionIds: full, answers: given });
        const after = scoreCompetencies({ pack, questionIds: full, answers: swapped });
        const withoutCounts = (scores: typeof before) =>
          scores.map((score) => ({ ...score, self: { ...score.self, notApplicable: [] }, evidence: { ...score.evidence, notApplicable: [] } }));
        expect(withoutCounts(after)).toEqual(withoutCounts(before));
        const unsure = Object.entries(given).filter(([, answer]) => answer.kind === 'notSure').map(([id]) => id);
        expect([...countNotApplicable(after).questionIds].sort()).toEqual(unsure.sort());
      }),
      { numRuns: 100 },
    );
  });
});
