import { describe, expect, it } from 'vitest';
import type { Pack, Recognition } from '@/domain/pack/schema';
import type { Answers } from '@/domain/scoring/answer';
import { RECOGNITION_FACTOR, recommendCertifications } from '@/domain/recommend/certifications';
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

  describe('between credentials that close as much', () => {
    // level three: lean gap 2 (supporting, weight 1), safety gap 2 (core, weight 2), leadership gap 3 (core, weight 2)
    const answers = { 'lean-self-1': rating(1), 'lean-self-2': rating(1), 'safety-self-1': rating(1), 'leadership-self-1': rating(1) };
    const adviceAmong = (certifications: { id: string; competency: string; strength: number; hours: number }[]) => {
      const variant = makeMiniPack();
      const model = variant.certifications.find((certification) => certification.id === 'safety-cert')!;
      variant.certifications = certifications.map(({ id, competency, strength, hours }) => ({
        ...model,
        id,
        builds: [{ competency, strength }],
        effort: { ...model.effort, hours: { min: hours, max: hours } },
        suitsLevels: ['three'],
      }));
      return recommendCertifications(variant, assessLevel(variant, scoreCompetencies({ pack: variant, questionIds: full, answers }), 'three'));
    };

    it('should put the one that closes core gaps first, whatever its name', () => {
      // a-lean: lean 2 × 1 × 1 = 2; z-safety: safety 2 × 2 × 0.5 = 2, all of it core
      const advice = adviceAmong([
        { id: 'a-lean', competency: 'lean', strength: 1, hours: 30 },
        { id: 'z-safety', competency: 'safety', strength: 0.5, hours: 30 },
      ]);
      expect(advice.ranked.map((item) => [item.certification, item.value])).toEqual([
        ['z-safety', 2],
        ['a-lean', 2],
      ]);
      expect(advice.chosen.map((pick) => [pick.certification, pick.gain])).toEqual([
        ['z-safety', 2],
        ['a-lean', 2],
      ]);
    });

    it('should then put the shorter one first', () => {
      const advice = adviceAmong([
        { id: 'a-long', competency: 'safety', strength: 0.5, hours: 200 },
        { id: 'z-short', competency: 'leadership', strength: 1 / 3, hours: 30 },
      ]);
      expect(advice.ranked.map((item) => item.certification)).toEqual(['z-short', 'a-long']);
      expect(advice.chosen[0]!.certification).toBe('z-short');
    });
  });

  describe('a credential that includes another', () => {
    const answers = { 'lean-self-1': rating(1), 'lean-self-2': rating(1), 'safety-self-1': rating(1), 'leadership-self-1': rating(1) };
    const adviceWith = (includer: string, included: string) => {
      const variant = makeMiniPack();
      variant.certifications = variant.certifications.map((certification) => (certification.id === includer ? { ...certification, includes: [included] } : certification));
      return recommendCertifications(variant, assessLevel(variant, scoreCompetencies({ pack: variant, questionIds: full, answers }), 'three'));
    };

    it('should never pick the included credential once the one that includes it is picked, though it still ranks', () => {
      const advice = adviceWith('safety-cert', 'mba');
      expect(advice.ranked.map((item) => item.certification)).toContain('mba');
      expect(advice.chosen.map((pick) => pick.certification)).toEqual(['safety-cert', 'lean-cert']);
      expect(advice.covered).toBeCloseTo(4 + 1.5 + 2, 12);
    });

    it('should still pick the broader credential after the narrower one it includes', () => {
      // mba includes safety-cert, but safety-cert ranks first: mba is picked after it all the same.
      expect(adviceWith('mba', 'safety-cert').chosen.map((pick) => pick.certification)).toEqual(['safety-cert', 'mba', 'lean-cert']);
    });
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
    expect(recommendCertifications(pack, levelFor(answers, 'three'), { maxCount: 1 }).chosen).toHaveLength(1);
  });

  describe('recognition', () => {
    const answers = { 'lean-self-1': rating(1), 'lean-self-2': rating(1), 'safety-self-1': rating(1), 'leadership-self-1': rating(1) };
    const withRecognition = (id: string, recognition: Recognition) => {
      const copy = makeMiniPack();
      copy.certifications = copy.certifications.map((certification) => (certification.id === id ? { ...certification, recognition } : certification));
      return copy;
    };
    const adviceFor = (variant: Pack) =>
      recommendCertifications(variant, assessLevel(variant, scoreCompetencies({ pack: variant, questionIds: full, answers }), 'three'));

    it('should give a vendor course half the strength of an accredited credential', () => {
      expect(RECOGNITION_FACTOR).toEqual({ accredited: 1, 'professional-body': 1, 'vendor-course': 0.5 });
      const advice = adviceFor(withRecognition('safety-cert', 'vendor-course'));
      const safety = advice.ranked.find((item) => item.certification === 'safety-cert')!;
      // 2×2×1×0.5 + 3×2×0.25×0.5 = 2.75, half of 5.5
      expect(safety).toMatchObject({ recognition: 'vendor-course', factor: 0.5, value: 2.75 });
      expect(safety.addresses.map((item) => item.strength)).toEqual([0.5, 0.125]);
      expect(advice.chosen.find((pick) => pick.certification === 'safety-cert')!.closes[0]).toEqual({ competency: 'safety', openBefore: 4, closed: 2 });
    });

    it('should never rank or pick a vendor course above a credential that is not one, whatever the values', () => {
      // safety-cert as a vendor course is still worth 2.75 against lean-cert's 2, yet comes after it
      const advice = adviceFor(withRecognition('safety-cert', 'vendor-course'));
      expect(advice.ranked.map((item) => item.certification)).toEqual(['mba', 'lean-cert', 'safety-cert']);
      expect(advice.chosen.map((pick) => pick.certification)).toEqual(['mba', 'lean-cert', 'safety-cert']);
    });

    it('should still offer vendor courses when nothing else addresses the gap', () => {
      const variant = withRecognition('lean-cert', 'vendor-course');
      variant.certifications = variant.certifications.filter((certification) => certification.id === 'lean-cert');
      expect(adviceFor(variant).chosen.map((pick) => pick.certification)).toEqual(['lean-cert']);
    });

    it('should recommend a certification that suits no level to no one', () => {
      const variant = makeMiniPack();
      variant.certifications = variant.certifications.map((certification) => ({ ...certification, suitsLevels: [] }));
      expect(adviceFor(variant)).toMatchObject({ ranked: [], chosen: [] });
    });
  });
});
