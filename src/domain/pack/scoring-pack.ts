import { pick } from './pick';
import type { Assessment, Certification, Competency, DevelopmentAction, FocusArea, Group, Level, Pack, ScenarioQuestion, SelfRatingQuestion, Target } from './schema';

type ScenarioOption = ScenarioQuestion['options'][number];

/*
 * What scoring, readiness, the certification advice, the plan and the Results screen's first screenful read of a
 * pack: its structure, numbers and titles, without the prose only the rest of the report shows (question wording and
 * anchors, options' text, explanations, descriptions, provenance quotes, salaries). Measured on pack 2.0.0, the
 * questions' prose alone is 70 of the pack's 121 kB gzip. The build cuts one per pack file, so the verdict can paint
 * before the whole pack has arrived; a whole Pack is one too, so everything that takes a ScoringPack takes a Pack.
 */

export type ScoringFocusArea = Pick<FocusArea, 'id'>;
export type ScoringLevel = Pick<Level, 'id' | 'title'> & { focusAreas: ScoringFocusArea[] };
export type ScoringGroup = Pick<Group, 'id' | 'questionnaire' | 'title' | 'optional'>;
export type ScoringAction = Pick<DevelopmentAction, 'id' | 'text' | 'levels' | 'duration'>;
export type ScoringCompetency = Pick<Competency, 'id' | 'group' | 'title'> & { developmentActions: ScoringAction[] };
export type ScoringSelfRatingQuestion = Pick<SelfRatingQuestion, 'id' | 'kind' | 'competency' | 'weight' | 'allowNotApplicable'>;
export type ScoringScenarioQuestion = Pick<ScenarioQuestion, 'id' | 'kind' | 'competency' | 'allowNotApplicable'> & {
  options: Pick<ScenarioOption, 'id' | 'best'>[];
};
export type ScoringQuestion = ScoringSelfRatingQuestion | ScoringScenarioQuestion;
export type ScoringTarget = Pick<Target, 'level' | 'competency' | 'expected' | 'importance' | 'focusArea'>;
export type ScoringCertification = Pick<Certification, 'id' | 'name' | 'recognition' | 'builds' | 'suitsLevels' | 'includes'> & {
  effort: Pick<Certification['effort'], 'hours'>;
};

export interface ScoringPack {
  meta: Pick<Pack['meta'], 'id' | 'title' | 'version'>;
  levels: ScoringLevel[];
  groups: ScoringGroup[];
  competencies: ScoringCompetency[];
  questions: ScoringQuestion[];
  assessments: Pick<Assessment, 'id' | 'title' | 'minutes' | 'questionIds'>[];
  targets: ScoringTarget[];
  certifications: ScoringCertification[];
}

const QUESTION_KEYS = ['id', 'kind', 'competency', 'allowNotApplicable'] as const;

/** The scoring part of a (checked) pack: every field a ScoringPack names, and nothing else. */
export function scoringPackOf(pack: Pack): ScoringPack {
  return {
    meta: pick(pack.meta, ['id', 'title', 'version']),
    levels: pack.levels.map((level) => ({ ...pick(level, ['id', 'title']), focusAreas: level.focusAreas.map((area) => pick(area, ['id'])) })),
    groups: pack.groups.map((group) => pick(group, ['id', 'questionnaire', 'title', 'optional'])),
    competencies: pack.competencies.map((competency) => ({
      ...pick(competency, ['id', 'group', 'title']),
      developmentActions: competency.developmentActions.map((action) => pick(action, ['id', 'text', 'levels', 'duration'])),
    })),
    questions: pack.questions.map(
      (question): ScoringQuestion =>
        question.kind === 'selfRating'
          ? pick(question, [...QUESTION_KEYS, 'weight'])
          : { ...pick(question, QUESTION_KEYS), options: question.options.map((option) => pick(option, ['id', 'best'])) },
    ),
    assessments: pack.assessments.map((assessment) => pick(assessment, ['id', 'title', 'minutes', 'questionIds'])),
    targets: pack.targets.map((target) => pick(target, ['level', 'competency', 'expected', 'importance', 'focusArea'])),
    certifications: pack.certifications.map((certification) => ({
      ...pick(certification, ['id', 'name', 'recognition', 'builds', 'suitsLevels', 'includes']),
      effort: pick(certification.effort, ['hours']),
    })),
  };
}
