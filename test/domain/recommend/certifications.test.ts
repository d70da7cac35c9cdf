import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/scoring/answer';
import { recommendCertifications } from '@/domain/recommend/certifications';
import { scoreCompetencies } from '@/domain/scoring/competency-scores';
import { assessLevel } from '@/domain/scoring/readiness';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const full = pack.assessments[1]!.questionIds;
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const levelFor = (answers: Answers, level: string) => assessLevel(pack, scoreCompetencies({ pack, questionIds: full, answers }), level);

describe('recommendCertifications', () => {
  it('should rank by Σ gap × importance weight × strength and pick greedily', () => {
    // level three, lean 1 (gap 2, w1), safety 1 (gap 2, w2), leadership 1 (gap 3, w2)
    const answers = { 'lean-self-1': rating(1), 'lean-self-2': rating(1), 'safety-self-1': rating(1), 'leadership-self-1': rating(1) };
    const advice = recommendCertifications(pack, levelFor(answers, 'three'));
    expect(advice.totalGap).toBe(2 + 4 + 6);
    // safety-cert: 2×2×1 + 3×2×0.25 = 5.5; mba: 3×2×0.5 + 2×1×0.25 = 3.5; lean-cert: 2×1×1 = 2
    expect(advice.ranked.map((item) => [item.certification, item.value])).toEqual([
      ['safety-cert', 5.5],
      ['mba', 3.5],
      ['lean-cert', 2],
    ]);
    expect(advice.chosen.map((pick) => pick.certification)).toEqual(['safety-cert', 'mba', 'lean-cert']);
    // after safety-cert: safety 0, leadership 4.5; mba closes 2.25 + 0.5; lean-cert closes the 1.5 left on lean
    expect(advice.chosen.map((pick) => pick.gain)).toEqual([5.5, 2.75, 1.5]);
    expect(advice.covered).toBeCloseTo(9.75, 12);
    expect(advice.coveredShare).toBeCloseTo(9.75 / 12, 12);
  });

  it('should only offer certifications suited to the level', () => {
    const answers = { 'leadership-self-1': rating(0), 'lean-self-1': rating(0), 'lean-self-2': rating(0), 'safety-self-1': rating(0) };
    const advice = recommendCertifications(pack, levelFor(answers, 'one'));
    expect(advice.ranked.map((item) => item.certification)).not.toContain('mba');
  });

  it('should recommend nothing when there is no gap', () => {
    const answers = { 'lean-self-1': rating(4), 'lean-self-2': rating(4), 'safety-self-1': rating(4), 'leadership-self-1': rating(4) };
    const advice = recommendCertifications(pack, levelFor(answers, 'three'));
    expect(advice).toMatchObject({ totalGap: 0, ranked: [], chosen: [], covered: 0, coveredShare: 0 });
  });

  it('should stop at the maximum set size', () => {
    const answers = { 'lean-self-1': rating(0), 'lean-self-2': rating(0), 'safety-self-1': rating(0), 'leadership-self-1': rating(0) };
    expect(recommendCertifications(pack, levelFor(answers, 'three'), 1).chosen).toHaveLength(1);
  });
});
