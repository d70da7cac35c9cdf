import { describe, expect, it } from 'vitest';
import { QUESTION_PART_HINTS_KEY } from '@/store/storage-keys';
import { forgetQuestionParts, QUESTION_PART_HINTS_KEPT, questionPartHintOf, rememberQuestionPart } from '@/store/question-part-hints';

/** localStorage as far as the hints use it, over a Map; `refuse` makes every call throw as a blocked storage does. */
function storageOf(stored?: string, refuse: { read?: boolean; write?: boolean } = {}) {
  const data = new Map<string, string>(stored === undefined ? [] : [[QUESTION_PART_HINTS_KEY, stored]]);
  let writes = 0;
  return {
    data,
    writes: () => writes,
    getItem: (key: string) => {
      if (refuse.read) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (refuse.write) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      writes += 1;
      data.set(key, value);
    },
    removeItem: (key: string) => {
      if (refuse.write) throw new DOMException('The operation is insecure.', 'SecurityError');
      writes += 1;
      data.delete(key);
    },
  };
}

const quick = { packId: 'industrial-production-manager', assessmentId: 'quick' };
const full = { packId: 'industrial-production-manager', assessmentId: 'full' };

describe('questionPartHintOf', () => {
  it('should give the pack and assessment remembered for the session, and none for another', () => {
    const storage = storageOf();
    rememberQuestionPart('s-1', quick, storage);
    rememberQuestionPart('s-2', full, storage);
    expect(questionPartHintOf('s-1', storage)).toEqual(quick);
    expect(questionPartHintOf('s-2', storage)).toEqual(full);
    expect(questionPartHintOf('s-3', storage)).toBeUndefined();
  });

  it.each([
    ['nothing stored', undefined],
    ['an empty string', ''],
    ['text that is not JSON', '[["s-1", "industrial-production-manager", "qu'],
    ['JSON that is not a list', '{"s-1":["industrial-production-manager","quick"]}'],
    ['null', 'null'],
    ['a number', '42'],
    ['entries of the wrong length', '[["s-1","industrial-production-manager"],["s-1","industrial-production-manager","quick","x"]]'],
    ['entries that are not text', '[["s-1",{"id":"industrial-production-manager"},"quick"],[1,2,3],null,"s-1"]'],
    ['ids of the wrong shape', '[["s-1","Industrial Production Manager","quick"],["s-1","industrial-production-manager","../quick"]]'],
    ['a pack id longer than any pack’s', JSON.stringify([['s-1', 'y'.repeat(129), 'quick']])],
    ['more than the hints can ever take', JSON.stringify([['s-1', quick.packId, quick.assessmentId], ...Array.from({ length: 300 }, (_, i) => [`s-${i + 2}`, quick.packId, quick.assessmentId])])],
  ])('should read %s as no hint, without throwing', (_what, stored) => {
    expect(questionPartHintOf('s-1', storageOf(stored))).toBeUndefined();
  });

  it('should read a session id no session can have as no hint, even where one is stored for it', () => {
    const storage = storageOf(JSON.stringify([['__proto__', 'industrial-production-manager', 'quick']]));
    expect(questionPartHintOf('__proto__', storage)).toBeUndefined();
  });

  it('should keep the readable entries beside unreadable ones', () => {
    const storage = storageOf(JSON.stringify([7, ['s-1', 'BAD PACK', 'quick'], ['s-1', quick.packId, quick.assessmentId]]));
    expect(questionPartHintOf('s-1', storage)).toEqual(quick);
  });

  it('should have none where storage is missing or refuses to be read', () => {
    expect(questionPartHintOf('s-1', null)).toBeUndefined();
    expect(questionPartHintOf('s-1', storageOf(JSON.stringify([['s-1', quick.packId, quick.assessmentId]]), { read: true }))).toBeUndefined();
    // Node has no localStorage: the page's own storage is looked for, and its absence is no error.
    expect(questionPartHintOf('s-1')).toBeUndefined();
  });
});

describe('rememberQuestionPart', () => {
  it('should put the latest opened session first and keep only the most recent ones', () => {
    const storage = storageOf();
    for (let i = 0; i < QUESTION_PART_HINTS_KEPT + 5; i += 1) rememberQuestionPart(`s-${i}`, quick, storage);
    rememberQuestionPart('s-3', full, storage);
    const kept = JSON.parse(storage.data.get(QUESTION_PART_HINTS_KEY)!) as string[][];
    expect(kept).toHaveLength(QUESTION_PART_HINTS_KEPT);
    expect(kept[0]).toEqual(['s-3', full.packId, full.assessmentId]);
    expect(questionPartHintOf('s-3', storage)).toEqual(full);
    expect(questionPartHintOf(`s-${QUESTION_PART_HINTS_KEPT + 4}`, storage)).toEqual(quick);
    expect(questionPartHintOf('s-0', storage)).toBeUndefined();
  });

  it('should write nothing when the session is already the latest with the same part', () => {
    const storage = storageOf();
    rememberQuestionPart('s-1', quick, storage);
    rememberQuestionPart('s-1', quick, storage);
    expect(storage.writes()).toBe(1);
  });

  it('should forget a session given no part, and leave the others', () => {
    const storage = storageOf();
    rememberQuestionPart('s-1', quick, storage);
    rememberQuestionPart('s-2', full, storage);
    rememberQuestionPart('s-1', null, storage);
    expect(questionPartHintOf('s-1', storage)).toBeUndefined();
    expect(questionPartHintOf('s-2', storage)).toEqual(full);
    rememberQuestionPart('s-2', null, storage);
    expect(storage.data.has(QUESTION_PART_HINTS_KEY)).toBe(false);
  });

  it('should replace unreadable stored data with the new hint', () => {
    const storage = storageOf('{not json');
    rememberQuestionPart('s-1', quick, storage);
    expect(questionPartHintOf('s-1', storage)).toEqual(quick);
  });

  it('should store no hint that could not be read back', () => {
    const storage = storageOf();
    rememberQuestionPart('s-1', { packId: 'Not A Pack Id', assessmentId: 'quick' }, storage);
    rememberQuestionPart('no such id!', quick, storage);
    expect(storage.writes()).toBe(0);
  });

  it('should not throw where storage is full, refused or missing', () => {
    expect(() => rememberQuestionPart('s-1', quick, storageOf(undefined, { write: true }))).not.toThrow();
    expect(() => rememberQuestionPart('s-1', quick, storageOf(undefined, { read: true, write: true }))).not.toThrow();
    expect(() => rememberQuestionPart('s-1', quick, null)).not.toThrow();
    expect(() => rememberQuestionPart('s-1', quick)).not.toThrow();
  });
});

describe('forgetQuestionParts', () => {
  it('should leave no hint stored', () => {
    const storage = storageOf();
    rememberQuestionPart('s-1', quick, storage);
    forgetQuestionParts(storage);
    expect(storage.data.size).toBe(0);
    expect(() => forgetQuestionParts(storageOf(undefined, { write: true }))).not.toThrow();
  });
});
