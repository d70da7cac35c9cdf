// @vitest-environment node
// 10,000 files, valid ones damaged every way a file gets damaged and plain hostile ones, through the importer's whole
// path: parseBundle (size, JSON, strict schemas, reserved keys, migrations) and planImport against existing records.
import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBundle, serializeBundle } from '@/domain/records/bundle';
import { planImport } from '@/domain/records/merge';
import { POISONING } from '../../fixtures/poisoning';
import { bundleRecordsArbitrary, stateArbitrary } from '../../fixtures/records-arbitrary';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const EXPORTED_AT = new Date('2026-11-24T08:00:00.000Z');
const RESERVED = ['__proto__', 'constructor', 'prototype'] as const;
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a parsed file, the root included, down to the depth of a record's fields. */
function pathsOf(root: Json): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const pending: [Json, (string | number)[]][] = [[root, []]];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    paths.push(path);
    if (path.length >= 6 || !value || typeof value !== 'object') continue;
    for (const [key, item] of Object.entries(value)) pending.push([item, [...path, Array.isArray(value) ? Number(key) : key]]);
  }
  return paths;
}

/** A copy of `root` with the value at `path` passed through `change` (undefined removes it). */
function changeAt(root: Json, path: readonly (string | number)[], change: (value: Json) => Json | undefined): Json | undefined {
  if (path.length === 0) return change(root);
  const [step, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const changed = changeAt(copy[step as number]!, rest, change);
    if (changed === undefined) copy.splice(step as number, 1);
    else copy[step as number] = changed;
    return copy;
  }
  const copy: { [key: string]: Json } = {};
  for (const [key, item] of Object.entries(root as { [key: string]: Json })) {
    if (key !== step) {
      copy[key] = item;
      continue;
    }
    const changed = changeAt(item, rest, change);
    if (changed !== undefined) copy[key] = changed;
  }
  return copy;
}

/** An object holding `key` as an own property, the way JSON.parse makes one. */
const withOwnKey = (key: string, value: Json): Json => Object.defineProperty({}, key, { value, enumerable: true, configurable: true, writable: true }) as Json;

/** Stands for a deeply nested value until the file is written: built as text, no recursion can overflow making it. */
const DEEP = (depth: number) => `\u0000deep:${depth}`;
const writeDeep = (text: string) =>
  text.replace(/"\\u0000deep:(\d+)"/g, (_marker, depth: string) => `${'{"level":['.repeat(Number(depth))}"bottom"${']}'.repeat(Number(depth))}`);
const deeplyNested = fc.integer({ min: 50, max: 20_000 }).map((depth) => DEEP(depth));

/** What one value in a file may become. */
const replacement: fc.Arbitrary<(value: Json) => Json | undefined> = fc.oneof(
  fc.constant(() => undefined),
  fc.jsonValue().map((other) => () => other as Json),
  fc.constantFrom(null, true, 0, -1, 1e308, '', '0', [], {}).map((other) => () => other as Json),
  fc.constantFrom(...RESERVED).chain((key) => fc.jsonValue().map((payload) => () => withOwnKey(key, { polluted: true, payload } as Json))),
  fc.constantFrom(...RESERVED).map((key) => (value: Json) => (value && typeof value === 'object' && !Array.isArray(value) ? { ...value, ...(withOwnKey(key, { polluted: true }) as object) } : value)),
  deeplyNested.map((nested) => () => nested),
  fc.integer({ min: 10_000, max: 500_000 }).map((length) => () => 'x'.repeat(length)),
  fc.constant((value: Json) => (typeof value === 'string' ? `${value}<img src=x onerror=alert(1)>` : value)),
  fc.constant((value: Json) => (typeof value === 'number' ? String(value) : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)),
);

/** A valid file changed at one to three places in its structure. */
const structurallyMutated = fc
  .tuple(bundleRecordsArbitrary, fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }))
  .map(([records, changes]) => {
    let document: Json | undefined = JSON.parse(serializeBundle({ ...records, exportedAt: EXPORTED_AT })) as Json;
    for (const [pick, change] of changes) {
      if (document === undefined) break;
      const paths = pathsOf(document);
      document = changeAt(document, paths[pick % paths.length]!, change);
    }
    return document === undefined ? '' : writeDeep(JSON.stringify(document));
  });

/** A valid file's text cut short, with characters flipped, or with text dropped in anywhere. */
const textuallyGarbled = fc
  .tuple(bundleRecordsArbitrary, fc.array(fc.tuple(fc.nat(), fc.constantFrom('cut', 'flip', 'insert', 'double'), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 4 }))
  .map(([records, edits]) => {
    let text = serializeBundle({ ...records, exportedAt: EXPORTED_AT });
    for (const [at, edit, insert] of edits) {
      const position = at % (text.length + 1);
      if (edit === 'cut') text = text.slice(0, position);
      else if (edit === 'flip') text = `${text.slice(0, position)}${insert.slice(0, 1) || '"'}${text.slice(position + 1)}`;
      else if (edit === 'insert') text = `${text.slice(0, position)}${insert}${text.slice(position)}`;
      else text = `${text}${text.slice(position)}`;
    }
    return text;
  });

/** Anything at all, as JSON or as raw text. */
const arbitraryInput = fc.oneof(
  fc.anything({ withBigInt: false, withObjectString: true }).map((value) => JSON.stringify(value) ?? ''),
  fc.string({ unit: fc.nat({ max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }),
  fc.json(),
);

const anyFile = fc.oneof({ weight: 4, arbitrary: structurallyMutated }, { weight: 3, arbitrary: textuallyGarbled }, { weight: 2, arbitrary: arbitraryInput });

/** Frozen all the way down, so any write into existing records throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

describe('the importer under 10,000 damaged and hostile files', () => {
  afterEach(() => restoreGlobals(POISONING));

  it('should never throw, never pollute a global, and leave existing records untouched; what it accepts is importable', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc
        .property(stateArbitrary, anyFile, (existing, text) => {
          const before = JSON.stringify(existing);
          deepFreeze(existing);
          const result = parseBundle(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(0);
            return;
          }
          accepted += 1;
          const plan = planImport(existing, result.value);
          // Only records the file brought are written, never a change to one already here in place.
          for (const record of [...plan.toWrite.profiles, ...plan.toWrite.sessions]) expect(Object.isFrozen(record)).toBe(false);
          expect(JSON.stringify(existing)).toBe(before);
        })
        .afterEach(() => {
          // A full scan of every global costs more than the importer itself; Object.prototype, the usual target, is
          // checked after every file and everything else after every hundredth and at the end.
          runs += 1;
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
          if (runs % 100 === 0) assertNoPoisoning(POISONING);
        }),
      { numRuns: RUNS },
    );
    assertNoPoisoning(POISONING);
    // Some damage leaves a file valid (a changed note, a dropped optional session): those must import, too.
    expect(accepted).toBeGreaterThan(0);
  }, 180_000);
});
