import type { ScoringPack } from '@/domain/pack/scoring-pack';
import type { Answer } from './answer';
import { chooseRating, type ScoringInput } from './competency-scores';
import { CORE_GAP_LIMIT } from './constants';
import { indexPack } from './pack-index';
import { ladderEnds, readinessFrom, type LevelReadiness } from './readiness';

export type LevelSummary = Pick<LevelReadiness, 'level' | 'status' | 'readiness' | 'ready' | 'state' | 'blockingCount' | 'coverage'>;

/** What a dashboard row needs: the ladder's verdicts without the explanations behind them. */
export interface SessionSummary {
  levels: readonly LevelSummary[];
  highestReady: string | null;
  next: string | null;
  target: LevelSummary | undefined;
}

/**
 * A pack and one assessment's question list, flattened to typed arrays: competencies by slot (their position in
 * the pack), not by id, so a summary walks a few flat arrays and builds nothing but its answer.
 */
interface Compiled {
  competencyCount: number;
  /** Competency id → slot, for the mentor ratings (whose keys come from storage). */
  slotOf: ReadonlyMap<string, number>;
  /**
   * The asked self-rating questions, grouped by competency slot and, within one, sorted by id: the very order
   * scoreCompetencies adds them in, so the two paths agree to the last bit even if a value were not a whole number.
   */
  selfIds: readonly string[];
  /** Question id → its index in selfIds. */
  positionOf: ReadonlyMap<string, number>;
  /** The assessment's questions in their asked order, each with its index in selfIds (−1: not a self-rating). */
  askedIds: readonly string[];
  askedPosition: Int32Array;
  selfWeights: Float64Array;
  /** selfIds[selfStart[slot] .. selfStart[slot + 1]) belong to competency `slot`. */
  selfStart: Int32Array;
  levelIds: readonly string[];
  /**
   * The distinct target values each competency has across the ladder (a handful: the scale is 0–4), ascending:
   * competency `slot` owns cells [cellStart[slot], cellStart[slot + 1]).
   */
  cellStart: Int32Array;
  cellValue: Float64Array;
  /** Each level's targets, in the order assessLevel sums them: level i owns [targetStart[i], targetStart[i + 1]). */
  targetStart: Int32Array;
  /** The cell holding the target's competency and value. */
  targetCell: Int32Array;
  targetWeight: Float64Array;
  targetPossible: Float64Array;
  /** The core targets alone, laid out the same way: only they can block a level. */
  coreStart: Int32Array;
  coreSlot: Int32Array;
  coreExpected: Float64Array;
  /** Σ weight × target over each level's targets: it does not depend on the answers. */
  allPossible: Float64Array;
  /**
   * Per-call scratch, reused because summaries run by the thousand: every call clears or writes all of it before
   * reading it, so a call that threw leaves nothing behind, and plain-data inputs run no code that could start
   * another. `found` holds the answer to each of selfIds, and keeps the last call's until the next one clears it.
   */
  found: (Answer | undefined)[];
  scores: Float64Array;
  /** Per cell: min(score, value), NaN when the competency is unscored. */
  capped: Float64Array;
}

// Called directly, not through the hasOwn helper: inside for…in, V8 can then reduce the check to a shape test;
// through the helper the summary takes about 15 % longer.
const ownProperty = Object.prototype.hasOwnProperty;

/**
 * The engine's own copy of a string used as a property name. Ids parsed from a pack are separate strings, so each
 * comparison with a key from for…in (a Map lookup, the look-ahead below) would compare characters; the canonical
 * copy compares by pointer.
 */
const interned = (id: string): string => Object.keys({ [id]: true })[0] ?? id;

const compiledCache = new WeakMap<ScoringPack, WeakMap<readonly string[], Compiled>>();

function compile(pack: ScoringPack, questionIds: readonly string[]): Compiled {
  let byList = compiledCache.get(pack);
  if (!byList) {
    byList = new WeakMap();
    compiledCache.set(pack, byList);
  }
  const cached = byList.get(questionIds);
  if (cached) return cached;

  const index = indexPack(pack);
  const asked = new Set(questionIds);
  const count = index.competencies.length;
  const slotOf = new Map(index.competencies.map((competency, slot) => [competency.id, slot]));

  const selfIds: string[] = [];
  const selfWeights: number[] = [];
  const selfStart = new Int32Array(count + 1);
  index.competencies.forEach((competency, slot) => {
    selfStart[slot] = selfIds.length;
    for (const question of index.selfRatingByCompetency.get(competency.id) ?? []) {
      if (!asked.has(question.id)) continue;
      selfIds.push(interned(question.id));
      selfWeights.push(question.weight ?? 1);
    }
  });
  selfStart[count] = selfIds.length;
  const positionOf = new Map(selfIds.map((id, k) => [id, k]));

  const perLevel = index.levels.map((level) => index.targetsByLevel.get(level.id) ?? []);
  const targets = perLevel.flat();
  const cores = perLevel.map((list) => list.filter((target) => target.importance === 'core'));
  const starts = (lists: readonly (readonly unknown[])[]) => {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
    return start;
  };
  const slotOfTarget = (target: { competency: string }) => slotOf.get(target.competency) ?? 0;
  const valuesOf = index.competencies.map((competency) =>
    [...new Set(targets.filter((target) => target.competency === competency.id).map((target) => target.expected))].sort((a, b) => a - b),
  );
  const cellStart = starts(valuesOf);
  const cellOf = (target: { competency: string; expected: number }) => {
    const slot = slotOfTarget(target);
    return cellStart[slot]! + valuesOf[slot]!.indexOf(target.expected);
  };

  const compiled: Compiled = {
    competencyCount: count,
    slotOf,
    selfIds,
    positionOf,
    askedIds: questionIds.map(interned),
    askedPosition: Int32Array.from(questionIds, (id) => positionOf.get(interned(id)) ?? -1),
    selfWeights: Float64Array.from(selfWeights),
    selfStart,
    levelIds: index.levels.map((level) => level.id),
    targetStart: starts(perLevel),
    cellStart,
    cellValue: Float64Array.from(valuesOf.flat()),
    targetCell: Int32Array.from(targets, cellOf),
    targetWeight: Float64Array.from(targets, (target) => target.weight),
    targetPossible: Float64Array.from(targets, (target) => target.weight * target.expected),
    coreStart: starts(cores),
    coreSlot: Int32Array.from(cores.flat(), slotOfTarget),
    coreExpected: Float64Array.from(cores.flat(), (target) => target.expected),
    allPossible: Float64Array.from(perLevel, (list) => list.reduce((sum, target) => sum + target.weight * target.expected, 0)),
    found: new Array<Answer | undefined>(selfIds.length).fill(undefined),
    scores: new Float64Array(count),
    capped: new Float64Array(valuesOf.flat().length),
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
  const { selfIds, positionOf, selfWeights, selfStart, found, scores } = compiled;
  const answers = input.answers;

  // One pass over the answers given, in their own order: stored answers reach the engine with fast properties
  // (structured clone, restoreSession and answersOf keep one shape per key sequence), which for…in walks through
  // a cache without looking a single key up; looking up each asked question instead costs over twice as much.
  // Answers are mostly stored in the order the questions are asked, so each key is first sought a few places
  // past the previous one, which is cheaper than the Map.
  // Only own keys count, as in scoreCompetencies: for…in also lists inherited enumerable keys, skipped here, and
  // misses own non-enumerable ones, looked up below among the questions it left unanswered.
  const { askedIds, askedPosition } = compiled;
  found.fill(undefined);
  let cursor = 0;
  for (const id in answers) {
    let j = cursor;
    while (j < askedIds.length && j < cursor + 4 && askedIds[j] !== id) j += 1;
    let k: number | undefined;
    if (askedIds[j] === id) {
      cursor = j + 1;
      k = askedPosition[j]!;
    } else {
      k = positionOf.get(id);
    }
    if (k !== undefined && k >= 0 && ownProperty.call(answers, id)) found[k] = answers[id];
  }
  for (let slot = 0; slot < compiled.competencyCount; slot += 1) {
    let weightSum = 0;
    let weighted = 0;
    for (let k = selfStart[slot]!, end = selfStart[slot + 1]!; k < end; k += 1) {
      let answer = found[k];
      // Own but not listed by for…in: a non-enumerable key.
      if (answer === undefined && ownProperty.call(answers, selfIds[k]!)) answer = answers[selfIds[k]!];
      if (answer?.kind !== 'rating') continue;
      const weight = selfWeights[k]!;
      weightSum += weight;
      weighted += weight * answer.value;
    }
    scores[slot] = weightSum > 0 ? weighted / weightSum : Number.NaN;
  }

  // chooseRating keeps the self score wherever the mentor has none, so only the competencies a mentor rated can
  // change: walk those rather than every competency. Own names, enumerable or not, as hasOwn sees them.
  const ratings = input.mentorRatings;
  if (ratings) {
    const basis = input.basis ?? 'self';
    const rated = Object.getOwnPropertyNames(ratings);
    for (let k = 0; k < rated.length; k += 1) {
      const slot = compiled.slotOf.get(rated[k]!);
      if (slot === undefined) continue;
      const raw = ratings[rated[k]!];
      if (typeof raw !== 'number' || !(raw >= 0 && raw <= 4)) continue; // not a rating, as in mentorRatingOf
      const self = scores[slot]!;
      scores[slot] = chooseRating(Number.isNaN(self) ? null : self, raw, basis).value ?? Number.NaN;
    }
  }

  // Math.min's result depends on the data, so its branches mispredict when taken once per target; comparing each
  // competency's score with its few target values in ascending order is predictable, and is the same Math.min on
  // the same operands as in assessLevel: the same results.
  const { cellStart, cellValue, capped } = compiled;
  for (let slot = 0; slot < compiled.competencyCount; slot += 1) {
    const score = scores[slot]!;
    for (let cell = cellStart[slot]!, end = cellStart[slot + 1]!; cell < end; cell += 1) capped[cell] = Math.min(score, cellValue[cell]!);
  }

  const { targetStart, targetCell, targetWeight, targetPossible, coreStart, coreSlot, coreExpected, levelIds, allPossible } = compiled;
  // Module bindings are re-read and checked on every use in a loop; locals are not.
  const limit = CORE_GAP_LIMIT;
  const levels: LevelSummary[] = [];
  let target: LevelSummary | undefined;
  for (let i = 0; i < levelIds.length; i += 1) {
    let earned = 0;
    let scoredPossible = 0;
    for (let t = targetStart[i]!, end = targetStart[i + 1]!; t < end; t += 1) {
      const met = capped[targetCell[t]!]!;
      if (Number.isNaN(met)) continue; // unscored
      earned += targetWeight[t]! * met;
      scoredPossible += targetPossible[t]!;
    }
    let blocking = 0;
    for (let c = coreStart[i]!, end = coreStart[i + 1]!; c < end; c += 1) {
      // assessLevel's max(0, gap) ≥ limit, as the limit is positive; NaN (unscored) compares false. Counted
      // without a branch: whether a gap blocks is a coin toss to the CPU.
      blocking += Number(coreExpected[c]! - scores[coreSlot[c]!]! >= limit);
    }
    const verdict = readinessFrom(earned, scoredPossible, allPossible[i]!, blocking);
    const level: LevelSummary = {
      level: levelIds[i]!,
      coverage: verdict.coverage,
      status: verdict.status,
      readiness: verdict.readiness,
      ready: verdict.ready,
      state: verdict.state,
      blockingCount: verdict.blockingCount,
    };
    levels.push(level);
    if (target === undefined && level.level === input.targetLevel) target = level;
  }
  const ends = ladderEnds(levels);
  return { levels, highestReady: ends.highestReady, next: ends.next, target };
}
