import { describe, expect, it } from 'vitest';
import { recommendCertifications } from '@/domain/recommend/certifications';
import { pickActions, planDevelopment } from '@/domain/recommend/development-plan';
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

  describe('actions that suit the level and fit the slot', () => {
    const tagged = makeMiniPack();
    tagged.competencies = tagged.competencies.map((competency) =>
      competency.id !== 'leadership'
        ? competency
        : {
            ...competency,
            developmentActions: [
              { ...competency.developmentActions[0]!, levels: ['one'], duration: 30 },
              { ...competency.developmentActions[1]!, levels: ['three'], duration: 90 },
              { id: 'leadership-action-3', text: 'A first step for level three that takes a month.', levels: ['two', 'three'], duration: 30, provenance: competency.provenance },
            ],
          },
    );
    const taggedLevel = assessLevel(tagged, scoreCompetencies({ pack: tagged, questionIds: full, answers }), 'three');
    const taggedPlan = planDevelopment(tagged, taggedLevel, recommendCertifications(tagged, taggedLevel));

    it('should offer only actions written for the target level whose first step fits the horizon', () => {
      const leadership = taggedPlan.items.find((item) => item.competency === 'leadership')!;
      expect(leadership.horizon).toBe(30);
      expect(leadership.actions.map((action) => action.id)).toEqual(['leadership-action-3']);
    });

    it.each<{ horizon: 30 | 60 | 90; expected: string[] }>([
      { horizon: 30, expected: ['leadership-action-3'] },
      { horizon: 90, expected: ['leadership-action-2', 'leadership-action-3'] },
    ])('should pick $expected at $horizon days', ({ horizon, expected }) => {
      const actions = tagged.competencies.find((competency) => competency.id === 'leadership')!.developmentActions;
      expect(pickActions(actions, 'three', horizon).map((action) => action.id)).toEqual(expected);
    });

    it('should fall back to the shortest suited actions when none fits the slot, never to another level\'s', () => {
      const actions = tagged.competencies.find((competency) => competency.id === 'leadership')!.developmentActions;
      expect(pickActions(actions.slice(0, 2), 'three', 30).map((action) => action.id)).toEqual(['leadership-action-2']);
      expect(pickActions(actions.slice(1, 2), 'one', 90)).toEqual([]);
    });

    it('should list only certifications suited to the level', () => {
      const narrowed = makeMiniPack();
      narrowed.certifications = narrowed.certifications.map((certification) =>
        certification.id === 'safety-cert' ? { ...certification, suitsLevels: ['one'] } : certification,
      );
      const at = assessLevel(narrowed, scoreCompetencies({ pack: narrowed, questionIds: full, answers }), 'three');
      const items = planDevelopment(narrowed, at, recommendCertifications(narrowed, at)).items;
      expect(items.find((item) => item.competency === 'leadership')!.certifications).toEqual(['mba']);
    });
  });
});
