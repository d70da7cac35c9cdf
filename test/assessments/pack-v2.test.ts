import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/domain/pack/schema';
import { actionSuits, durationOf } from '@/domain/recommend/development-plan';
import type { Answers } from '@/domain/scoring/answer';
import { indexPack } from '@/domain/scoring/pack-index';
import { scoreSession, type SessionResults } from '@/domain/score-session';
import { loadRealPacks } from '../fixtures/real-packs';

const pack: Pack = loadRealPacks().find(([file]) => file === 'industrial-production-manager.json')![1];
const levelIds = pack.levels.map((level) => level.id);
const full = pack.assessments.find((assessment) => assessment.id === 'full')!.questionIds;
const quick = pack.assessments.find((assessment) => assessment.id === 'quick')!.questionIds;
const targetOf = (level: string, competency: string) => pack.targets.find((t) => t.level === level && t.competency === competency)!;
const certificationById = new Map(pack.certifications.map((certification) => [certification.id, certification]));
const optional = indexPack(pack).optionalCompetencies;

/** The skills a department-level manager does with their own hands; above plant level, breadth replaces depth. */
const HANDS_ON = [
  'five-s',
  'kaizen',
  'value-stream-mapping',
  'six-sigma',
  'statistical-process-control',
  'erp-mrp',
  'equipment-competency',
  'materials-manufacturing-processes',
  'maintenance-cmms',
];
const FROM_OPERATIONS_MANAGER = levelIds.slice(levelIds.indexOf('operations-manager'));

/**
 * The persona for a level: rated (by a mentor, so every competency has a score) at the target of the level below on
 * everything, and aiming at this level. The first rung's persona starts one point under its targets.
 */
function persona(levelIndex: number): SessionResults {
  const below = levelIndex === 0 ? null : levelIds[levelIndex - 1]!;
  const mentorRatings = Object.fromEntries(
    pack.competencies.map((competency) => {
      const rating = below ? targetOf(below, competency.id).expected : Math.max(0, targetOf(levelIds[0]!, competency.id).expected - 1);
      return [competency.id, rating];
    }),
  );
  return scoreSession({ pack, questionIds: full, answers: {}, mentorRatings, basis: 'mentor', targetLevel: levelIds[levelIndex]! });
}
const personas = levelIds.map((level, index) => [level, persona(index)] as const);

describe('pack 2.0.0 targets', () => {
  it.each(HANDS_ON)('should expect no more than 2 of %s from Operations Manager up unless the pack says why', (competency) => {
    for (const level of FROM_OPERATIONS_MANAGER) {
      const target = targetOf(level, competency);
      if (target.expected > 2) expect(target.reason ?? target.dropReason, `${competency} at ${level}`).toBeTruthy();
    }
  });

  it.each<[string, string, number, 'core' | 'supporting' | undefined]>([
    ['production-manager', 'budgeting-cost-control', 3, undefined],
    ['production-manager', 'quality-management-systems', 3, undefined],
    ['plant-manager', 'pnl-capex', 4, 'core'],
    ['plant-manager', 'industry-regulations', 4, undefined],
    ['plant-manager', 'maintenance-cmms', 4, undefined],
    ['assistant-production-manager', 'safety-innovation-culture', 2, 'core'],
    ['assistant-production-manager', 'quality-management-systems', 2, undefined],
  ])('should expect %s to reach %s at %i', (level, competency, expected, importance) => {
    expect(targetOf(level, competency).expected).toBe(expected);
    if (importance) expect(targetOf(level, competency).importance).toBe(importance);
  });

  it.each(['industry-4-0', 'data-analysis-reporting', 'sustainable-manufacturing'])(
    'should expect the must-have %s at 2 or more from Production Manager up, rising to at least 3 by Plant Manager',
    (competency) => {
      for (const level of levelIds.slice(1)) expect(targetOf(level, competency).expected, level).toBeGreaterThanOrEqual(2);
      for (const level of levelIds.slice(3)) expect(targetOf(level, competency).expected, level).toBeGreaterThanOrEqual(3);
    },
  );

  it("should map the Plant Manager's business acumen and the VP's market dynamics to commercial acumen", () => {
    expect(pack.targets.filter((t) => t.focusArea === 'plant-business-acumen').map((t) => t.competency)).toEqual(['business-commercial-acumen']);
    expect(pack.targets.filter((t) => t.focusArea === 'vp-market-dynamics').map((t) => t.competency)).toEqual(['business-commercial-acumen']);
  });
});

describe('pack 2.0.0 competencies', () => {
  it.each(['hiring-training-operators', 'business-commercial-acumen', 'sales-operations-planning', 'customer-delivery-otif', 'new-product-introduction'])(
    'should hold %s with three self-ratings, a scenario, two actions and a target at every level',
    (id) => {
      const competency = pack.competencies.find((c) => c.id === id)!;
      expect(competency).toBeDefined();
      const questions = pack.questions.filter((question) => question.competency === id);
      expect(questions.filter((question) => question.kind === 'selfRating').length).toBeGreaterThanOrEqual(3);
      expect(questions.filter((question) => question.kind === 'scenario').length).toBeGreaterThanOrEqual(1);
      expect(competency.developmentActions.length).toBeGreaterThanOrEqual(2);
      expect(pack.targets.filter((t) => t.competency === id).map((t) => t.level)).toEqual(levelIds);
    },
  );

  it('should put digital twin, additive manufacturing and extended reality in an optional module', () => {
    expect([...optional].sort()).toEqual(['additive-manufacturing', 'extended-reality', 'smart-factory-digital-twin']);
  });
});

describe('pack 2.0.0 certifications', () => {
  it('should name an issuer or say plainly that the credential is unverified, and say how it is recognised', () => {
    for (const certification of pack.certifications) {
      const named = certification.issuer !== null && !/unverified/i.test(certification.issuer);
      expect(named || certification.verified === false, certification.id).toBe(true);
      expect(['accredited', 'professional-body', 'vendor-course'], certification.id).toContain(certification.recognition);
    }
  });

  it('should recommend the fire-service safety officer and the unverified "CMM" to no level', () => {
    expect(certificationById.get('incident-safety-officer')!.suitsLevels).toEqual([]);
    expect(certificationById.get('certified-manufacturing-manager')!.suitsLevels).toEqual([]);
    expect(certificationById.get('osha-30-general-industry')!.suitsLevels).toContain('plant-manager');
  });

  it.each(['aee-cem', 'iso-14001-50001-auditor', 'isa-iec-62443', 'smrp-cmrp', 'iso-45001-lead-auditor', 'nebosh-igc', 'sme-cmfgt', 'sme-cmfge'])(
    'should offer the real credential %s',
    (id) => {
      expect(certificationById.get(id)?.issuer).toBeTruthy();
    },
  );

  it.each(personas)('should rank no vendor course above an accredited or professional-body credential for the %s persona', (_level, results) => {
    const tiers = (ids: readonly string[]) => ids.map((id) => (certificationById.get(id)!.recognition === 'vendor-course' ? 1 : 0));
    const ranked = tiers(results.certifications.ranked.map((item) => item.certification));
    const chosen = tiers(results.certifications.chosen.map((pick) => pick.certification));
    expect(ranked).toEqual([...ranked].sort());
    expect(chosen).toEqual([...chosen].sort());
    for (const id of results.certifications.ranked.map((item) => item.certification)) {
      expect(certificationById.get(id)!.suitsLevels, id).toContain(results.targetLevel);
    }
  });
});

describe('pack 2.0.0 development actions', () => {
  const actions = pack.competencies.flatMap((competency) => competency.developmentActions.map((action) => ({ competency: competency.id, action })));

  it('should tag every action with the levels it suits and a duration of 30, 60 or 90 days', () => {
    for (const { action } of actions) {
      expect(action.levels?.length, action.id).toBeGreaterThan(0);
      expect([30, 60, 90], action.id).toContain(action.duration);
    }
  });

  it('should have an action for every level that expects something of a competency outside the optional module', () => {
    // Optional competencies never reach the plan, so they need no action at every level.
    const missing = pack.targets
      .filter((target) => target.expected > 0 && !optional.has(target.competency))
      .filter((target) => !pack.competencies.find((c) => c.id === target.competency)!.developmentActions.some((a) => actionSuits(a, target.level)))
      .map((target) => `${target.competency} at ${target.level}`);
    expect(missing).toEqual([]);
  });

  it.each(personas)('should plan for the %s persona only actions that suit the level and fit their slot', (level, results) => {
    expect(results.plan.items.length).toBeGreaterThan(0);
    for (const item of results.plan.items) {
      expect(item.actions.length, item.competency).toBeGreaterThan(0);
      for (const action of item.actions) {
        expect(action.levels, action.id).toContain(level);
        expect(durationOf(action), `${action.id} in the ${item.horizon}-day slot`).toBeLessThanOrEqual(item.horizon);
      }
      for (const id of item.certifications) expect(certificationById.get(id)!.suitsLevels, id).toContain(level);
    }
  });

  it('should plan no hands-on shop-floor items for the VP persona', () => {
    const vp = personas.find(([level]) => level === 'vp-of-operations')![1];
    expect(vp.plan.items.map((item) => item.competency).filter((id) => HANDS_ON.includes(id))).toEqual([]);
  });
});

describe('pack 2.0.0 scoring', () => {
  const nonOptional = pack.competencies.filter((competency) => !optional.has(competency.id));

  it('should never let the optional module change readiness, gaps or recommendations', () => {
    const rating = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...nonOptional.map((c) => c.id)), rating),
        fc.dictionary(fc.constantFrom(...optional), rating),
        fc.dictionary(fc.constantFrom(...optional), rating),
        fc.constantFrom(...levelIds),
        (base, first, second, targetLevel) => {
          const run = (extra: Record<string, number>) =>
            scoreSession({ pack, questionIds: full, answers: {}, mentorRatings: { ...base, ...extra }, basis: 'mentor', targetLevel });
          const a = run(first);
          const b = run(second);
          expect(b.ladder).toEqual(a.ladder);
          expect(b.certifications).toEqual(a.certifications);
          expect(b.plan).toEqual(a.plan);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('should keep optional competencies scored and their targets visible', () => {
    const results = scoreSession({ pack, questionIds: full, answers: {}, mentorRatings: { 'extended-reality': 3 }, basis: 'mentor', targetLevel: 'plant-manager' });
    expect(results.scores.find((score) => score.competency === 'extended-reality')!.used.value).toBe(3);
    expect(indexPack(pack).optionalTargetsByLevel.get('plant-manager')!.map((t) => t.competency).sort()).toEqual([...optional].sort());
    expect(results.target.gaps.some((gap) => optional.has(gap.competency))).toBe(false);
  });

  it('should treat "Not applicable" like "Not sure" for coverage and scores, and count it', () => {
    const allowed = pack.questions.filter((question) => question.allowNotApplicable).map((question) => question.id);
    const base: Answers = Object.fromEntries(quick.map((id) => [id, { kind: 'rating', value: 2 }]));
    const mark = (kind: 'notSure' | 'notApplicable'): Answers => ({ ...base, ...Object.fromEntries(allowed.map((id) => [id, { kind }])) });
    const run = (answers: Answers) => scoreSession({ pack, questionIds: full, answers, targetLevel: 'production-manager' });
    const unsure = run(mark('notSure'));
    const notApplicable = run(mark('notApplicable'));
    const strip = (results: SessionResults) => results.scores.map(({ self, evidence, ...rest }) => ({ ...rest, self: { ...self, notApplicable: [] }, evidence: { ...evidence, notApplicable: [] } }));
    expect(strip(notApplicable)).toEqual(strip(unsure));
    expect(notApplicable.ladder).toEqual(unsure.ladder);
    const counted = notApplicable.scores.flatMap((score) => [...score.self.notApplicable, ...score.evidence.notApplicable]);
    expect(counted.sort()).toEqual([...allowed].sort());
  });
});

describe('pack 2.0.0 salaries', () => {
  it('should say where sources disagree, beside the figures from each', () => {
    const withOthers = pack.levels.filter((level) => level.salary.otherFigures?.length);
    expect(withOthers.length).toBeGreaterThan(0);
    for (const level of withOthers) expect(level.salary.caveat, level.id).toBeTruthy();
  });
});

describe('pack 2.0.0 senior quick check', () => {
  const senior = pack.assessments.find((assessment) => assessment.id === 'quick-senior')!;
  const byId = new Map(pack.questions.map((question) => [question.id, question]));

  it('should ask one self-rating per competency, like the quick assessment', () => {
    const competencies = senior.questionIds.map((id) => byId.get(id)!);
    expect(competencies.every((question) => question.kind === 'selfRating')).toBe(true);
    expect(new Set(competencies.map((question) => question.competency)).size).toBe(pack.competencies.length);
    expect(senior.questionIds).toHaveLength(pack.competencies.length);
  });

  it('should word every item at a scope a plant manager, director or VP can answer: no shift, line or floor-only prompts', () => {
    const floorOnly = /\b(your (shift|line)|start-of-shift|on the floor|operators?)\b/i;
    expect(senior.questionIds.filter((id) => floorOnly.test(byId.get(id)!.prompt))).toEqual([]);
  });
});
