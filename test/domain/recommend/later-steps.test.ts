import { describe, expect, it } from 'vitest';
import { recommendCertifications } from '@/domain/recommend/certifications';
import { planDevelopment } from '@/domain/recommend/development-plan';
import { scoreCompetencies } from '@/domain/scoring/competency-scores';
import { assessLevel } from '@/domain/scoring/readiness';
import { loadRealPacks } from '../../fixtures/real-packs';

const pack = loadRealPacks().find(([, each]) => each.meta.id === 'industrial-production-manager')![1];
const quick = pack.assessments.find((assessment) => assessment.id === 'quick')!.questionIds;
const asked = new Set(quick);
// Every self-rating at 1: a gap on nearly everything, so every credential suited to the level closes something.
const answers = Object.fromEntries(
  pack.questions.filter((question) => question.kind === 'selfRating' && asked.has(question.id)).map((question) => [question.id, { kind: 'rating', value: 1 } as const]),
);
const levelOf = (level: string) => assessLevel(pack, scoreCompetencies({ pack, questionIds: quick, answers }), level);
const picked = (level: string, currentLevel?: string | null) => recommendCertifications(pack, levelOf(level), { currentLevel }).chosen.map((pick) => pick.certification);
const ranked = (level: string, currentLevel?: string | null) => recommendCertifications(pack, levelOf(level), { currentLevel }).ranked.map((item) => item.certification);

describe('recommendCertifications: a later step waits for the rungs it suits', () => {
  it('should offer the Green Belt, not the Black Belt that includes it, to someone not yet a Production Manager', () => {
    for (const currentLevel of [null, 'assistant-production-manager']) {
      const advice = recommendCertifications(pack, levelOf('production-manager'), { currentLevel });
      expect(advice.heldBack).toContainEqual({ certification: 'lean-six-sigma-black-belt', firstSteps: ['lean-six-sigma-green-belt'] });
      expect(ranked('production-manager', currentLevel)).not.toContain('lean-six-sigma-black-belt');
      expect(picked('production-manager', currentLevel)).toContain('lean-six-sigma-green-belt');
    }
  });

  it('should rank the Black Belt as before for a Production Manager, and when the rung is not known', () => {
    for (const currentLevel of ['production-manager', 'senior-production-manager', undefined]) {
      const advice = recommendCertifications(pack, levelOf('production-manager'), { currentLevel });
      expect(advice.heldBack).toEqual([]);
      expect(ranked('production-manager', currentLevel)).toContain('lean-six-sigma-black-belt');
    }
    expect(picked('production-manager', 'production-manager')).toEqual(picked('production-manager'));
  });

  it('should hold nothing back where what it includes does not suit the level (there is no first step to offer there)', () => {
    // CMfgE suits Senior Production Manager; the CMfgT it includes does not.
    const advice = recommendCertifications(pack, levelOf('senior-production-manager'), { currentLevel: 'assistant-production-manager' });
    expect(advice.heldBack.map((item) => item.certification)).not.toContain('sme-cmfge');
    expect(advice.ranked.map((item) => item.certification)).toContain('sme-cmfge');
  });

  it('should treat a rung the pack no longer has as no rung yet', () => {
    expect(ranked('production-manager', 'shift-lead')).toEqual(ranked('production-manager', null));
  });
});

describe('planDevelopment: a later step is named after the credentials open now', () => {
  it('should list the Black Belt and CMfgE after every credential open to someone not yet a Production Manager', () => {
    const level = levelOf('production-manager');
    const advice = recommendCertifications(pack, level, { currentLevel: null });
    const later = new Set(advice.heldBack.map((held) => held.certification));
    const items = planDevelopment(pack, level, advice).items.filter((item) => item.certifications.some((id) => later.has(id)));
    expect(items.map((item) => item.competency)).toContain('kaizen');
    for (const item of items) {
      const firstLater = item.certifications.findIndex((id) => later.has(id));
      expect(item.certifications.slice(firstLater).every((id) => later.has(id))).toBe(true);
    }
    const kaizen = items.find((item) => item.competency === 'kaizen')!;
    expect(kaizen.certifications.slice(0, 2)).toEqual(['lean-six-sigma-green-belt', 'kaizen-expert']);
  });

  it('should order by strength alone when nothing is held back', () => {
    const level = levelOf('production-manager');
    const kaizen = planDevelopment(pack, level, recommendCertifications(pack, level)).items.find((item) => item.competency === 'kaizen')!;
    expect(kaizen.certifications[0]).toBe('lean-six-sigma-black-belt');
  });
});
