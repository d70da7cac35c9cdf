// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionIdIndexer, storedFormOf } from '@/domain/records/packed-answers';
import { withQuestionIdList } from '@/domain/records/question-id-list';
import { restoreSession, restoreSessionParts } from '@/domain/records/restore';
import { answersOf } from '@/domain/records/session';
import { checkPackedAnswers, unpackAnswers, unreadAnswersOf, withAnswersOnRead } from '@/domain/records/unpack-answers';
import { answersArbitrary, fullSessionArbitrary, packedOf } from '../../fixtures/packed-answers-arbitrary';

// A start checks every stored session's packed answers and builds them only when they are first read. Checking must
// give unpackAnswers' very verdict, and a session read that way must be the eager one to every reader.

/** One part of the packed form with a character put in, taken out or changed, or the part replaced by another value. */
const nearlyPackedArbitrary: fc.Arbitrary<unknown> = fc
  .tuple(answersArbitrary, fc.integer({ min: 0, max: 4 }), fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'other'), fc.constantFrom(' ', '-', '0', '5', 'c', 'z', 'A', ''))
  .map(([answers, part, at, change, text]) => {
    const packed: unknown[] = [...packedOf(answers)];
    const value = packed[part];
    if (change === 'other') packed[part] = part === 4 ? text : [text];
    else if (typeof value === 'string') {
      const index = value.length === 0 ? 0 : at % value.length;
      packed[part] = value.slice(0, index) + (change === 'delete' ? '' : text) + value.slice(change === 'insert' ? index : index + 1);
    } else if (Array.isArray(value)) packed[part] = change === 'delete' ? value.slice(1) : [...value, text];
    return packed;
  });

/** Packed answers of a few short ids, each written whole, often the same id twice. */
const repeatedIdsArbitrary: fc.Arbitrary<unknown> = fc
  .array(fc.tuple(fc.constantFrom('a', 'b', 'a-b', 'b-a'), fc.constantFrom('0', '4', 's', 'n')), { minLength: 1, maxLength: 6 })
  .map((entries) => [entries.map(([id]) => id).join(' '), '0'.repeat(entries.length), entries.map(([, kind]) => kind).join(''), entries.map(() => '1').join(' '), []]);

describe('checkPackedAnswers', () => {
  it('should give the verdict unpackAnswers gives, and its reason, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyPackedArbitrary, repeatedIdsArbitrary, answersArbitrary.map(packedOf), fc.anything()), (packed) => {
        const checked = checkPackedAnswers(packed);
        const unpacked = unpackAnswers(packed);
        expect(checked.ok).toBe(unpacked.ok);
        if (!checked.ok && !unpacked.ok) expect(checked.error).toBe(unpacked.error);
        if (checked.ok) expect(checked.value).toBe(packed);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['an id given twice', ['q q', '00', 'ss', '1 1', []]],
    ['an id given twice by its shared start', ['a-b b', '02', 'ss', '1 1', []]],
    ['a reserved id', ['a constructor', '00', 'ss', '1 1', []]],
    ['a reserved id alone', ['prototype', '0', 'n', '1', []]],
    ['a choice without an option', ['q', '0', 'c', '1', []]],
    ['an option of 65 characters', ['q', '0', 'c', '1', ['x'.repeat(65)]]],
  ])('should refuse %s, as unpacking does', (_name, packed) => {
    expect(checkPackedAnswers(packed).ok).toBe(false);
    expect(unpackAnswers(packed).ok).toBe(false);
  });
});

describe('withAnswersOnRead', () => {
  it('should build the answers only when first read, then keep them as a plain field', () => {
    const packed = packedOf({ 'lean-self-1': { answer: { kind: 'rating', value: 3 }, at: 5 } });
    const session = withAnswersOnRead({ id: 's', answers: packed as unknown, step: 1 }, packed);
    expect(Object.getOwnPropertyDescriptor(session, 'answers')?.get).toBeTypeOf('function');
    const first = session.answers;
    expect(first).toEqual({ 'lean-self-1': { answer: { kind: 'rating', value: 3 }, at: 5 } });
    expect(Object.getOwnPropertyDescriptor(session, 'answers')).toEqual({ value: first, writable: true, enumerable: true, configurable: true });
    expect(session.answers).toBe(first);
    expect(Object.keys(session)).toEqual(['id', 'answers', 'step']);
  });

  it('should take answers assigned before any read, never building the packed ones', () => {
    const packed = packedOf({ a: { answer: { kind: 'notSure' }, at: 1 } });
    const session = withAnswersOnRead({ answers: packed as unknown }, packed);
    session.answers = {};
    expect(session.answers).toEqual({});
  });

  it('should freeze the packed parts it was given, so what is built is what was checked', () => {
    const packed = packedOf({ a: { answer: { kind: 'choice', optionId: 'x' }, at: 1 } });
    withAnswersOnRead({ answers: packed as unknown }, packed);
    expect(Object.isFrozen(packed) && Object.isFrozen(packed[4])).toBe(true);
  });
});

describe('a packed session restored, its answers built on read', () => {
  /** The session as restore read it before answers were built on read: every answer unpacked at once. */
  const eagerly = (stored: Record<string, unknown>) => {
    const answers = unpackAnswers(stored.answers);
    if (!answers.ok) throw new Error(answers.error);
    return { ...stored, answers: answers.value };
  };

  it('should be the eager session to every reader: fields, their order, JSON, copies and equality', () => {
    fc.assert(
      fc.property(fullSessionArbitrary, (session) => {
        const stored = storedFormOf(session) as Record<string, unknown>;
        for (const restored of [restoreSessionParts(structuredClone(stored)), restoreSession(structuredClone(stored))]) {
          expect(restored.ok).toBe(true);
          if (!restored.ok) return;
          const value = 'dropped' in restored.value ? restored.value.value : restored.value;
          expect(Object.getOwnPropertyDescriptor(value, 'answers')?.get).toBeTypeOf('function');
          // Copied before any read (a write, a message to another tab): the answers come along, built.
          expect(structuredClone(value)).toEqual(eagerly(stored));
          expect(JSON.stringify(value)).toBe(JSON.stringify(session));
          expect(Object.keys(value)).toEqual(Object.keys(session));
          expect(Object.keys(value.answers)).toEqual(Object.keys(session.answers));
          expect(value).toEqual(session);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('should still say which other field is wrong, with the answers read whole', () => {
    const session = fc.sample(fullSessionArbitrary, 1)[0]!;
    const stored = storedFormOf({ ...session, evidence: { 'lean-manufacturing': 7 } }) as Record<string, unknown>;
    const parts = restoreSessionParts(stored);
    expect(parts.ok && parts.value.dropped).toEqual([expect.stringMatching(/^evidence\.lean-manufacturing: /)]);
    expect(parts.ok && parts.value.value.answers).toEqual(session.answers);
    expect(parts.ok && Object.getOwnPropertyDescriptor(parts.value.value, 'answers')?.get).toBeUndefined();
    expect(restoreSession(storedFormOf({ ...session, step: -1 })).ok).toBe(false);
  });
});

describe('unreadAnswersOf', () => {
  it('should give the answers scoring reads, as answersOf does, while the session’s own are unread, and nothing after', () => {
    fc.assert(
      fc.property(fullSessionArbitrary, (session) => {
        const restored = restoreSessionParts(structuredClone(storedFormOf(session)));
        if (!restored.ok) throw new Error('did not restore');
        const { value } = restored.value;
        const answers = unreadAnswersOf(value);
        expect(answers).toEqual(answersOf(session));
        expect(Object.keys(answers ?? {})).toEqual(Object.keys(session.answers));
        expect(Object.getOwnPropertyDescriptor(value, 'answers')?.get).toBeTypeOf('function');
        expect(value.answers).toEqual(session.answers);
        expect(unreadAnswersOf(value)).toBeUndefined();
        expect(unreadAnswersOf(session)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

/** A session as storage gives it once stored in format 4 on a list of its own (the list in front of its answers). */
const storedIndexed = (session: object) => {
  const indexer = questionIdIndexer(undefined);
  const stored = indexer.storedForm(session);
  return withQuestionIdList(stored, indexer.grownList()) as Record<string, unknown>;
};

describe('a session stored in format 4 and restored, its answers built on read', () => {
  it('should be the eager session to every reader, and give scoring its answers unbuilt', () => {
    fc.assert(
      fc.property(fullSessionArbitrary, (session) => {
        const stored = storedIndexed(session);
        const restored = restoreSessionParts(stored);
        if (!restored.ok) throw new Error(restored.error.message);
        const { value } = restored.value;
        expect(Object.getOwnPropertyDescriptor(value, 'answers')?.get).toBeTypeOf('function');
        expect(unreadAnswersOf(value)).toEqual(answersOf(session));
        expect(structuredClone(value)).toEqual(session);
        expect(JSON.stringify(value)).toBe(JSON.stringify(session));
        expect(Object.keys(value.answers)).toEqual(Object.keys(session.answers));
        expect(unreadAnswersOf(value)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('should still say which other field is wrong, with the answers read whole', () => {
    const session = fc.sample(fullSessionArbitrary, 1)[0]!;
    const parts = restoreSessionParts(storedIndexed({ ...session, evidence: { 'lean-manufacturing': 7 } }));
    expect(parts.ok && parts.value.dropped).toEqual([expect.stringMatching(/^evidence\.lean-manufacturing: /)]);
    expect(parts.ok && parts.value.value.answers).toEqual(session.answers);
  });

  it('should be refused whole, with the reason, where its answers do not read back', () => {
    const session = fc.sample(fullSessionArbitrary, 1)[0]!;
    const stored = storedIndexed(session);
    const answers = stored.answers as unknown[];
    const restored = restoreSessionParts({ ...stored, answers: [undefined, ...answers.slice(1)] });
    expect(restored).toEqual({ ok: false, error: { type: 'rungs/session', message: 'the answers could not be read: the list of question ids they point into is missing' } });
    const newer = restoreSessionParts({ ...stored, answers: [{ ...(answers[0] as object), version: 5 }, ...answers.slice(1)] });
    expect(newer.ok || newer.error.newer).toBe(true);
  });

  it('should refuse a reserved name anywhere in the record but its list, which its own check covers', () => {
    const session = fc.sample(fullSessionArbitrary, 1)[0]!;
    const stored = storedIndexed(session);
    // Put first in the evidence map, which may be empty: then without a comma after it.
    const text = JSON.stringify(stored);
    const reserved = text.includes('"evidence":{}') ? '"evidence":{"__proto__":"x"' : '"evidence":{"__proto__":"x",';
    const poisoned = JSON.parse(text.replace('"evidence":{', reserved)) as Record<string, unknown>;
    const answers = poisoned.answers as unknown[];
    poisoned.answers = [stored.answers && (stored.answers as unknown[])[0], ...answers.slice(1)];
    const parts = restoreSessionParts(poisoned);
    expect(parts.ok && parts.value.dropped).toEqual(['evidence.__proto__: a reserved name, which Rungs never writes']);
    const listPoisoned = JSON.parse(JSON.stringify(stored).replace('"questionIds":', '"__proto__":1,"questionIds":')) as Record<string, unknown>;
    const refused = restoreSession(listPoisoned);
    expect(refused.ok ? '' : refused.error.message).toMatch(/list of question ids they point into is damaged/);
  });
});
