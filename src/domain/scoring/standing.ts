import { HEADLINE_GAPS } from './constants';
import { rankGaps, type LevelReadiness, type PositiveGap } from './readiness';

/*
 * Where one person stands, told from where they are: their current role, the rung directly above it, and the
 * level they aim for. The ladder alone ("highest level ready from the first rung") says nothing a Production
 * Manager can use when an Assistant target happens to be short; this is what the headline and the dashboard say.
 */

/** The rung directly above the current role; the first rung for someone not yet in the ladder; null at the top. */
export function nextRungAbove(levelIds: readonly string[], currentLevel: string | null): string | null {
  const index = currentLevel === null ? -1 : levelIds.indexOf(currentLevel);
  return levelIds[index + 1] ?? null;
}

/** A pair of neighbouring levels where the higher one reads more ready, and the competencies that cause it. */
export interface Inversion {
  lower: string;
  higher: string;
  /** Competencies whose shortfall weighs more in the lower level's sums than in the higher's, largest first. */
  causes: readonly { competency: string; lowerShare: number; higherShare: number }[];
}

export interface Standing {
  /** The current role's readiness; null when the person holds no level of this pack ("Not yet a manager"). */
  current: LevelReadiness | null;
  /** The rung directly above the current role; null when the current role is the top rung. */
  nextRung: LevelReadiness | null;
  target: LevelReadiness;
  /** Where the target sits against the current role. */
  targetPlacement: 'above' | 'same' | 'below';
  /** True when not one level is ready. */
  meetsNone: boolean;
  /**
   * The level the headline's gaps are for: the target when it is above the current role; else the current role when
   * it has gaps; else the next rung. When no level is met: the current role, or without one the most ready level.
   */
  focus: LevelReadiness;
  /** The gaps that matter most for `focus`, by priority (gap × weight). */
  topGaps: readonly PositiveGap[];
  inversions: readonly Inversion[];
}

/** Weighted shortfall of each competency as a share of the level's scored target weight. */
function shortfallShares(level: LevelReadiness): Map<string, number> {
  const shares = new Map<string, number>();
  if (level.possible <= 0) return shares;
  for (const gap of level.gaps) {
    if (gap.earned === null) continue;
    shares.set(gap.competency, (gap.possible - gap.earned) / level.possible);
  }
  return shares;
}

/** Why a higher rung can read more ready than the one below: it weighs your shortfalls less. */
export function findInversions(levels: readonly LevelReadiness[], maxCauses = HEADLINE_GAPS): Inversion[] {
  const found: Inversion[] = [];
  for (let i = 0; i + 1 < levels.length; i += 1) {
    const lower = levels[i]!;
    const higher = levels[i + 1]!;
    if (lower.readiness === null || higher.readiness === null || higher.readiness <= lower.readiness) continue;
    const lowerShares = shortfallShares(lower);
    const higherShares = shortfallShares(higher);
    const causes = [...lowerShares]
      .map(([competency, lowerShare]) => ({ competency, lowerShare, higherShare: higherShares.get(competency) ?? 0 }))
      .filter((cause) => cause.lowerShare > cause.higherShare)
      .sort((a, b) => b.lowerShare - b.higherShare - (a.lowerShare - a.higherShare) || (a.competency < b.competency ? -1 : 1))
      .slice(0, maxCauses);
    found.push({ lower: lower.level, higher: higher.level, causes });
  }
  return found;
}

/** The most ready level, the lower rung on a tie: where someone who meets none is nearest. */
function mostReady(levels: readonly LevelReadiness[]): LevelReadiness {
  let best = levels[0]!;
  for (const level of levels) if ((level.readiness ?? -1) > (best.readiness ?? -1)) best = level;
  return best;
}

/**
 * The person's standing from the ladder, their current role (null: none, or one this pack lacks) and their target.
 * Pure: the same ladder and roles give the same standing.
 */
export function standingOf(levels: readonly LevelReadiness[], currentLevel: string | null, targetLevel: string): Standing {
  const ids = levels.map((level) => level.level);
  const currentIndex = currentLevel === null ? -1 : ids.indexOf(currentLevel);
  const current = currentIndex >= 0 ? levels[currentIndex]! : null;
  const nextId = nextRungAbove(ids, current ? current.level : null);
  const nextRung = nextId === null ? null : (levels[ids.indexOf(nextId)] ?? null);
  const targetIndex = ids.indexOf(targetLevel);
  const target = levels[targetIndex];
  if (!target) throw new RangeError(`"${targetLevel}" is not one of the ladder's levels`);
  const targetPlacement = targetIndex > currentIndex ? 'above' : targetIndex === currentIndex ? 'same' : 'below';
  const meetsNone = levels.every((level) => !level.ready);

  let focus: LevelReadiness;
  // Someone who meets no level hears about their own role first: that is the job they hold.
  if (meetsNone) focus = current ?? mostReady(levels);
  else if (targetPlacement === 'above') focus = target;
  else if (current && !current.ready) focus = current;
  else focus = nextRung ?? target;

  return {
    current,
    nextRung,
    target,
    targetPlacement,
    meetsNone,
    focus,
    topGaps: rankGaps(focus).slice(0, HEADLINE_GAPS),
    inversions: findInversions(levels),
  };
}
