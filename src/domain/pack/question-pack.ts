import type { Assessment, Competency, Group, Level, Pack, Question, Scale } from './schema';

/**
 * What the question screens show of a pack for one assessment: that assessment's questions and the competencies
 * they ask about, with none of the levels' targets and salaries, the certifications or the development actions. The
 * build cuts one per assessment (a quick assessment's is about a sixth of the pack), so a session's questions can show
 * before the whole pack has arrived. A whole Pack is one too, so everything that takes a QuestionPack takes a Pack.
 */
export interface QuestionPack {
  meta: Pack['meta'];
  scale: Scale;
  groups: Group[];
  /** Every assessment's title and questions, so a session can tell whether its own is still in the pack. */
  assessments: Assessment[];
  /** Every level's id and title: a session's target level must still be one for its answers to be read as they are. */
  levels: Pick<Level, 'id' | 'title'>[];
  /** Only the competencies this assessment asks about. */
  competencies: Pick<Competency, 'id' | 'group' | 'title' | 'description'>[];
  /** Only this assessment's questions. */
  questions: Question[];
}

/** The part of a (checked) pack the question screens need for one assessment; undefined when it has no such assessment. */
export function questionPackOf(pack: Pack, assessmentId: string): QuestionPack | undefined {
  const assessment = pack.assessments.find((candidate) => candidate.id === assessmentId);
  if (!assessment) return undefined;
  const asked = new Set(assessment.questionIds);
  const questions = pack.questions.filter((question) => asked.has(question.id));
  const competencyIds = new Set(questions.map((question) => question.competency));
  return {
    meta: pack.meta,
    scale: pack.scale,
    groups: pack.groups,
    assessments: pack.assessments,
    levels: pack.levels.map(({ id, title }) => ({ id, title })),
    competencies: pack.competencies
      .filter((competency) => competencyIds.has(competency.id))
      .map(({ id, group, title, description }) => ({ id, group, title, description })),
    questions,
  };
}

/**
 * Whether a session can be shown on the question (or scoring) part of its pack as it stands: answered on this version, with its
 * assessment and target level still there. Otherwise it is read through the changelog, which needs the whole pack.
 */
export function isCurrentOn(
  session: { packVersion: string; assessmentId: string; targetLevel: string },
  pack: { meta: { version: string }; assessments: readonly { id: string }[]; levels: readonly { id: string }[] },
): boolean {
  return (
    session.packVersion === pack.meta.version &&
    pack.assessments.some((assessment) => assessment.id === session.assessmentId) &&
    pack.levels.some((level) => level.id === session.targetLevel)
  );
}
