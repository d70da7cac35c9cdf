import type { Importance } from '@/domain/pack/schema';
import type { ScoringFocusArea, ScoringPack } from '@/domain/pack/scoring-pack';
import type { CompetencyScore } from './competency-scores';
import { CORE_GAP_LIMIT, MIN_READINESS_COVERAGE, NEARLY_CORE_GAPS, NEARLY_THRESHOLD, READY_THRESHOLD } from './constants';
import { indexPack } from './pack-index';

/** One competency against one level's target: the gap and everything that explains it. */
export interface Gap {
  competency: string;
  level: string;
  target: number;
  importance: Importance;
  weight: number;
  /** The level's focus area the target comes from (its words and source are in the whole pack). */
  focusArea: ScoringFocusArea;
  /** The score used (self, mentor or the lower, per the basis); null when unscored. */
  score: number | null;
  /** max(0, target − score); null when unscored. */
  gap: number | null;
  /** weight × min(score, target): this competency's share of the readiness numerator. */
  earned: number | null;
  /** weight × target: its share of the denominator. */
  possible: number;
}

/**
 * The one rule every label, colour, bar, ladder and dashboard cell follows. 'unknown': too few answers to say.
 * 'ready': readiness ≥ READY_THRESHOLD with no core gap of CORE_GAP_LIMIT or more. 'nearly': not ready, but
 * readiness ≥ NEARLY_THRESHOLD with at most NEARLY_CORE_GAPS such core gaps. Everything else: 'not-ready'.
 */
export type ReadyState = 'ready' | 'nearly' | 'not-ready' | 'unknown';

export function readyStateOf(readiness: number | null, blockingCoreGaps: number): ReadyState {
  if (readiness === null) return 'unknown';
  if (readiness >= READY_THRESHOLD && blockingCoreGaps === 0) return 'ready';
  if (readiness >= NEARLY_THRESHOLD && blockingCoreGaps <= NEARLY_CORE_GAPS) return 'nearly';
  return 'not-ready';
}

export interface LevelReadiness {
  level: string;
  /** 'insufficient': too little of the level's target weight has a score to claim a readiness. */
  status: 'scored' | 'insufficient';
  /** Σ earned / Σ possible over scored competencies, in [0, 1]; null when insufficient. */
  readiness: number | null;
  ready: boolean;
  /** ready / nearly / not ready / unknown, by readyStateOf. */
  state: ReadyState;
  /** How many core gaps of CORE_GAP_LIMIT or more (blockingCoreGaps.length): carried so summaries can say it too. */
  blockingCount: number;
  /** Share of the level's target weight (Σ weight × target) that has a score. */
  coverage: number;
  earned: number;
  possible: number;
  gaps: readonly Gap[];
  /** Core competencies with a gap of CORE_GAP_LIMIT or more: each alone keeps the level from ready. */
  blockingCoreGaps: readonly string[];
  /** Competencies the level expects (target > 0) that have no score. */
  unscored: readonly string[];
}

export interface Ladder {
  levels: readonly LevelReadiness[];
  /** Top of the unbroken run of ready levels from the first rung; null when the first rung is not ready. */
  highestReady: string | null;
  /** The first level not ready; null when every level is ready. */
  next: string | null;
}

/** Readiness for one level from the competency scores. */
export function assessLevel(pack: ScoringPack, scores: readonly CompetencyScore[], levelId: string): LevelReadiness {
  const index = indexPack(pack);
  const scoreOf = new Map(scores.map((score) => [score.competency, score.used.value]));
  const gaps: Gap[] = [];
  const unscored: string[] = [];
  const blockingCoreGaps: string[] = [];
  let earned = 0;
  let scoredPossible = 0;
  let allPossible = 0;
  for (const target of index.targetsByLevel.get(levelId) ?? []) {
    const score = scoreOf.get(target.competency) ?? null;
    const possible = target.weight * target.expected;
    allPossible += possible;
    let gap: number | null = null;
    let earnedHere: number | null = null;
    if (score === null) {
      if (target.expected > 0) unscored.push(target.competency);
    } else {
      gap = Math.max(0, target.expected - score);
      earnedHere = target.weight * Math.min(score, target.expected);
      earned += earnedHere;
      scoredPossible += possible;
      if (target.importance === 'core' && gap >= CORE_GAP_LIMIT) blockingCoreGaps.push(target.competency);
    }
    gaps.push({
      competency: target.competency,
      level: levelId,
      target: target.expected,
      importance: target.importance,
      weight: target.weight,
      focusArea: target.focus,
      score,
      gap,
      earned: earnedHere,
      possible,
    });
  }
  // A level that expects nothing is trivially met.
  const { coverage, status, readiness, ready, state, blockingCount } = readinessFrom(earned, scoredPossible, allPossible, blockingCoreGaps.length);
  return {
    level: levelId,
    status,
    readiness,
    ready,
    state,
    blockingCount,
    coverage,
    earned,
    possible: scoredPossible,
    gaps,
    blockingCoreGaps,
    unscored,
  };
}

/** Every level at once, in ladder order, with the highest level ready and the next one. */
export function assessLadder(pack: ScoringPack, scores: readonly CompetencyScore[]): Ladder {
  const levels = pack.levels.map((level) => assessLevel(pack, scores, level.id));
  return { levels, ...ladderEnds(levels) };
}

/** The top of the unbroken run of ready levels from the first rung, and the first level not ready. */
export function ladderEnds(levels: readonly { level: string; ready: boolean }[]): { highestReady: string | null; next: string | null } {
  const firstNotReady = levels.findIndex((level) => !level.ready);
  const topReady = firstNotReady === -1 ? levels.length - 1 : firstNotReady - 1;
  return {
    highestReady: topReady >= 0 ? (levels[topReady]?.level ?? null) : null,
    next: firstNotReady === -1 ? null : (levels[firstNotReady]?.level ?? null),
  };
}

/** Readiness verdict from a level's sums: shared by the full and the summary paths so they cannot disagree. */
export function readinessFrom(earned: number, scoredPossible: number, allPossible: number, blockingCoreGaps: number) {
  const coverage = allPossible > 0 ? scoredPossible / allPossible : 1;
  const status: LevelReadiness['status'] = coverage >= MIN_READINESS_COVERAGE ? 'scored' : 'insufficient';
  const readiness = status === 'insufficient' ? null : scoredPossible > 0 ? earned / scoredPossible : 1;
  const state = readyStateOf(readiness, blockingCoreGaps);
  return { coverage, status, readiness, ready: state === 'ready', state, blockingCount: blockingCoreGaps };
}

/** Positive gaps of a level, largest priority (gap × weight) first; ties keep the pack's competency order. */
export type PositiveGap = Gap & { gap: number; score: number };

export function rankGaps(level: LevelReadiness): PositiveGap[] {
  return level.gaps
    .filter((gap): gap is PositiveGap => gap.gap !== null && gap.gap > 0)
    .map((gap, order) => ({ gap, order }))
    .sort((a, b) => b.gap.gap * b.gap.weight - a.gap.gap * a.gap.weight || a.order - b.order)
    .map(({ gap }) => gap);
}
