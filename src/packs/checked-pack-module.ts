import type { PackProblem } from '@/domain/pack/parse-pack';
import { questionPackOf } from '@/domain/pack/question-pack';
import type { Pack } from '@/domain/pack/schema';
import type { Result } from '@/domain/result';
import { CHECKED_PACK } from '@/packs/checked-pack';

// Run by the build only (.ci/checked-packs.ts): the modules it emits for a pack file, which src/packs/checked-pack.ts describes.

/** The parts of a checked pack, each a module of its own: the whole pack, or one assessment's question part. */
export const WHOLE_PACK = 'whole';
const QUESTIONS_OF = 'questions-';

/** One JSON.parse of a string: a browser parses that several times faster than the same data as an object literal. */
const jsonModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;

/**
 * The index module the build emits for a pack file, given parsePack's verdict on it. `partUrl(part)` is the import
 * its parts are loaded with; each becomes a chunk of its own.
 */
export function checkedPackModule(result: Result<Pack, PackProblem[]>, partUrl: (part: string) => string): string {
  const marker = `[Symbol.for(${JSON.stringify(CHECKED_PACK.description)})]: true`;
  if (!result.ok) return `export default { ${marker}, ok: false, problems: JSON.parse(${JSON.stringify(JSON.stringify(result.error))}) };\n`;
  const load = (part: string) => `() => import(${JSON.stringify(partUrl(part))}).then((part) => part.default)`;
  const questions = result.value.assessments.map((assessment) => `${JSON.stringify(assessment.id)}: ${load(QUESTIONS_OF + assessment.id)}`);
  return [
    `export default { ${marker}, ok: true, id: ${JSON.stringify(result.value.meta.id)},`,
    `  pack: ${load(WHOLE_PACK)},`,
    `  questions: { ${questions.join(', ')} } };`,
    '',
  ].join('\n');
}

/** A part of a checked pack as a module: the whole pack, or one assessment's question part; undefined for no such part. */
export function checkedPackPart(pack: Pack, part: string): string | undefined {
  if (part === WHOLE_PACK) return jsonModule(pack);
  const questions = part.startsWith(QUESTIONS_OF) ? questionPackOf(pack, part.slice(QUESTIONS_OF.length)) : undefined;
  return questions && jsonModule(questions);
}
