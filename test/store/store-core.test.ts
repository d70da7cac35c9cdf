import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restoreSession } from '@/domain/records/restore';
import type { Session } from '@/domain/records/schema';
import type { Answer } from '@/domain/scoring/answer';
import { memoryStorage, type RecordStorage } from '@/store/record-storage';
import { changedPartOf } from '@/store/store-core';
import { makeMiniPack } from '../fixtures/mini-pack';
import { answerArbitrary, COMPETENCY_IDS, QUESTION_IDS, sessionArbitrary } from '../fixtures/records-arbitrary';
import { makeReadyStore } from '../fixtures/store';

const pack = makeMiniPack();
const rating = (value: number) => ({ kind: 'rating', value }) as Answer;

/** A ready store whose session checks are recorded: what each one was given. */
async function storeWithCheckedSessions(storage: RecordStorage = memoryStorage()) {
  const checked: Session[] = [];
  const store = await makeReadyStore(storage, {
    loadRestore: async () => {
      const restore = await import('@/domain/records/restore');
      return {
        ...restore,
        restoreSession: (input: unknown) => {
          checked.push(input as Session);
          return restore.restoreSession(input);
        },
      };
    },
  });
  return { store, checked };
}

describe('refused', () => {
  it('should check only the entries a change makes, once the session it changes was checked whole', async () => {
    const { store, checked } = await storeWithCheckedSessions();
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', rating(3));
    store.getState().answer(session.id, 'lean-self-2', rating(1));
    store.getState().setMentorRating(session.id, 'lean-manufacturing', 2);
    expect(checked.map((input) => Object.keys(input.answers))).toEqual([[], ['lean-self-1'], ['lean-self-2'], []]);
    expect(checked.at(-1)?.mentorRatings).toEqual({ 'lean-manufacturing': 2 });
    expect(store.getState().sessions[session.id]?.answers).toMatchObject({ 'lean-self-1': { answer: rating(3) }, 'lean-self-2': { answer: rating(1) } });
  });

  it.each([
    ['a rating off the scale', 'lean-self-2', rating(7)],
    ['an answer of no known kind', 'lean-self-2', { kind: 'maybe' } as unknown as Answer],
    ['a question id that is no item id', 'Not An Id', rating(2)],
  ])('should still refuse %s after checked answers, keep the session as it was and say so', async (_, questionId, answer) => {
    const { store } = await storeWithCheckedSessions();
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', rating(3));
    const before = store.getState().sessions[session.id];
    store.getState().answer(session.id, questionId, answer);
    expect(store.getState().sessions[session.id]).toBe(before);
    expect(store.getState().notice).toMatch(/could not have read it back/);
  });

  it('should check a session whole when the copy it replaces was read from storage, not checked by this store', async () => {
    const storage = memoryStorage();
    const first = await makeReadyStore(storage);
    const session = first.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    first.getState().answer(session.id, 'lean-self-1', rating(3));
    await first.getState().retrySave();
    const { store, checked } = await storeWithCheckedSessions(storage);
    store.getState().answer(session.id, 'lean-self-2', rating(1));
    store.getState().answer(session.id, 'kaizen-self-1', rating(2));
    expect(checked.map((input) => Object.keys(input.answers))).toEqual([['lean-self-1', 'lean-self-2'], ['kaizen-self-1']]);
  });
});

/** Any value a change could put in an entry: valid ones and ones the schema refuses. */
const entryValueArbitrary = fc.oneof(
  answerArbitrary.map((answer) => ({ answer, at: 1_700_000_000_000 })),
  fc.constantFrom({ answer: rating(9), at: 1 }, { answer: rating(2), at: -1 }, { answer: rating(2) }, 'x'.repeat(4001), 5, 1.5, null),
  fc.integer({ min: -1, max: 5 }),
  fc.string({ maxLength: 8 }),
);
const keyArbitrary = fc.oneof(fc.constantFrom(...QUESTION_IDS, ...COMPETENCY_IDS, '__proto__', 'constructor', 'Bad Key', ''), fc.string({ maxLength: 6 }));
const changeArbitrary = fc.record({
  field: fc.constantFrom('answers', 'evidence', 'mentorRatings', 'mentorNotes'),
  key: keyArbitrary,
  value: entryValueArbitrary,
  remove: fc.boolean(),
  top: fc.option(fc.constantFrom<[string, unknown]>(['revision', -1], ['revision', 3], ['step', 1.5], ['updatedAt', 'yesterday'], ['basis', 'mentor'], ['extra', 1])),
});

describe('changedPartOf', () => {
  it('should read back exactly when the whole changed session does, for any change to a readable session', () => {
    fc.assert(
      fc.property(sessionArbitrary(), fc.array(changeArbitrary, { minLength: 1, maxLength: 3 }), (before, changes) => {
        fc.pre(restoreSession(before).ok);
        const next: Record<string, unknown> = { ...before };
        for (const { field, key, value, remove, top } of changes) {
          const map = { ...(next[field] as Record<string, unknown>) };
          if (remove) delete map[key];
          else Object.defineProperty(map, key, { value, enumerable: true, configurable: true, writable: true });
          next[field] = map;
          if (top) next[top[0]] = top[1];
        }
        expect(restoreSession(changedPartOf(before, next as Session)).ok).toBe(restoreSession(next).ok);
      }),
      { numRuns: 400 },
    );
  });
});
