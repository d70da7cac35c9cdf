import type { Pack } from '@/domain/pack/schema';
import { chooseRating, mentorRatingOf, type ScoringInput } from './competency-scores';
import { CORE_GAP_LIMIT } from './constants';
import { indexPack } from './pack-index';
import { ladderEnds, readinessFrom, type LevelReadiness } from './readiness';

export type LevelSummary = Pick<LevelReadiness, 'level' | 'status' | 'readiness' | 'ready' | 'coverage'>;

/** What a dashboard row needs: the ladder's verdicts without the explanations behind them. */
export interface SessionSummary {
  levels: readonly LevelSummary[];
  highestReady: string | null;
  next: string | null;
  target: LevelSummary | undefined;
}

/** A pack and one assessment's question list, flattened to arrays: competencies by position, not by id. */
interface Compiled {
  competencyIds: readonly string[];
  /** Each asked self-rating question: its competency's position and its weight. */
  selfRating: ReadonlyMap<string, { position: number; weight: number }>;
  levels: readonly { id: string; targets: readonly { position: number; weight: number; expected: number; core: boolean }[] }[];
}

const compiledCache = new WeakMap<Pack, WeakMap<readonly string[], Compiled>>();

function compile(pack: Pack, questionIds: readonly string[]): Compiled {
  let byList = compiledCache.get(pack);
  if (!byList) {
    byList = new WeakMap();
    compiledCache.set(pack, byList);
  }
  const cached = byList.get(questionIds);
  if (cached) return cached;
  const index = indexPack(pack);
  const asked = new Set(questionIds);
  const position = new Map(index.competencies.map((competency, i) => [competency.id, i]));
  const compiled: Compiled = {
    competencyIds: index.competencies.map((competency) => competency.id),
    selfRating: new Map(
      index.competencies.flatMap((competency, i) =>
        (index.selfRatingByCompetency.get(competency.id) ?? [])
          .filter((question) => asked.has(question.id))
          .map((question) => [question.id, { position: i, weight: question.weight ?? 1 }] as const),
      ),
    ),
    levels: index.levels.map((level) => ({
      id: level.id,
      targets: (index.targetsByLevel.get(level.id) ?? []).map((target) => ({
        position: position.get(target.competency) ?? 0,
        weight: target.weight,
        expected: target.expected,
        core: target.importance === 'core',
      })),
    })),
  };
  byList.set(questionIds, compiled);
  return compiled;
}

/**
 * The same verdicts as scoreSession, computed without building the explanations, for lists of many sessions
 * (200 mentees × 12 sessions). A property test keeps the two paths equal.
 */
export function summarizeSession(input: ScoringInput & { targetLevel: string }): SessionSummary {
  const compiled = compile(input.pack, input.questionIds);
  const answers = input.answers;
  const basis = input.basis ?? 'self';
  const ratings = input.mentorRatings;
  const count = compiled.competencyIds.length;
  const weightSums = new Float64Array(count);
  const weighted = new Float64Array(count);
  // One pass over the answers given (Object.keys: own keys only, never the prototype). Weights are whole
  // numbers, so the sums are exact whatever order the keys come in.
  const keys = Object.keys(answers);
  for (let k = 0; k < keys.length; k += 1) {
    const question = compiled.selfRating.get(keys[k]!);
    if (!question) continue;
    const answer = answers[keys[k]!];
    if (answer?.kind !== 'rating') continue;
    weightSums[question.position]! += question.weight;
    weighted[question.position]! += question.weight * answer.value;
  }
  const scores = new Float64Array(count);
  for (let position = 0; position < count; position += 1) {
    const self = weightSums[position]! > 0 ? weighted[position]! / weightSums[position]! : null;
    const value = ratings ? chooseRating(self, mentorRatingOf(ratings, compiled.competencyIds[position]!), basis).value : self;
    scores[position] = value ?? Number.NaN;
  }
  const levels = compiled.levels.map((level): LevelSummary => {
    let earned = 0;
    let scoredPossible = 0;
    let allPossible = 0;
    let blocking = 0;
    for (const target of level.targets) {
      const possible = target.weight * target.expected;
      allPossible += possible;
      const score = scores[target.position]!;
      if (Number.isNaN(score)) continue;
      earned += target.weight * Math.min(score, target.expected);
      scoredPossible += possible;
      if (target.core && target.expected - score >= CORE_GAP_LIMIT) blocking += 1;
    }
    return { level: level.id, ...readinessFrom(earned, scoredPossible, allPossible, blocking) };
  });
  return { levels, ...ladderEnds(levels), target: levels.find((level) => level.level === input.targetLevel) };
}
