// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIndexedAnswers } from '@/domain/records/indexed-answers';
import { unpackIndexedAnswers } from '@/domain/records/unpack-answers';
import { answersArbitrary, indexedOf } from '../../fixtures/packed-answers-arbitrary';

// Format 4's answers point into one list of question ids: checking them must give unpackIndexedAnswers' very verdict,
// and every way the answers or their list can be damaged is refused with its reason.

/** Format-4 answers as storage gives them, with one part (0 list, 1 ref, 2 indices, 3 kinds, 4 times, 5 options) changed. */
const nearlyIndexedArbitrary: fc.Arbitrary<unknown> = fc
  .tuple(answersArbitrary, fc.integer({ min: 1, max: 5 }), fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'other'), fc.constantFrom(' ', '-', '0', '1', '9', 'c', 'z', 'A', ''))
  .map(([answers, part, at, change, text]) => {
    const packed: unknown[] = [...indexedOf(answers).readForm];
    const value = packed[part];
    if (change === 'other') packed[part] = part === 5 ? text : [text];
    else if (typeof value === 'string') {
      const index = value.length === 0 ? 0 : at % value.length;
      packed[part] = value.slice(0, index) + (change === 'delete' ? '' : text) + value.slice(change === 'insert' ? index : index + 1);
    } else if (typeof value === 'number') packed[part] = change === 'delete' ? undefined : value + 1;
    else if (Array.isArray(value)) packed[part] = change === 'delete' ? value.slice(1) : [...value, text];
    return packed;
  });

/** A list record of format 4 around `questionIds`, and answers to its first `count` questions in its order. */
const withList = (questionIds: unknown[], parts: unknown[] = ['0', 's', '1', []], ref = 9) => [{ type: 'rungs/session', version: 4, ref, questionIds }, ref, ...parts];

describe('checkIndexedAnswers', () => {
  it('should give the verdict unpackIndexedAnswers gives, and its reason, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(nearlyIndexedArbitrary, answersArbitrary.map((answers) => indexedOf(answers).readForm), fc.anything()), (packed) => {
        const checked = checkIndexedAnswers(packed);
        const unpacked = unpackIndexedAnswers(packed);
        expect(checked.ok).toBe(unpacked.ok);
        if (!checked.ok && !unpacked.ok) expect(checked.error.message).toBe(unpacked.error);
        if (checked.ok) expect(checked.value).toBe(packed);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['its list missing', [undefined, 9, '0', 's', '1', []], /^the list of question ids they point into is missing$/],
    ['its list missing, as a file holds it', [null, 9, '0', 's', '1', []], /is missing$/],
    ['its list not put in front of it', [9, '0', 's', '1', []], /is missing$/],
    ['another list in its place', withList(['a'], ['0', 's', '1', []], 9).map((part, index) => (index === 1 ? 8 : part)), /is missing \(another list is stored in its place\)$/],
    ['its list not a list record', ['a b', 9, '0', 's', '1', []], /is damaged: it is not a list record$/],
    ['its list of another kind', [{ type: 'rungs/profile', version: 4, ref: 9, questionIds: ['a'] }, 9, '0', 's', '1', []], /is damaged/],
    ['its list of format 3', [{ type: 'rungs/session', version: 3, ref: 9, questionIds: ['a'] }, 9, '0', 's', '1', []], /is damaged/],
    ['its list with a field more', [{ type: 'rungs/session', version: 4, ref: 9, questionIds: ['a'], more: 1 }, 9, '0', 's', '1', []], /is damaged/],
    ['its list holding no list', [{ type: 'rungs/session', version: 4, ref: 9, questionIds: 'a' }, 9, '0', 's', '1', []], /is damaged/],
    ['its list with an id twice', withList(['a', 'b', 'a']), /is damaged: the question id a is in it twice$/],
    ['its list with an id that is none', withList(['a', 'Not An Id']), /is damaged: entry 1 is not a question id$/],
    ['its list with a reserved id', withList(['a', '__proto__']), /is damaged: entry 1 is not a question id$/],
    ['its list with a hole', withList(Object.assign(new Array<string>(3), { 0: 'a', 2: 'b' })), /is damaged/],
    ['its list with a key besides its ids', withList(Object.assign(['a'], { extra: 'b' })), /is damaged/],
    ['an index past the end of its list', withList(['a', 'b'], ['2', 's', '1', []]), /past the end of its list$/],
    ['a run past the end of its list', withList(['a', 'b'], ['0-2', 'sss', '1 1 1', []]), /past the end of its list$/],
    ['a run that goes down', withList(['a', 'b'], ['1-0', 'ss', '1 1', []]), /does not go up$/],
    ['a run of one', withList(['a', 'b'], ['1-1', 's', '1', []]), /does not go up$/],
    ['an index given twice', withList(['a', 'b', 'c'], ['0-2 1', 'ssss', '1 1 1 1', []]), /the question id b is given twice$/],
    ['more indices than answers', withList(['a', 'b'], ['0-1', 's', '1', []]), /disagree on their number$/],
    ['fewer indices than answers', withList(['a', 'b'], ['0', 'ss', '1 1', []]), /disagree on their number$/],
    ['an index that is no number', withList(['a', 'b'], ['0 -1', 'ss', '1 1', []]), /is not a number$/],
    ['two spaces between runs', withList(['a', 'b'], ['0  1', 'ss', '1 1', []]), /is not a number$/],
    ['indices for no answers', withList(['a'], ['0', '', '', []]), /disagree on their number$/],
    ['a time that goes below 0', withList(['a', 'b'], ['0-1', 'ss', '5 -6', []]), /out of range$/],
    ['a choice without its option', withList(['a'], ['0', 'c', '1', []]), /option id is missing/],
    ['an option without a choice', withList(['a'], ['0', 's', '1', ['x']]), /number of choices$/],
    ['a part too many', [...withList(['a']), ''], /not six parts$/],
    ['the ref not a number', withList(['a']).map((part, index) => (index === 1 ? '9' : part)), /wrong type$/],
  ])('should refuse answers with %s, saying why', (_name, packed, reason) => {
    const checked = checkIndexedAnswers(packed);
    expect(checked.ok ? '' : checked.error.message).toMatch(reason);
    expect(checked.ok || checked.error.newer).toBeFalsy();
    expect(unpackIndexedAnswers(packed).ok).toBe(false);
  });

  it('should read answers of no questions, and every question of a list in any order', () => {
    expect(unpackIndexedAnswers(withList([], ['', '', '', []]))).toEqual({ ok: true, value: {} });
    expect(unpackIndexedAnswers(withList(['a', 'b', 'c'], ['2 0-1', 's4c', '5 -2 1', ['x']]))).toEqual({
      ok: true,
      value: { c: { answer: { kind: 'notSure' }, at: 5 }, a: { answer: { kind: 'rating', value: 4 }, at: 3 }, b: { answer: { kind: 'choice', optionId: 'x' }, at: 4 } },
    });
  });

  it('should say that answers whose list a newer Rungs wrote are that version’s', () => {
    const checked = checkIndexedAnswers([{ type: 'rungs/session', version: 5, ref: 9, questionIds: ['a'], more: true }, 9, '0', 's', '1', []]);
    expect(checked).toEqual({ ok: false, error: { newer: true, message: expect.stringMatching(/^its list of question ids was made by a newer version of Rungs \(format 5; this one reads up to 4\)/) } });
  });

  it('should check a list once for every session that points into it, and freeze it', () => {
    const list = { type: 'rungs/session', version: 4, ref: 9, questionIds: ['a', 'b'] };
    expect(checkIndexedAnswers([list, 9, '0', 's', '1', []]).ok).toBe(true);
    expect(Object.isFrozen(list) && Object.isFrozen(list.questionIds)).toBe(true);
    expect(checkIndexedAnswers([list, 9, '1-0', 'ss', '1 1', []]).ok).toBe(false);
  });
});

