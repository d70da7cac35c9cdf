import type { Importance } from '@/domain/pack/schema';
import type { ScoringAction, ScoringPack } from '@/domain/pack/scoring-pack';
import { PLAN_ITEMS } from './constants';
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
  /** The pack's actions that suit the level and whose first step fits the horizon (the shortest suited ones when none fits). */
  actions: readonly ScoringAction[];
  /**
   * Certifications suited to the level that build this competency: the recommended ones first, then the others by
   * strength, a later step held back for the person's rung (CertificationAdvice.heldBack) after those open now.
   */
  certifications: readonly string[];
}

export interface DevelopmentPlan {
  level: string;
  items: readonly PlanItem[];
  horizons: readonly { days: Horizon; items: readonly PlanItem[] }[];
}

const HORIZONS: readonly Horizon[] = [30, 60, 90];

/** An action without a duration is taken to need the longest slot. */
export const durationOf = (action: ScoringAction): Horizon => action.duration ?? 90;

/** An action without levels suits every level. */
export const actionSuits = (action: ScoringAction, levelId: string): boolean => !action.levels || action.levels.includes(levelId);

/**
 * The actions to offer for one competency at one level and horizon: those that suit the level and fit the slot; when
 * none fits the slot, the suited ones with the shortest first step. Never an action written for another level's scope.
 */
export function pickActions<Action extends ScoringAction>(actions: readonly Action[], levelId: string, horizon: Horizon): Action[] {
  const suited = actions.filter((action) => actionSuits(action, levelId));
  const fitting = suited.filter((action) => durationOf(action) <= horizon);
  if (fitting.length > 0) return fitting;
  const shortest = Math.min(...suited.map(durationOf));
  return suited.filter((action) => durationOf(action) === shortest);
}

/**
 * The largest gaps for the level, in order of gap × importance, each with the pack's on-the-job actions and the
 * certifications that help; the first third in the next 30 days, the next third by 60, the rest by 90.
 */
export function planDevelopment(
  pack: ScoringPack,
  level: LevelReadiness,
  advice: CertificationAdvice,
  maxItems: number = PLAN_ITEMS,
): DevelopmentPlan {
  const gaps = rankGaps(level).slice(0, maxItems);
  const perHorizon = Math.max(1, Math.ceil(gaps.length / HORIZONS.length));
  const recommended = advice.chosen.map((pick) => pick.certification);
  // A later step (the Black Belt for someone not yet a Production Manager) is named after the credentials open now.
  const later = new Set(advice.heldBack.map((held) => held.certification));
  const competencyById = new Map(pack.competencies.map((competency) => [competency.id, competency]));

  const items = gaps.map((gap, rank): PlanItem => {
    const builders = pack.certifications
      .filter((certification) => certification.suitsLevels.includes(level.level))
      .flatMap((certification) =>
        certification.builds
          .filter((build) => build.competency === gap.competency)
          .map((build) => ({
            id: certification.id,
            strength: build.strength,
            recommendedAt: recommended.indexOf(certification.id),
            later: later.has(certification.id) ? 1 : 0,
          })),
      )
      .sort((a, b) => {
        const ar = a.recommendedAt === -1 ? Infinity : a.recommendedAt;
        const br = b.recommendedAt === -1 ? Infinity : b.recommendedAt;
        return ar - br || a.later - b.later || b.strength - a.strength || (a.id < b.id ? -1 : 1);
      });
    const horizon = HORIZONS[Math.min(HORIZONS.length - 1, Math.floor(rank / perHorizon))] ?? 90;
    return {
      competency: gap.competency,
      gap: gap.gap,
      importance: gap.importance,
      priority: gap.gap * gap.weight,
      horizon,
      actions: pickActions(competencyById.get(gap.competency)?.developmentActions ?? [], level.level, horizon),
      certifications: builders.map((builder) => builder.id),
    };
  });
  return {
    level: level.level,
    items,
    horizons: HORIZONS.map((days) => ({ days, items: items.filter((item) => item.horizon === days) })),
  };
}
