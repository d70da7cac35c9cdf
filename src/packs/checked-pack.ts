import type { PackProblem } from '@/domain/pack/parse-pack';
import type { QuestionPack } from '@/domain/pack/question-pack';
import type { ScoringPack } from '@/domain/pack/scoring-pack';
import type { Pack } from '@/domain/pack/schema';
import type { StartPart } from '@/domain/pack/start-pack';
import type { Result } from '@/domain/result';

/*
 * What the build makes of each pack file (the rungs:checked-packs plugin in .ci/checked-packs.ts, which the dev server
 * and vitest run too): parsePack's verdict on it, reached at build time, so the page never runs the zod pass on a
 * phone (about a second at 4× CPU). Two modules per file, each its own chunk: the whole verdict, and an index of the
 * question part of each assessment, which loads only the part a question screen shows (src/domain/pack/question-pack.ts).
 * A third, the scoring part (src/domain/pack/scoring-pack.ts), is what the Results screen paints its verdict from
 * while the whole pack is still on its way. A fourth, the start part (src/domain/pack/start-pack.ts), is what Home
 * lists the pack and starts a session with.
 */

/** The whole pack as the build found it: the pack, or the problems that list it as broken. */
export interface CheckedPackFile {
  readonly [CHECKED_PACK]: true;
  readonly result: Result<Pack, PackProblem[]>;
}

/** A pack's question parts, by assessment id; a pack that failed its check has none (and no id). */
export interface QuestionPackIndex {
  readonly [CHECKED_PACK]: true;
  readonly id: string | null;
  readonly questions: Readonly<Record<string, () => Promise<QuestionPack>>>;
}

/** A pack's scoring part; a pack that failed its check has none (and no id). */
export interface ScoringPackFile {
  readonly [CHECKED_PACK]: true;
  readonly id: string | null;
  readonly scoring: ScoringPack | null;
}

/** A pack's start part, or the problems that list it as broken. */
export interface StartPartFile {
  readonly [CHECKED_PACK]: true;
  readonly start: Result<StartPart, PackProblem[]>;
}

/**
 * Marks what the build emitted. A registered symbol, which no JSON file can hold: raw data that happens to look like
 * a verdict is never taken for one, and is checked on the page instead.
 */
export const CHECKED_PACK: unique symbol = Symbol.for('rungs/checked-pack');

const isMarked = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && (data as { [CHECKED_PACK]?: unknown })[CHECKED_PACK] === true;

export function isCheckedPackFile(data: unknown): data is CheckedPackFile {
  return isMarked(data) && 'result' in data;
}

export function isQuestionPackIndex(data: unknown): data is QuestionPackIndex {
  return isMarked(data) && 'questions' in data;
}

export function isScoringPackFile(data: unknown): data is ScoringPackFile {
  return isMarked(data) && 'scoring' in data;
}

export function isStartPartFile(data: unknown): data is StartPartFile {
  return isMarked(data) && 'start' in data;
}
