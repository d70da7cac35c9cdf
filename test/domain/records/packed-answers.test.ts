// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from '@/domain/zod';
import { SESSION_VERSION } from '@/domain/records/constants';
import { packAnswers, questionIdIndexer, storedFormOf, type PackedAnswers } from '@/domain/records/packed-answers';
import { QUESTION_ID_LIST_VERSION, withQuestionIdList, type QuestionIdList } from '@/domain/records/question-id-list';
import { restoreSession, restoreSessionParts } from '@/domain/records/restore';
import { ItemKeySchema, StoredAnswerSchema, type StoredAnswer } from '@/domain/records/schema';
import { areStoredAnswers } from '@/domain/records/stored-answer';
import { deepFreeze } from '../../fixtures/answers-arbitrary';
import { checkIndexedAnswers } from '@/domain/records/indexed-answers';
import { unpackAnswers, unpackIndexedAnswers } from '@/domain/records/unpack-answers';
import { answersArbitrary, fullSessionArbitrary, idArbitrary, optionArbitrary, packedOf, storedArbitrary } from '../../fixtures/packed-answers-arbitrary';

// Sessions are stored with their answers packed (format 4, question ids as indices into a list kept beside them; or
// format 3, ids spelled out): whatever a session holds must come back exactly, key order included, and anything that
// is not a whole packed form must be refused whole, never half-read.


describe('packAnswers and unpackAnswers', () => {
  it('should give back exactly the answers packed, in the same order, for any valid answers', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const unpacked = unpackAnswers(structuredClone(packedOf(answers)));
        expect(unpacked).toEqual({ ok: true, value: answers });
        expect(unpacked.ok && Object.keys(unpacked.value)).toEqual(Object.keys(answers));
      }),
      { numRuns: 2000 },
    );
  });

  it('should give back ids ending in a reserved name, which only a whole id may not be', () => {
    const answers = { 'x-a': { answer: { kind: 'notSure' }, at: 1 }, 'x-constructor': { answer: { kind: 'notSure' }, at: 2 }, 'x-prototype': { answer: { kind: 'rating', value: 2 }, at: 3 } } as const;
    expect(packedOf(answers)[0]).toBe('x-a constructor prototype');
    expect(unpackAnswers(packedOf(answers))).toEqual({ ok: true, value: answers });
  });

  it('should also come back whole through JSON, as a file holds it', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        expect(unpackAnswers(JSON.parse(JSON.stringify(packedOf(answers))))).toEqual({ ok: true, value: answers });
      }),
    );
  });

  it('should not pack answers the readable form would not read back the same', () => {
    expect(packAnswers({ 'Not An Id': { answer: { kind: 'notSure' }, at: 1 } })).toBeNull();
    expect(packAnswers({ a: { answer: { kind: 'rating', value: 5 }, at: 1 } } as never)).toBeNull();
    expect(packAnswers(Object.assign(Object.create(null) as object, { a: { answer: { kind: 'notSure' }, at: 1 } }) as never)).toBeNull();
  });
});

/** `packed` with part `index` (0 ids, 1 shared, 2 kinds, 3 times, 4 options) changed by `change`. */
const withPart = (packed: PackedAnswers, index: number, change: (part: never) => unknown): unknown[] =>
  packed.map((part, at) => (at === index ? change(part as never) : part));
const words = (text: string) => text.split(' ');

/** Ways the stored form can be broken that no valid session ever writes. */
const corruptions: readonly [string, (packed: PackedAnswers) => unknown][] = [
  ['one part missing', (packed) => packed.slice(0, 4)],
  ['a part too many', (packed) => [...packed, '']],
  ['not an array', (packed) => ({ ...packed })],
  ['the ids not a string', (packed) => withPart(packed, 0, words)],
  ['the times a list of numbers', (packed) => withPart(packed, 3, (times: string) => words(times).map((time) => parseInt(time, 36)))],
  ['the options not a list', (packed) => withPart(packed, 4, (options: string[]) => options.join(''))],
  ['one id dropped', (packed) => withPart(packed, 0, (ids: string) => words(ids).slice(1).join(' '))],
  ['one shared length dropped', (packed) => withPart(packed, 1, (shared: string) => shared.slice(1))],
  ['one kind dropped', (packed) => withPart(packed, 2, (kinds: string) => kinds.slice(1))],
  ['one time dropped', (packed) => withPart(packed, 3, (times: string) => words(times).slice(1).join(' '))],
  ['an id added', (packed) => withPart(packed, 0, (ids: string) => `${ids} extra-id`)],
  ['an option added', (packed) => withPart(packed, 4, (options: string[]) => [...options, 'b'])],
  ['an unknown kind', (packed) => withPart(packed, 2, (kinds: string) => `x${kinds.slice(1)}`)],
  ['a rating of 5', (packed) => withPart(packed, 2, (kinds: string) => `5${kinds.slice(1)}`)],
  ['an id in capitals', (packed) => withPart(packed, 0, (ids: string) => ids.toUpperCase())],
  ['two spaces between ids', (packed) => withPart(packed, 0, (ids: string) => ids.replace(' ', '  '))],
  ['a shared start on the first id', (packed) => withPart(packed, 1, (shared: string) => `1${shared.slice(1)}`)],
  ['a shared start longer than the id before', (packed) => withPart(packed, 1, (shared: string) => `${shared.slice(0, -1)}z`)],
  ['a space after the times', (packed) => withPart(packed, 3, (times: string) => `${times} `)],
  ['a time before 1970', (packed) => withPart(packed, 3, (times: string) => ['-1', ...words(times).slice(1)].join(' '))],
  ['a time past the safe range', (packed) => withPart(packed, 3, (times: string) => ['zzzzzzzzzzz', ...words(times).slice(1)].join(' '))],
  ['a reserved id', (packed) => withPart(packed, 0, (ids: string) => ['constructor', ...words(ids).slice(1)].join(' '))],
];

/**
 * Answers of at least two entries, the first a choice given at a late time and the last a short id not sharing the
 * start of the one before: every corruption above then breaks something.
 */
const corruptibleArbitrary = fc
  .tuple(optionArbitrary, answersArbitrary)
  .map(([optionId, rest]) => {
    const { 'first-q': _first, z: _last, ...middle } = rest;
    return { 'first-q': { answer: { kind: 'choice', optionId }, at: 10_000 } as StoredAnswer, ...middle, z: { answer: { kind: 'notSure' }, at: 9 } as StoredAnswer };
  });

describe('unpackAnswers on damaged input', () => {
  it.each(corruptions)('should refuse packed answers with %s, whatever they held', (_name, corrupt) => {
    fc.assert(
      fc.property(corruptibleArbitrary, (answers) => {
        const result = unpackAnswers(corrupt(packedOf(answers)));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['an option id of 65 characters', ['q', '0', 'c', '1', ['x'.repeat(65)]]],
    ['an empty option id', ['q', '0', 'c', '1', ['']]],
    ['an option that is not text', ['q', '0', 'c', '1', [7]]],
    ['a hole for an option', ['q', '0', 'c', '1', new Array<string>(1)]],
    ['ids for no answers', ['q', '', '', '', []]],
    ['an id given twice', ['q q', '00', 'ss', '1 1', []]],
    ['an id given twice by its shared start', ['a-b b', '02', 'ss', '1 1', []]],
    ['a shared start inside a segment', ['ab-c d', '01', 'ss', '1 1', []]],
    ['a shared start as long as the id before', ['a-b c', '03', 'ss', '1 1', []]],
    ['a time that goes below 0', ['a b', '00', 'ss', '5 -6', []]],
    ['nothing at all', []],
    ['a string', 'q 3 1'],
    [null, null],
  ])('should refuse %s', (_name, packed) => {
    expect(unpackAnswers(packed).ok).toBe(false);
  });
});

describe('a session stored with its answers packed', () => {
  it('should read back equal to the session written, for any valid session', () => {
    fc.assert(
      fc.property(fullSessionArbitrary, (session) => {
        const stored = storedFormOf(session) as { answers: unknown };
        expect(Array.isArray(stored.answers)).toBe(true);
        expect(restoreSession(structuredClone(stored))).toEqual({ ok: true, value: session });
        expect(restoreSessionParts(structuredClone(stored))).toEqual({ ok: true, value: { value: session, dropped: [] } });
      }),
      { numRuns: 500 },
    );
  });

  it('should be refused whole, never half-read, when its answers do not unpack', () => {
    fc.assert(
      fc.property(fullSessionArbitrary, fc.constantFrom(...corruptions.filter(([name]) => name !== 'not an array')), (session, [, corrupt]) => {
        const stored = storedFormOf({ ...session, answers: { 'first-q': { answer: { kind: 'choice', optionId: 'a' }, at: 1 }, ...session.answers, 'last-q': { answer: { kind: 'notSure' }, at: 2 } } }) as {
          answers: PackedAnswers;
        };
        const damaged = { ...stored, answers: corrupt(stored.answers) };
        const parts = restoreSessionParts(damaged);
        expect(parts.ok).toBe(false);
        expect(parts.ok ? '' : parts.error.message).toMatch(/^the answers could not be read/);
        expect(restoreSession(damaged).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('should read answers that are a map, not a list, as the readable form: entry by entry, the bad ones left out and named', () => {
    const stored = storedFormOf({ ...fc.sample(fullSessionArbitrary, 1)[0]!, answers: { q: { answer: { kind: 'notSure' }, at: 1 } } }) as { answers: PackedAnswers };
    const parts = restoreSessionParts({ ...stored, answers: { ...stored.answers } });
    expect(parts.ok && parts.value.value.answers).toEqual({});
    expect(parts.ok && parts.value.dropped).toHaveLength(5);
  });

  it('should leave every other record exactly as given', () => {
    const profile = { type: 'rungs/profile', version: 3, id: 'p' };
    const older = { type: 'rungs/session', version: 2, answers: {} };
    const newer = { type: 'rungs/session', version: SESSION_VERSION + 1, answers: {} };
    const badAnswers = { type: 'rungs/session', version: SESSION_VERSION, answers: { 'Not An Id': 1 } };
    for (const value of [profile, older, newer, badAnswers, 'text', null, undefined, [1]]) expect(storedFormOf(value)).toBe(value);
  });
});

// The whole-map check lets a valid map through without zod's per-entry work: it must never let through what the
// per-entry schema refuses, nor hand back anything but what that schema would.
const PerEntry = z.record(ItemKeySchema, StoredAnswerSchema);
const nearlyAnswers = fc.dictionary(
  fc.oneof(idArbitrary, fc.constantFrom('Not An Id', '', '-a', 'constructor', 'a--b', 'toString')),
  fc.oneof(
    storedArbitrary,
    fc.record({ answer: fc.record({ kind: fc.constantFrom('rating', 'choice', 'other'), value: fc.integer({ min: -1, max: 6 }) }), at: fc.integer({ min: -2, max: 5 }) }),
    fc.anything(),
  ),
  { maxKeys: 8 },
);

describe('areStoredAnswers', () => {
  it('should accept a map only where the per-entry schema accepts it, unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyAnswers, answersArbitrary), (value) => {
        const parsed = PerEntry.safeParse(value);
        if (areStoredAnswers(value)) expect(parsed).toEqual({ success: true, data: value });
        else if (Object.getPrototypeOf(value) === Object.prototype) expect(parsed.success).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Sessions stored one after another, each in a transaction of its own that reads the list the last one left. */
function storeInTurn(sessions: readonly object[], firstList?: unknown) {
  let list = firstList;
  const lists: QuestionIdList[] = [];
  const stored = sessions.map((session) => {
    const indexer = questionIdIndexer(structuredClone(list));
    const form = indexer.storedForm(session) as Record<string, unknown>;
    list = indexer.grownList() ?? list;
    lists.push(structuredClone(list) as QuestionIdList);
    return form;
  });
  return { stored, list: list as QuestionIdList, lists };
}

/** A stored session as storage gives it back, with the list as it stands now. */
const asRead = (stored: unknown, list: unknown) => withQuestionIdList(structuredClone(stored), structuredClone(list)) as Record<string, unknown>;

describe('questionIdIndexer', () => {
  it('should store any valid answers in format 4 and read them back exactly, across many sessions sharing and extending one list', () => {
    fc.assert(
      fc.property(fc.array(fullSessionArbitrary, { minLength: 1, maxLength: 12 }), (sessions) => {
        const { stored, list, lists } = storeInTurn(sessions);
        for (const [index, session] of sessions.entries()) {
          const answers = stored[index]!.answers as unknown[];
          expect(answers[0]).toBe(list.ref);
          const read = asRead(stored[index], list);
          const unpacked = unpackIndexedAnswers(read.answers);
          expect(unpacked).toEqual({ ok: true, value: session.answers });
          expect(unpacked.ok && Object.keys(unpacked.value)).toEqual(Object.keys(session.answers));
          expect(restoreSession(read)).toEqual({ ok: true, value: session });
          expect(restoreSessionParts(asRead(stored[index], list))).toEqual({ ok: true, value: { value: session, dropped: [] } });
        }
        // Append only: every list is the one before with ids added at its end, each id once.
        for (const [index, later] of lists.entries()) {
          const before = index === 0 ? [] : lists[index - 1]!.questionIds;
          expect(later.questionIds.slice(0, before.length)).toEqual(before);
        }
        expect(new Set(list.questionIds).size).toBe(list.questionIds.length);
        expect(new Set(list.questionIds)).toEqual(new Set(sessions.flatMap((session) => Object.keys(session.answers))));
      }),
      { numRuns: 300 },
    );
  });

  it('should also come back whole through JSON, as the crash screen’s download holds a session with its list', () => {
    fc.assert(
      fc.property(fc.array(fullSessionArbitrary, { minLength: 1, maxLength: 4 }), (sessions) => {
        const { stored, list } = storeInTurn(sessions);
        for (const [index, session] of sessions.entries()) {
          expect(restoreSession(JSON.parse(JSON.stringify(asRead(stored[index], list))))).toEqual({ ok: true, value: session });
        }
      }),
    );
  });

  it('should write a session answered in the order of the list as one run, and any other order as runs of what follows on', () => {
    const answer = { answer: { kind: 'notSure' }, at: 1 } as const;
    const { stored } = storeInTurn([
      { type: 'rungs/session', version: SESSION_VERSION, answers: { a: answer, b: answer, c: answer, d: answer } },
      { type: 'rungs/session', version: SESSION_VERSION, answers: { a: answer, b: answer, c: answer, d: answer, e: answer } },
      { type: 'rungs/session', version: SESSION_VERSION, answers: { c: answer, d: answer, f: answer, a: answer, e: answer } },
    ]);
    expect(stored.map((session) => (session.answers as unknown[])[1])).toEqual(['0-3', '0-4', '2-3 5 0 4']);
  });

  it('should begin a list where there is none, to be stored with the first session that names it, even one with no answers', () => {
    const indexer = questionIdIndexer(undefined);
    expect(indexer.grownList()).toBeUndefined();
    expect(indexer.storedForm({ type: 'rungs/profile', version: 3 })).toEqual({ type: 'rungs/profile', version: 3 });
    expect(indexer.grownList()).toBeUndefined();
    const empty = indexer.storedForm({ type: 'rungs/session', version: SESSION_VERSION, answers: {} }) as { answers: unknown[] };
    const begun = indexer.grownList();
    expect(begun).toEqual({ type: 'rungs/session', version: QUESTION_ID_LIST_VERSION, ref: expect.any(Number), questionIds: [] });
    expect(empty.answers).toEqual([begun!.ref, '', '', '', []]);
    indexer.storedForm({ type: 'rungs/session', version: SESSION_VERSION, answers: { q: { answer: { kind: 'notSure' }, at: 1 } } });
    expect(indexer.grownList()).toEqual({ ...begun, questionIds: ['q'] });
  });

  it('should give no list to store where the sessions added nothing to the one stored', () => {
    const indexer = questionIdIndexer({ type: 'rungs/session', version: QUESTION_ID_LIST_VERSION, ref: 3, questionIds: ['q'] });
    indexer.storedForm({ type: 'rungs/session', version: SESSION_VERSION, answers: {} });
    indexer.storedForm({ type: 'rungs/session', version: SESSION_VERSION, answers: { q: { answer: { kind: 'notSure' }, at: 1 } } });
    expect(indexer.grownList()).toBeUndefined();
  });

  it('should never change the list it was given, nor an index it holds', () => {
    const list = deepFreeze({ type: 'rungs/session', version: QUESTION_ID_LIST_VERSION, ref: 7, questionIds: ['a', 'b'] });
    const indexer = questionIdIndexer(list);
    const stored = indexer.storedForm({ type: 'rungs/session', version: SESSION_VERSION, answers: { c: { answer: { kind: 'notSure' }, at: 1 }, b: { answer: { kind: 'notSure' }, at: 2 } } });
    expect((stored as { answers: unknown[] }).answers.slice(0, 2)).toEqual([7, '2 1']);
    expect(indexer.grownList()).toEqual({ ...list, questionIds: ['a', 'b', 'c'] });
  });

  it.each([
    ['damaged: ids twice', { type: 'rungs/session', version: 4, ref: 1, questionIds: ['a', 'a'] }],
    ['damaged: a hole', { type: 'rungs/session', version: 4, ref: 1, questionIds: Object.assign(new Array<string>(3), { 0: 'a', 2: 'b' }) }],
    ['damaged: an id that is none', { type: 'rungs/session', version: 4, ref: 1, questionIds: ['Not An Id'] }],
    ['damaged: a reserved id', { type: 'rungs/session', version: 4, ref: 1, questionIds: ['constructor'] }],
    ['damaged: no ref', { type: 'rungs/session', version: 4, questionIds: ['a'] }],
    ['damaged: a field more', { type: 'rungs/session', version: 4, ref: 1, questionIds: ['a'], more: 1 }],
    ['damaged: not a list', 'a b'],
    ['damaged: nothing', null],
    ['of a newer format', { type: 'rungs/session', version: 5, ref: 1, questionIds: ['a'] }],
  ])('should never write to a list %s, and store sessions with their ids spelled out (format 3) instead', (_name, list) => {
    const indexer = questionIdIndexer(list);
    const session = { type: 'rungs/session', version: SESSION_VERSION, answers: { a: { answer: { kind: 'rating', value: 2 }, at: 1 }, z: { answer: { kind: 'notSure' }, at: 2 } } };
    const stored = indexer.storedForm(session);
    expect(stored).toEqual(storedFormOf(session));
    expect((stored as { answers: unknown[] }).answers[0]).toBe('a z');
    expect(indexer.grownList()).toBeUndefined();
  });

  it('should leave every record that is not a session of this format with valid answers exactly as given', () => {
    const indexer = questionIdIndexer(undefined);
    const profile = { type: 'rungs/profile', version: 3, id: 'p' };
    const older = { type: 'rungs/session', version: 3, answers: { a: { answer: { kind: 'notSure' }, at: 1 } } };
    const newer = { type: 'rungs/session', version: SESSION_VERSION + 1, answers: {} };
    const badAnswers = { type: 'rungs/session', version: SESSION_VERSION, answers: { 'Not An Id': 1 } };
    const packedAlready = { type: 'rungs/session', version: SESSION_VERSION, answers: ['a', '0', 's', '1', []] };
    for (const value of [profile, older, newer, badAnswers, packedAlready, 'text', null, undefined, [1]]) expect(indexer.storedForm(value)).toBe(value);
    expect(indexer.grownList()).toBeUndefined();
  });

  it('should add only to lists that restore reads whole, and to every such list', () => {
    const nearlyLists = fc.record(
      {
        type: fc.constantFrom('rungs/session', 'rungs/profile'),
        version: fc.constantFrom(3, 4, 4, 4, 5),
        ref: fc.oneof(fc.integer(), fc.constant(1.5), fc.constant('1')),
        questionIds: fc.array(fc.oneof(idArbitrary, fc.constantFrom('Not An Id', 'constructor', '', 'a')), { maxLength: 6 }),
      },
      { requiredKeys: ['type', 'version', 'questionIds'] },
    );
    fc.assert(
      fc.property(nearlyLists, (list) => {
        const indexer = questionIdIndexer(list);
        const stored = indexer.storedForm({ type: 'rungs/session', version: SESSION_VERSION, answers: { 'new-q': { answer: { kind: 'notSure' }, at: 1 } } }) as { answers: unknown[] };
        const written = typeof stored.answers[0] === 'number';
        const grown = indexer.grownList();
        const read = checkIndexedAnswers([grown ?? list, ...stored.answers]);
        if (written) expect(read.ok).toBe(true);
        const listReadWhole = checkIndexedAnswers([list, (list as { ref?: unknown }).ref, '', '', '', []]).ok;
        expect(written).toBe(listReadWhole);
      }),
      { numRuns: 1000 },
    );
  });
});
