import type { Pack } from '@/domain/pack/schema';
import type { PackMigrationReport } from './pack-migration';

/*
 * What a pack migration report says to the person who opens the session: what changed since they answered, and why
 * a session whose assessment or level is gone cannot be scored as it stands. Words only; the mapping itself is in
 * pack-migration.ts.
 */

const count = (n: number, one: string, other = `${one}s`) => `${n} ${n === 1 ? one : other}`;
const was = (n: number) => (n === 1 ? 'was' : 'were');
const quoted = (titles: readonly string[]) => titles.map((title) => `“${title}”`).join(', ');

/**
 * The plain message for the person: "Answered with version 1.0.0 of the pack, now 2.0.0: 2 questions were reworded
 * since you answered them, 1 competency was merged into “Business acumen”; your answers were carried over."
 * Null when the session was answered on this version and nothing needed mapping.
 */
export function describePackMigration(report: PackMigrationReport, pack: Pack): string | null {
  const competencyTitle = (id: string) => pack.competencies.find((competency) => competency.id === id)?.title ?? id;
  const parts: string[] = [];
  const n = report.reworded.length;
  if (n > 0) parts.push(`${count(n, 'question')} ${was(n)} reworded since you answered ${n === 1 ? 'it' : 'them'}`);
  if (report.retargeted) {
    const { level, competencies } = report.retargeted;
    const title = pack.levels.find((candidate) => candidate.id === level)?.title ?? level;
    parts.push(`${count(competencies.length, 'target')} for “${title}” changed, so your gaps are measured against the new ones`);
  }
  if (report.merged.length > 0) {
    const into = [...new Set(report.merged.map((entry) => entry.into))];
    parts.push(`${count(report.merged.length, 'competency', 'competencies')} ${was(report.merged.length)} merged into ${quoted(into.map(competencyTitle))}`);
  }
  if (report.assessment) {
    const title = pack.assessments.find((assessment) => assessment.id === report.assessment?.to)?.title ?? report.assessment.to;
    parts.push(`the assessment is now called “${title}”`);
  }
  if (report.level) {
    const title = pack.levels.find((level) => level.id === report.level?.to)?.title ?? report.level.to;
    parts.push(`the target level is now called “${title}”`);
  }
  const retiredAnswers = report.retired.filter((item) => item.kind === 'question').length;
  const retiredCompetencies = report.retired.filter((item) => item.kind === 'competency').length;
  if (retiredAnswers > 0) {
    parts.push(`${count(retiredAnswers, 'answer')} to questions the pack no longer asks ${retiredAnswers === 1 ? 'is' : 'are'} kept with the session`);
  }
  if (report.notAsked.length > 0) {
    const n = report.notAsked.length;
    parts.push(`${count(n, 'answer')} to questions this assessment no longer asks ${n === 1 ? 'is' : 'are'} kept with the session`);
  }
  if (retiredCompetencies > 0) {
    parts.push(`notes and ratings for ${count(retiredCompetencies, 'competency', 'competencies')} the pack no longer has are kept with the session`);
  }
  const versions =
    report.fromVersion === report.toVersion ? null : `Answered with version ${report.fromVersion} of the pack, now version ${report.toVersion}`;
  if (!versions && parts.length === 0) return null;
  const unmapped = report.unmapped ? ' (this copy of Rungs has no record of what changed between them)' : '';
  const carried = report.unmapped ? 'answers to questions it still asks count' : 'your answers were carried over';
  const body = parts.length > 0 ? `${parts.join(', ')}; ${carried}` : report.unmapped ? carried : `nothing you answered was reworded; ${carried}`;
  const sentence = versions ? `${versions}${unmapped}: ${body}.` : `${body[0]?.toUpperCase() ?? ''}${body.slice(1)}.`;
  return sentence;
}

/** Why the session cannot be scored as it stands, and where it could continue. Null when it can. */
export function describeMissingTarget(report: PackMigrationReport, pack: Pack): string | null {
  const parts: string[] = [];
  if (report.missingAssessment) parts.push(`the assessment “${report.missingAssessment.id}” these answers were given for`);
  if (report.missingLevel) parts.push(`the target level “${report.missingLevel.id}” chosen for this session`);
  if (parts.length === 0) return null;
  return `Version ${pack.meta.version} of the pack no longer has ${parts.join(', nor ')}. Every answer is kept.`;
}
