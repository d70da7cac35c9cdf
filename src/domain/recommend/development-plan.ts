import type { DevelopmentAction, Importance, Pack } from '@/domain/pack/schema';
import { PLAN_ITEMS } from '@/domain/scoring/constants';
import { rankGaps, type LevelReadiness } from '@/domain/scoring/readiness';
import type { CertificationAdvice } from './certifications';

export type Horizon = 30 | 60 | 90;

export interface PlanItem {
  competency: string;
  gap: number;
  importance: Importance;
  /** gap × importance weight: the order of the plan. */
  priority: number;
  horizon: Horizon;
  actions: readonly DevelopmentAction[];
  /** Certifications that build this competency: the recommended ones first, then the others by strength. */
  certifications: readonly string[];
}

export interface DevelopmentPlan {
  level: string;
  items: readonly PlanItem[];
  horizons: readonly { days: Horizon; items: readonly PlanItem[] }[];
}

const HORIZONS: readonly Horizon[] = [30, 60, 90];

/**
 * The largest gaps for the level, in order of gap × importance, each with the pack's on-the-job actions and the
 * certifications that help; the first third in the next 30 days, the next third by 60, the rest by 90.
 */
export function planDevelopment(
  pack: Pack,
  level: LevelReadiness,
  advice: CertificationAdvice,
  maxItems: number = PLAN_ITEMS,
): DevelopmentPlan {
  const gaps = rankGaps(level).slice(0, maxItems);
  const perHorizon = Math.max(1, Math.ceil(gaps.length / HORIZONS.length));
  const recommended = advice.chosen.map((pick) => pick.certification);
  const competencyById = new Map(pack.competencies.map((competency) => [competency.id, competency]));

  const items = gaps.map((gap, rank): PlanItem => {
    const builders = pack.certifications
      .flatMap((certification) =>
        certification.builds
          .filter((build) => build.competency === gap.competency)
          .map((build) => ({ id: certification.id, strength: build.strength, recommendedAt: recommended.indexOf(certification.id) })),
      )
      .sort((a, b) => {
        const ar = a.recommendedAt === -1 ? Infinity : a.recommendedAt;
        const br = b.recommendedAt === -1 ? Infinity : b.recommendedAt;
        return ar - br || b.strength - a.strength || (a.id < b.id ? -1 : 1);
      });
    return {
      competency: gap.competency,
      gap: gap.gap,
      importance: gap.importance,
      priority: gap.gap * gap.weight,
      horizon: HORIZONS[Math.min(HORIZONS.length - 1, Math.floor(rank / perHorizon))] ?? 90,
      actions: competencyById.get(gap.competency)?.developmentActions ?? [],
      certifications: builders.map((builder) => builder.id),
    };
  });
  return {
    level: level.level,
    items,
    horizons: HORIZONS.map((days) => ({ days, items: items.filter((item) => item.horizon === days) })),
  };
}
