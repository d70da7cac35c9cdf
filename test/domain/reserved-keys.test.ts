import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findReservedKey, firstReservedKey, type ReservedKeyHit } from '@/domain/reserved-keys';

/** The generator's own answer, run straight through: what firstReservedKey must always agree with. */
function walked(root: unknown, checkedApart?: object): ReservedKeyHit | null {
  const scan = findReservedKey(root, undefined, Number.MAX_SAFE_INTEGER, checkedApart);
  for (;;) {
    const step = scan.next();
    if (step.done) return step.value;
  }
}

/** A stored record as JSON.parse makes it: `__proto__` an own key, not the prototype. */
const parsed = (text: string): unknown => JSON.parse(text);

describe('firstReservedKey', () => {
  it('should find a reserved key deep in a record and name the object that holds it', () => {
    const record = parsed('{"type":"rungs/session","answers":{"q1":{"answer":{"kind":"choice","__proto__":{"x":1}}}}}');
    expect(firstReservedKey(record)).toEqual({ key: '__proto__', path: 'answers.q1.answer' });
  });

  it('should name the top level and an array element by its index', () => {
    expect(firstReservedKey(parsed('{"constructor":1}'))).toEqual({ key: 'constructor', path: 'the top level' });
    expect(firstReservedKey(parsed('{"plan":[{"id":"a"},{"prototype":true}]}'))).toEqual({ key: 'prototype', path: 'plan.1' });
  });

  it('should find nothing in a record without one, nor in a value that is not an object', () => {
    expect(firstReservedKey(parsed('{"id":"s-1","answers":{"q1":{"kind":"rating","value":3}},"notes":[null,"x",2]}'))).toBeNull();
    for (const value of [null, undefined, 0, 'constructor', true]) expect(firstReservedKey(value)).toBeNull();
  });

  it('should leave out the object its own check covers, and only that one', () => {
    const list = parsed('{"ref":1,"__proto__":[]}') as object;
    const record = { answers: [list, 1], other: parsed('{"ref":1,"__proto__":[]}') };
    expect(firstReservedKey({ answers: [list, 1] }, list)).toBeNull();
    expect(firstReservedKey(record, list)).toEqual({ key: '__proto__', path: 'other' });
  });

  it('should walk a document nested far deeper than the call stack', () => {
    const depth = 200_000;
    const deep = parsed(`${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}`);
    expect(firstReservedKey(deep)?.key).toBe('__proto__');
    expect(firstReservedKey(parsed(`${'['.repeat(depth)}1${']'.repeat(depth)}`))).toBeNull();
  });

  it('should agree with the full walk on any JSON document, reserved keys or not', () => {
    const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'answers'), fc.string({ maxLength: 4 }));
    const json = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(null, true, 1, 'text'),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) =>
          // Built as JSON.parse builds it, so a reserved name is an own key like any other.
          Object.fromEntries(entries.map(([name, item]) => [name, item])),
        ),
      ),
    })).value;
    fc.assert(
      fc.property(json, (document) => {
        const reparsed = parsed(JSON.stringify(document) ?? 'null');
        expect(firstReservedKey(reparsed)).toEqual(walked(reparsed));
      }),
      { seed: 16, numRuns: 500 },
    );
  });
});
