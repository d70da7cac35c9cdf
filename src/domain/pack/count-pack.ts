import type { Pack } from './schema';

// Apart from parse-pack.ts so that counting a pack the build has already checked never loads zod.

export interface PackCounts {
  competencies: number;
  technical: number;
  soft: number;
  questions: number;
  selfRating: number;
  scenario: number;
  levels: number;
  certifications: number;
}

export function countPack(pack: Pack): PackCounts {
  const questionnaireOf = new Map(pack.groups.map((group) => [group.id, group.questionnaire]));
  const technical = pack.competencies.filter((competency) => questionnaireOf.get(competency.group) === 'technical').length;
  const selfRating = pack.questions.filter((question) => question.kind === 'selfRating').length;
  return {
    competencies: pack.competencies.length,
    technical,
    soft: pack.competencies.length - technical,
    questions: pack.questions.length,
    selfRating,
    scenario: pack.questions.length - selfRating,
    levels: pack.levels.length,
    certifications: pack.certifications.length,
  };
}
