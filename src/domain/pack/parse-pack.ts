import type * as z from '@/domain/zod';
import { err, ok, type Result } from '@/domain/result';
import { PackSchema, type Pack } from './schema';

/** One reason a pack cannot be used, with where in the file it sits. */
export interface PackProblem {
  path: string;
  message: string;
}

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}${text ? '.' : ''}${String(key)}`),
    '',
  ) || '(the whole file)';

const fromZodIssues = (issues: readonly z.core.$ZodIssue[]): PackProblem[] =>
  issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));

/**
 * Cross-references the schema alone cannot see: unknown ids, duplicates, orphans, falling targets.
 * Returns every problem at once so an author can fix a pack in one pass.
 */
export function findPackReferenceProblems(pack: Pack): PackProblem[] {
  const problems: PackProblem[] = [];
  const seen = new Map<string, string>();
  const claimId = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.push({ path, message: `id "${id}" is already used at ${first}` });
    else seen.set(id, path);
  };

  const levelIds = new Set(pack.levels.map((level) => level.id));
  const groupIds = new Set(pack.groups.map((group) => group.id));
  const competencyIds = new Set(pack.competencies.map((competency) => competency.id));
  const questionIds = new Set(pack.questions.map((question) => question.id));
  const focusAreasByLevel = new Map(pack.levels.map((level) => [level.id, new Set(level.focusAreas.map((area) => area.id))]));

  pack.levels.forEach((level, i) => {
    claimId(level.id, `levels[${i}]`);
    level.focusAreas.forEach((area, j) => claimId(area.id, `levels[${i}].focusAreas[${j}]`));
    if (level.years.max !== null && level.years.max < level.years.min) {
      problems.push({ path: `levels[${i}].years`, message: 'years.max is below years.min' });
    }
  });
  pack.groups.forEach((group, i) => claimId(group.id, `groups[${i}]`));
  pack.competencies.forEach((competency, i) => {
    claimId(competency.id, `competencies[${i}]`);
    competency.developmentActions.forEach((action, j) => {
      claimId(action.id, `competencies[${i}].developmentActions[${j}]`);
      action.levels?.forEach((levelId, k) => {
        if (!levelIds.has(levelId)) {
          problems.push({ path: `competencies[${i}].developmentActions[${j}].levels[${k}]`, message: `unknown level "${levelId}"` });
        }
      });
    });
    if (!groupIds.has(competency.group)) {
      problems.push({ path: `competencies[${i}].group`, message: `unknown group "${competency.group}"` });
    }
  });
  pack.questions.forEach((question, i) => {
    claimId(question.id, `questions[${i}]`);
    if (!competencyIds.has(question.competency)) {
      problems.push({ path: `questions[${i}].competency`, message: `unknown competency "${question.competency}"` });
    }
  });
  pack.assessments.forEach((assessment, i) => {
    claimId(assessment.id, `assessments[${i}]`);
    const inThis = new Set<string>();
    assessment.questionIds.forEach((questionId, j) => {
      if (!questionIds.has(questionId)) {
        problems.push({ path: `assessments[${i}].questionIds[${j}]`, message: `unknown question "${questionId}"` });
      }
      if (inThis.has(questionId)) {
        problems.push({ path: `assessments[${i}].questionIds[${j}]`, message: `question "${questionId}" is listed twice` });
      }
      inThis.add(questionId);
    });
  });
  pack.certifications.forEach((certification, i) => {
    claimId(certification.id, `certifications[${i}]`);
    certification.builds.forEach((build, j) => {
      if (!competencyIds.has(build.competency)) {
        problems.push({ path: `certifications[${i}].builds[${j}].competency`, message: `unknown competency "${build.competency}"` });
      }
    });
    certification.suitsLevels.forEach((levelId, j) => {
      if (!levelIds.has(levelId)) {
        problems.push({ path: `certifications[${i}].suitsLevels[${j}]`, message: `unknown level "${levelId}"` });
      }
    });
  });
  const certificationIds = new Set(pack.certifications.map((certification) => certification.id));
  pack.certifications.forEach((certification, i) => {
    certification.includes?.forEach((included, j) => {
      if (included === certification.id || !certificationIds.has(included)) {
        const message = included === certification.id ? 'a credential cannot include itself' : `unknown certification "${included}"`;
        problems.push({ path: `certifications[${i}].includes[${j}]`, message });
      }
    });
  });

  const competenciesWithSelfRating = new Set(
    pack.questions.filter((question) => question.kind === 'selfRating').map((question) => question.competency),
  );
  pack.competencies.forEach((competency, i) => {
    if (!competenciesWithSelfRating.has(competency.id)) {
      problems.push({ path: `competencies[${i}]`, message: `competency "${competency.id}" has no self-rating question` });
    }
  });

  const levelOrder = new Map(pack.levels.map((level, index) => [level.id, index]));
  const targetKeys = new Set<string>();
  pack.targets.forEach((target, i) => {
    const path = `targets[${i}]`;
    if (!levelIds.has(target.level)) problems.push({ path: `${path}.level`, message: `unknown level "${target.level}"` });
    if (!competencyIds.has(target.competency)) {
      problems.push({ path: `${path}.competency`, message: `unknown competency "${target.competency}"` });
    }
    if (levelIds.has(target.level) && !focusAreasByLevel.get(target.level)?.has(target.focusArea)) {
      problems.push({ path: `${path}.focusArea`, message: `"${target.focusArea}" is not a focus area of level "${target.level}"` });
    }
    const key = `${target.level}/${target.competency}`;
    if (targetKeys.has(key)) problems.push({ path, message: `a second target for ${key}` });
    targetKeys.add(key);
  });

  // Targets rise from one level to the next; a fall must say why.
  const byCompetency = new Map<string, { index: number; targetIndex: number; expected: number; dropReason?: string }[]>();
  pack.targets.forEach((target, targetIndex) => {
    const index = levelOrder.get(target.level);
    if (index === undefined) return;
    const list = byCompetency.get(target.competency) ?? [];
    list.push({ index, targetIndex, expected: target.expected, dropReason: target.dropReason });
    byCompetency.set(target.competency, list);
  });
  for (const [competencyId, list] of byCompetency) {
    list.sort((a, b) => a.index - b.index);
    for (let k = 1; k < list.length; k += 1) {
      const previous = list[k - 1]!;
      const current = list[k]!;
      if (current.expected < previous.expected && !current.dropReason) {
        problems.push({
          path: `targets[${current.targetIndex}]`,
          message: `target for "${competencyId}" falls from ${previous.expected} to ${current.expected} without a dropReason`,
        });
      }
    }
  }
  return problems;
}

/** The one door in for a pack: schema first, then cross-references. A pack with any problem is never used. */
export function parsePack(input: unknown): Result<Pack, PackProblem[]> {
  const parsed = PackSchema.safeParse(input);
  if (!parsed.success) return err(fromZodIssues(parsed.error.issues));
  const problems = findPackReferenceProblems(parsed.data);
  return problems.length > 0 ? err(problems) : ok(parsed.data);
}
