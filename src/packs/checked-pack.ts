import type { PackProblem } from '@/domain/pack/parse-pack';
import type { Pack } from '@/domain/pack/schema';
import type { Result } from '@/domain/result';

/**
 * What the build makes of each pack file (the rungs:checked-packs plugin in vite.config.ts, which the dev server and
 * vitest run too): parsePack's verdict on it, reached at build time, so the page never runs the zod pass on a phone
 * (about a second at 4× CPU). A pack that fails the check carries its problems instead, and is listed as broken.
 */
export interface CheckedPackFile {
  readonly [CHECKED_PACK]: true;
  readonly result: Result<Pack, PackProblem[]>;
}

/**
 * Marks a checked file. A registered symbol, which no JSON file can hold: raw data that happens to look like a
 * verdict is never taken for one, and is checked on the page instead.
 */
export const CHECKED_PACK: unique symbol = Symbol.for('rungs/checked-pack');

export function isCheckedPackFile(data: unknown): data is CheckedPackFile {
  return typeof data === 'object' && data !== null && (data as { [CHECKED_PACK]?: unknown })[CHECKED_PACK] === true;
}

/**
 * The module the build emits for a pack file, given parsePack's verdict on it. One JSON.parse of a string: a browser
 * parses that several times faster than the same data written as an object literal.
 */
export function checkedPackModule(result: Result<Pack, PackProblem[]>): string {
  return `export default { [Symbol.for(${JSON.stringify(CHECKED_PACK.description)})]: true, result: JSON.parse(${JSON.stringify(JSON.stringify(result))}) };\n`;
}
