import type { Importance, QuestionnaireId } from '@/domain/pack/schema';
import type {
  ScoringCompetency,
  ScoringFocusArea,
  ScoringLevel,
  ScoringPack,
  ScoringQuestion,
  ScoringScenarioQuestion,
  ScoringSelfRatingQuestion,
  ScoringTarget,
} from '@/domain/pack/scoring-pack';
import { CORE_WEIGHT, SUPPORTING_WEIGHT } from './constants';

export interface IndexedTarget extends ScoringTarget {
  weight: number;
  focus: ScoringFocusArea;
}

/** Lookups the engine needs many times per session, built once per pack. */
export interface PackIndex {
  competencies: readonly ScoringCompetency[];
  competencyById: ReadonlyMap<string, ScoringCompetency>;
  questionnaireOf: ReadonlyMap<string, QuestionnaireId>;
  questionById: ReadonlyMap<string, ScoringQuestion>;
  /** Per competency, its questions sorted by id: sums run in one order whatever order the pack lists them in. */
  selfRatingByCompetency: ReadonlyMap<string, readonly ScoringSelfRatingQuestion[]>;
  scenariosByCompetency: ReadonlyMap<string, readonly ScoringScenarioQuestion[]>;
  levels: readonly ScoringLevel[];
  levelIndex: ReadonlyMap<string, number>;
  /**
   * Per level, its targets in the pack's competency order: the ones readiness, gaps, certifications and the plan
   * count. Competencies of an optional specialisation module are left out here…
   */
  targetsByLevel: ReadonlyMap<string, readonly IndexedTarget[]>;
  /** …and kept here, so their targets can still be shown beside their scores. */
  optionalTargetsByLevel: ReadonlyMap<string, readonly IndexedTarget[]>;
  /** Competencies in an optional module (a group marked optional): shown, never counted towards readiness. */
  optionalCompetencies: ReadonlySet<string>;
}

export const importanceWeight = (importance: Importance): number => (importance === 'core' ? CORE_WEIGHT : SUPPORTING_WEIGHT);

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Packs are immutable once parsed, so the index can be kept beside the pack object itself.
const cache = new WeakMap<ScoringPack, PackIndex>();

export function indexPack(pack: ScoringPack): PackIndex {
  const cached = cache.get(pack);
  if (cached) return cached;

  const questionnaireOfGroup = new Map(pack.groups.map((group) => [group.id, group.questionnaire]));
  const competencyOrder = new Map(pack.competencies.map((competency, index) => [competency.id, index]));
  const selfRatingByCompetency = new Map<string, ScoringSelfRatingQuestion[]>();
  const scenariosByCompetency = new Map<string, ScoringScenarioQuestion[]>();
  const append = <Q>(map: Map<string, Q[]>, key: string, question: Q) => {
    const list = map.get(key);
    if (list) list.push(question);
    else map.set(key, [question]);
  };
  for (const question of pack.questions) {
    if (question.kind === 'selfRating') append(selfRatingByCompetency, question.competency, question);
    else append(scenariosByCompetency, question.competency, question);
  }
  for (const list of selfRatingByCompetency.values()) list.sort(byId);
  for (const list of scenariosByCompetency.values()) list.sort(byId);

  const optionalGroups = new Set(pack.groups.filter((group) => group.optional).map((group) => group.id));
  const optionalCompetencies = new Set(pack.competencies.filter((competency) => optionalGroups.has(competency.group)).map((competency) => competency.id));
  const focusById = new Map(pack.levels.flatMap((level) => level.focusAreas.map((area) => [area.id, area] as const)));
  const targetsByLevel = new Map<string, IndexedTarget[]>(pack.levels.map((level) => [level.id, []]));
  const optionalTargetsByLevel = new Map<string, IndexedTarget[]>(pack.levels.map((level) => [level.id, []]));
  for (const target of pack.targets) {
    const focus = focusById.get(target.focusArea);
    const list = (optionalCompetencies.has(target.competency) ? optionalTargetsByLevel : targetsByLevel).get(target.level);
    if (!focus || !list || !competencyOrder.has(target.competency)) continue; // parsePack refuses such packs
    list.push({ ...target, weight: importanceWeight(target.importance), focus });
  }
  for (const list of [...targetsByLevel.values(), ...optionalTargetsByLevel.values()]) {
    list.sort((a, b) => (competencyOrder.get(a.competency) ?? 0) - (competencyOrder.get(b.competency) ?? 0));
  }

  const index: PackIndex = {
    competencies: pack.competencies,
    competencyById: new Map(pack.competencies.map((competency) => [competency.id, competency])),
    questionnaireOf: new Map(
      pack.competencies.map((competency) => [competency.id, questionnaireOfGroup.get(competency.group) ?? 'technical']),
    ),
    questionById: new Map(pack.questions.map((question) => [question.id, question])),
    selfRatingByCompetency,
    scenariosByCompetency,
    levels: pack.levels,
    levelIndex: new Map(pack.levels.map((level, i) => [level.id, i])),
    targetsByLevel,
    optionalTargetsByLevel,
    optionalCompetencies,
  };
  cache.set(pack, index);
  return index;
}
