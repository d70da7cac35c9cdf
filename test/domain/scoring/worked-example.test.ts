import { describe, expect, it } from 'vitest';
import type { Answer } from '@/domain/scoring/answer';
import { CORE_GAP_LIMIT, CORE_WEIGHT, MIN_READINESS_COVERAGE, NEARLY_CORE_GAPS, NEARLY_THRESHOLD, READY_THRESHOLD, SUPPORTING_WEIGHT } from '@/domain/scoring/constants';
import { scoreSession } from '@/domain/score-session';
import { standingOf } from '@/domain/scoring/standing';
import { loadRealPacks } from '../../fixtures/real-packs';

/*
 * The README's worked example, number for number: if a threshold, a weight or the pack moves, this fails and the
 * README must be brought along.
 */

const [, pack] = loadRealPacks().find(([file]) => file === 'industrial-production-manager.json')!;
const quick = pack.assessments.find((assessment) => assessment.id === 'quick')!;
const competencyOf = new Map(pack.questions.map((question) => [question.id, question.competency]));

/** Every quick answer 2, leadership 3, Kaizen 1, "Not sure" on Six Sigma. */
const answers: Record<string, Answer> = Object.fromEntries(
  quick.questionIds.flatMap((id): [string, Answer][] => {
    const question = pack.questions.find((candidate) => candidate.id === id)!;
    if (question.kind !== 'selfRating') return [];
    const competency = competencyOf.get(id);
    if (competency === 'six-sigma') return [[id, { kind: 'notSure' }]];
    const value = competency === 'leadership-team-management' ? 3 : competency === 'kaizen' ? 1 : 2;
    return [[id, { kind: 'rating', value }]];
  }),
);

describe('the README worked example', () => {
  // The README's person is not yet a manager: no rung (currentLevel null), which the certification advice reads.
  const results = scoreSession({ pack, questionIds: quick.questionIds, answers, targetLevel: 'production-manager', currentLevel: null });
  const level = (id: string) => results.ladder.levels.find((candidate) => candidate.level === id)!;

  it('should rest on the scoring model the README states', () => {
    expect([READY_THRESHOLD, CORE_GAP_LIMIT, CORE_WEIGHT, SUPPORTING_WEIGHT, MIN_READINESS_COVERAGE]).toEqual([0.85, 1, 2, 1, 0.5]);
    expect([NEARLY_THRESHOLD, NEARLY_CORE_GAPS]).toEqual([0.75, 1]);
  });

  it('should leave Six Sigma unscored, never 0', () => {
    expect(results.scores.find((score) => score.competency === 'six-sigma')?.used.value).toBeNull();
  });

  it('should find Assistant Production Manager ready at 95 of 96, its one gap Kaizen', () => {
    const assistant = level('assistant-production-manager');
    expect([assistant.earned, assistant.possible, Math.round(assistant.readiness! * 100), assistant.state]).toEqual([95, 96, 99, 'ready']);
    expect(assistant.gaps.filter((gap) => (gap.gap ?? 0) > 0).map((gap) => [gap.competency, gap.importance, gap.target, gap.earned, gap.possible])).toEqual([['kaizen', 'supporting', 2, 1, 2]]);
  });

  it('should find Production Manager not ready at 125 of 166 (75%) with fifteen core gaps', () => {
    const manager = level('production-manager');
    expect([manager.earned, manager.possible, Math.round(manager.readiness! * 100), manager.blockingCoreGaps.length, manager.state]).toEqual([125, 166, 75, 15, 'not-ready']);
    const kaizen = manager.gaps.find((gap) => gap.competency === 'kaizen')!;
    expect([kaizen.importance, kaizen.target, kaizen.gap, kaizen.earned, kaizen.possible]).toEqual(['core', 3, 2, 2, 6]);
  });

  it('should tell someone not yet a manager that the first rung is ready and Production Manager is next', () => {
    const standing = standingOf(results.ladder.levels, null, 'production-manager');
    expect(standing.nextRung?.level).toBe('assistant-production-manager');
    expect(standing.meetsNone).toBe(false);
    expect(standing.focus.level).toBe('production-manager');
  });

  it('should recommend CPIM, the Green Belt, CMfgT and NEBOSH IGC, closing 12.4375 of a gap of 41, holding back what includes them', () => {
    const advice = results.certifications;
    expect(advice.totalGap).toBe(41);
    expect(advice.heldBack).toEqual([
      { certification: 'lean-six-sigma-black-belt', firstSteps: ['lean-six-sigma-green-belt'] },
      { certification: 'sme-cmfge', firstSteps: ['sme-cmfgt'] },
    ]);
    expect(advice.ranked.slice(0, 3).map((item) => [item.certification, item.value])).toEqual([
      ['cpim', 4.5],
      ['lean-six-sigma-green-belt', 4],
      ['sme-cmfgt', 2.5],
    ]);
    expect(advice.chosen.map((pick) => [pick.certification, pick.gain])).toEqual([
      ['cpim', 4.5],
      ['lean-six-sigma-green-belt', 3.75],
      ['sme-cmfgt', 2.1875],
      ['nebosh-igc', 2],
    ]);
    expect(advice.covered).toBeCloseTo(12.4375, 9);
    expect(Math.round(advice.coveredShare * 100)).toBe(30);
  });

  it('should, with no rung known, rank the Black Belt first and never pick the Green Belt beside it', () => {
    const advice = scoreSession({ pack, questionIds: quick.questionIds, answers, targetLevel: 'production-manager' }).certifications;
    expect(advice.heldBack).toEqual([]);
    expect(advice.ranked.slice(0, 3).map((item) => [item.certification, item.value])).toEqual([
      ['lean-six-sigma-black-belt', 5],
      ['cpim', 4.5],
      ['lean-six-sigma-green-belt', 4],
    ]);
    expect(advice.chosen.map((pick) => [pick.certification, pick.gain])).toEqual([
      ['lean-six-sigma-black-belt', 5],
      ['cpim', 4.25],
      ['sme-cmfge', 2.375],
      ['nebosh-igc', 2],
    ]);
    expect(advice.covered).toBeCloseTo(13.625, 9);
  });

  it('should lead the plan with Kaizen', () => {
    expect(results.plan.items[0]).toMatchObject({ competency: 'kaizen', priority: 4, horizon: 30 });
  });
});
