import { describe, expect, it, vi } from 'vitest';
import * as restore from '@/domain/records/restore';
import type { Session } from '@/domain/records/schema';
import type { RestoreFunctions } from '@/store/app-store-types';
import { indexedDbStorage, memoryStorage, type RecordStorage } from '@/store/record-storage';
import { QUARANTINE_PREFIX, sessionKey } from '@/store/storage-keys';
import { freshIndexedDbPerTest } from '../fixtures/fake-indexeddb';
import { makeMiniPack } from '../fixtures/mini-pack';
import { makeReadyStore } from '../fixtures/store';

// A start reads each record as it arrives from storage (readAll's onRows), while the rest are still being read, once
// the validators are here: whatever order the parts and the validators come in, the store starts with exactly what
// reading every record at the end gives, and reads each record once.

freshIndexedDbPerTest();

const pack = makeMiniPack();
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Three sessions, one profile, one record that cannot be read and one set aside, as the browser's storage gives them
 * (sessions in format 4, each with its list of question ids), held in memory so that each start reads the same.
 */
async function filledStorage() {
  const store = await makeReadyStore(indexedDbStorage());
  const mentee = store.getState().addProfile({ name: 'Ada', currentLevel: 'one', years: 3, targetLevel: 'two' });
  for (let n = 0; n < 3; n += 1) {
    const { id } = store.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'one', profileId: mentee.id });
    store.getState().answer(id, 'lean-self-1', rating(n));
    store.getState().answer(id, 'lean-self-2', { kind: 'notSure' });
  }
  await store.getState().retrySave();
  const inner = memoryStorage(Object.fromEntries(await indexedDbStorage().readAll()));
  inner.data.set(sessionKey('not-a-session'), { type: 'rungs/session', version: 3, id: 'not-a-session', answers: 'garbled' });
  inner.data.set(`${QUARANTINE_PREFIX}session/gone@1`, { key: 'session/gone', problem: 'unreadable data', raw: 7, dismissed: false });
  return inner;
}

/** `inner`'s readAll, its rows handed to onRows in parts of `size`, each a turn after the one before. */
function inParts(inner: RecordStorage, size: number, change: (rows: [string, unknown][]) => [string, unknown][] = (rows) => rows): RecordStorage {
  return {
    ...inner,
    readAll: async (onRows) => {
      const rows = await inner.readAll();
      for (let start = 0; start < rows.length; start += size) {
        await flush();
        expect(() => onRows?.(rows.slice(start, start + size))).not.toThrow();
      }
      return change(rows);
    },
  };
}

/** The validators, counting the sessions they read, and arriving when `arrive` resolves. */
function countingValidators(arrive: Promise<unknown> = Promise.resolve()) {
  const restoreSessionParts = vi.fn(restore.restoreSessionParts);
  const loadRestore = async (): Promise<RestoreFunctions> => {
    await arrive;
    return { ...restore, restoreSessionParts };
  };
  return { restoreSessionParts, loadRestore };
}

const startState = (store: Awaited<ReturnType<typeof makeReadyStore>>) => {
  const { sessions, profiles, quarantined, newer } = store.getState();
  return { sessions, profiles, quarantined, newer };
};

describe('createAppStore: records read as they arrive', () => {
  it('should start with what a read of every record at the end gives, reading each session once', async () => {
    const inner = await filledStorage();
    const whole = startState(await makeReadyStore(memoryStorage(Object.fromEntries(inner.data))));
    // Each stored session once, and the one set aside once more, to see whether it can go back.
    const readings = [...inner.data.keys()].filter((key) => key.startsWith('session/')).length + 1;
    for (const size of [1, 2, 100]) {
      const { restoreSessionParts, loadRestore } = countingValidators();
      const storage = inParts(memoryStorage(Object.fromEntries(inner.data)), size);
      let readWhileReading = 0;
      const watched: RecordStorage = {
        ...storage,
        readAll: (onRows) => storage.readAll(onRows).finally(() => (readWhileReading = restoreSessionParts.mock.calls.length)),
      };
      const store = await makeReadyStore(watched, { loadRestore });
      // Every stored session was read before the last part came in (the set-aside one is looked at after).
      expect(readWhileReading).toBe(readings - 1);
      expect(startState(store)).toEqual({ ...whole, quarantined: expect.any(Array) });
      expect(store.getState().quarantined.map(({ problem }) => problem)).toEqual(whole.quarantined.map(({ problem }) => problem));
      expect(restoreSessionParts).toHaveBeenCalledTimes(readings);
    }
    expect(whole.quarantined).toHaveLength(2);
    expect(Object.keys(whole.sessions)).toHaveLength(3);
  });

  it('should read at the end the records that arrived before the validators', async () => {
    const inner = await filledStorage();
    const whole = startState(await makeReadyStore(memoryStorage(Object.fromEntries(inner.data))));
    let release = () => {};
    const { restoreSessionParts, loadRestore } = countingValidators(new Promise<void>((resolve) => (release = resolve)));
    const storage = inParts(memoryStorage(Object.fromEntries(inner.data)), 2);
    const late: RecordStorage = { ...storage, readAll: (onRows) => storage.readAll(onRows).finally(release) };
    const store = await makeReadyStore(late, { loadRestore });
    expect(Object.keys(store.getState().sessions).sort()).toEqual(Object.keys(whole.sessions).sort());
    expect(store.getState().sessions).toEqual(whole.sessions);
    expect(restoreSessionParts).toHaveBeenCalledTimes(5);
  });

  it('should read again at the end a record whose early reading failed, and never let it out to storage', async () => {
    const inner = await filledStorage();
    const whole = startState(await makeReadyStore(memoryStorage(Object.fromEntries(inner.data))));
    const { restoreSessionParts, loadRestore } = countingValidators();
    restoreSessionParts.mockImplementationOnce(() => {
      throw new Error('a reading that failed once');
    });
    const store = await makeReadyStore(inParts(memoryStorage(Object.fromEntries(inner.data)), 1), { loadRestore });
    expect(store.getState().sessions).toEqual(whole.sessions);
    expect(restoreSessionParts).toHaveBeenCalledTimes(6);
  });

  it('should read a record again where storage finally gave another value under its key than the one read early', async () => {
    const inner = await filledStorage();
    const [key, value] = [...inner.data].find(([key]) => key.startsWith('session/') && key !== sessionKey('not-a-session'))! as [string, Session];
    const changed = { ...value, step: value.step + 1 };
    const storage = inParts(memoryStorage(Object.fromEntries(inner.data)), 1, (rows) => rows.map(([at, stored]) => [at, at === key ? changed : stored]));
    const store = await makeReadyStore(storage);
    expect(store.getState().sessions[changed.id]?.step).toBe(changed.step);
  });
});
