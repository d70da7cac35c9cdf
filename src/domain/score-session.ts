import { planDevelopment, type DevelopmentPlan } from '@/domain/recommend/development-plan';
import { recommendCertifications, type CertificationAdvice } from '@/domain/recommend/certifications';
import { scoreCompetencies, type CompetencyScore, type ScoringInput } from '@/domain/scoring/competency-scores';
import { assessLadder, type Ladder, type LevelReadiness } from '@/domain/scoring/readiness';

export interface SessionResults {
  scores: readonly CompetencyScore[];
  ladder: Ladder;
  targetLevel: string;
  target: LevelReadiness;
  /** True when no competency has a score: say "not enough answers", never 0%. */
  notEnoughAnswers: boolean;
  certifications: CertificationAdvice;
  plan: DevelopmentPlan;
}

export interface SessionInput extends ScoringInput {
  /** The level the person aims for; must be one of the pack's levels. */
  targetLevel: string;
  /** The rung the person holds (null: none yet), when known: later-step credentials wait for it (recommendCertifications). */
  currentLevel?: string | null;
}

/** Everything the results screens show for one session. Pure and deterministic; the input is never changed. */
export function scoreSession(input: SessionInput): SessionResults {
  const scores = scoreCompetencies(input);
  const ladder = assessLadder(input.pack, scores);
  const target = ladder.levels.find((level) => level.level === input.targetLevel);
  if (!target) throw new RangeError(`"${input.targetLevel}" is not a level of pack "${input.pack.meta.id}"`);
  const certifications = recommendCertifications(input.pack, target, { currentLevel: input.currentLevel });
  return {
    scores,
    ladder,
    targetLevel: input.targetLevel,
    target,
    notEnoughAnswers: scores.every((score) => score.used.value === null),
    certifications,
    plan: planDevelopment(input.pack, target, certifications),
  };
}
