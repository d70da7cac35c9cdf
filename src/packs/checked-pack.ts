import type { PackProblem } from '@/domain/pack/parse-pack';
import type { QuestionPack } from '@/domain/pack/question-pack';
import type { Pack } from '@/domain/pack/schema';

/**
 * What the build makes of each pack file (the rungs:checked-packs plugin in .ci/checked-packs.ts, which the dev server
 * and vitest run too): parsePack's verdict on it, reached at build time, so the page never runs the zod pass on a phone
 * (about a second at 4× CPU). A pack that fails carries its problems, and is listed as broken. One that passes is a
 * small index that loads the rest on demand: the whole pack (results, dashboards), or the question part of one
 * assessment (the question screens), each its own chunk.
 */
export type CheckedPackFile = { readonly [CHECKED_PACK]: true } & (
  | { readonly ok: false; readonly problems: PackProblem[] }
  | {
      readonly ok: true;
      readonly id: string;
      readonly pack: () => Promise<Pack>;
      /** By assessment id. */
      readonly questions: Readonly<Record<string, () => Promise<QuestionPack>>>;
    }
);

/**
 * Marks a checked file. A registered symbol, which no JSON file can hold: raw data that happens to look like a
 * verdict is never taken for one, and is checked on the page instead.
 */
export const CHECKED_PACK: unique symbol = Symbol.for('rungs/checked-pack');

export function isCheckedPackFile(data: unknown): data is CheckedPackFile {
  return typeof data === 'object' && data !== null && (data as { [CHECKED_PACK]?: unknown })[CHECKED_PACK] === true;
}
