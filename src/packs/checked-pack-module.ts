import type { PackProblem } from '@/domain/pack/parse-pack';
import { questionPackOf } from '@/domain/pack/question-pack';
import { scoringPackOf } from '@/domain/pack/scoring-pack';
import type { Pack } from '@/domain/pack/schema';
import { startPartOf } from '@/domain/pack/start-pack';
import { ok, type Result } from '@/domain/result';
import { CHECKED_PACK } from '@/packs/checked-pack';

// Run by the build only (.ci/checked-packs.ts): the modules it emits for a pack file, which src/packs/checked-pack.ts describes.

/** One JSON.parse of a string: a browser parses that several times faster than the same data as an object literal. */
const json = (data: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
const MARKER = `[Symbol.for(${JSON.stringify(CHECKED_PACK.description)})]: true`;

/** The module of a pack file's whole verdict, given parsePack's. */
export function checkedPackModule(result: Result<Pack, PackProblem[]>): string {
  return `export default { ${MARKER}, result: ${json(result)} };\n`;
}

/**
 * The index of a pack file's question parts. `partUrl(assessmentId)` is the import each part is loaded with; each
 * becomes a chunk of its own.
 */
export function questionIndexModule(result: Result<Pack, PackProblem[]>, partUrl: (assessmentId: string) => string): string {
  if (!result.ok) return `export default { ${MARKER}, id: null, questions: {} };\n`;
  const parts = result.value.assessments.map(
    (assessment) => `${JSON.stringify(assessment.id)}: () => import(${JSON.stringify(partUrl(assessment.id))}).then((part) => part.default)`,
  );
  return `export default { ${MARKER}, id: ${JSON.stringify(result.value.meta.id)}, questions: { ${parts.join(', ')} } };\n`;
}

/** One assessment's question part as a module; undefined when the pack has no such assessment. */
export function questionPartModule(pack: Pack, assessmentId: string): string | undefined {
  const part = questionPackOf(pack, assessmentId);
  return part && `export default ${json(part)};\n`;
}

/** A pack file's scoring part (src/domain/pack/scoring-pack.ts); a pack that failed its check has none (and no id). */
export function scoringPartModule(result: Result<Pack, PackProblem[]>): string {
  if (!result.ok) return `export default { ${MARKER}, id: null, scoring: null };\n`;
  return `export default { ${MARKER}, id: ${JSON.stringify(result.value.meta.id)}, scoring: ${json(scoringPackOf(result.value))} };\n`;
}

/** A pack file's start part (src/domain/pack/start-pack.ts), or the problems that list it as broken, as Home shows them. */
export function startPartModule(result: Result<Pack, PackProblem[]>): string {
  const start = result.ok ? ok(startPartOf(result.value)) : result;
  return `export default { ${MARKER}, start: ${json(start)} };\n`;
}
