import { describe, expect, it } from 'vitest';
import { recommendCertifications } from '@/domain/recommend/certifications';
import { planDevelopment } from '@/domain/recommend/development-plan';
import { scoreCompetencies } from '@/domain/scoring/competency-scores';
import { assessLevel } from '@/domain/scoring/readiness';
import { makeMiniPack } from '../../fixtures/mini-pack';

const pack = makeMiniPack();
const full = pack.assessments[1]!.questionIds;
const rating = (value: number) => ({ kind: 'rating', value }) as const;

describe('planDevelopment', () => {
  const answers = { 'lean-self-1': rating(1), 'lean-self-2': rating(1), 'safety-self-1': rating(1), 'leadership-self-1': rating(1) };
  const level = assessLevel(pack, scoreCompetencies({ pack, questionIds: full, answers }), 'three');
  const advice = recommendCertifications(pack, level);
  const plan = planDevelopment(pack, level, advice);

  it('should order the top gaps by gap × importance and spread them over 30/60/90 days', () => {
    expect(plan.items.map((item) => [item.competency, item.priority, item.horizon])).toEqual([
      ['leadership', 6, 30],
      ['safety', 4, 60],
      ['lean', 2, 90],
    ]);
    expect(plan.horizons.map((horizon) => horizon.items.length)).toEqual([1, 1, 1]);
  });

  it("should carry the pack's development actions and the certifications that help, recommended first", () => {
    const leadership = plan.items[0]!;
    expect(leadership.actions.map((action) => action.id)).toEqual(['leadership-action-1', 'leadership-action-2']);
    expect(leadership.certifications).toEqual(['safety-cert', 'mba']);
  });

  it('should be empty when there is no gap', () => {
    const top = { 'lean-self-1': rating(4), 'lean-self-2': rating(4), 'safety-self-1': rating(4), 'leadership-self-1': rating(4) };
    const ready = assessLevel(pack, scoreCompetencies({ pack, questionIds: full, answers: top }), 'three');
    expect(planDevelopment(pack, ready, recommendCertifications(pack, ready)).items).toEqual([]);
  });
});
