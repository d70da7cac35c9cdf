import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '@/store/app-store';
import { memoryStorage, WriteSuperseded, type RecordStorage } from '@/store/record-storage';
import { QUARANTINE_PREFIX, sessionKey } from '@/store/storage-keys';
import { makeMiniPack } from '../fixtures/mini-pack';
import { stateArbitrary } from '../fixtures/records-arbitrary';
import { makeReadyStore } from '../fixtures/store';

const pack = makeMiniPack();
const rating = (value: number) => ({ kind: 'rating', value }) as const;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A storage whose writes fail with the given error until `heal()` is called. */
function failingStorage(error: unknown) {
  const inner = memoryStorage();
  let failing = true;
  const storage: RecordStorage = {
    ...inner,
    write: async (key, value) => {
      if (failing) throw error;
      await inner.write(key, value);
    },
  };
  return { storage, data: inner.data, heal: () => (failing = false) };
}

describe('createAppStore', () => {
  it('should write nothing, and refuse changes, until stored data has been read', async () => {
    let release: (rows: [string, unknown][]) => void = () => {};
    const inner = memoryStorage();
    const held: RecordStorage = { ...inner, readAll: () => new Promise((resolve) => (release = resolve)) };
    const store = createAppStore({ storage: held, loadRestore: () => import('@/domain/records/restore') });
    const hydrating = store.getState().hydrate();
    expect(() => store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' })).toThrow(/still reading/);
    expect(inner.data.size).toBe(0);
    release([]);
    await hydrating;
    expect(store.getState().status).toBe('ready');
  });

  it('should save every answer the moment it is given, one record per session', async () => {
    const storage = memoryStorage();
    const store = await makeReadyStore(storage);
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', rating(3));
    await flush();
    const saved = storage.data.get(sessionKey(session.id)) as { answers: Record<string, unknown>; revision: number };
    expect(saved.answers['lean-self-1']).toMatchObject({ answer: rating(3) });
    expect(saved.revision).toBe(1);
    expect(store.getState().save.state).toBe('saved');
  });

  it('should restore what it saved, losslessly, in a new store', async () => {
    const storage = memoryStorage();
    const first = await makeReadyStore(storage);
    const session = first.getState().startSession({ pack, assessmentId: 'full', targetLevel: 'two' });
    first.getState().answer(session.id, 'lean-scenario-1', { kind: 'choice', optionId: 'b' });
    first.getState().setEvidence(session.id, 'lean', 'Ran a 5S blitz on line 3.');
    first.getState().goToStep(session.id, 2);
    await flush();
    const second = await makeReadyStore(storage);
    expect(second.getState().sessions).toEqual(first.getState().sessions);
  });

  it('should load exactly what it saved, for any valid people and sessions', async () => {
    await fc.assert(
      fc.asyncProperty(stateArbitrary, async (state) => {
        const storage = memoryStorage();
        const first = await makeReadyStore(storage);
        first.getState().importRecords({ profiles: Object.values(state.profiles), sessions: Object.values(state.sessions) });
        for (let wait = 0; wait < 50 && first.getState().save.state !== 'saved'; wait += 1) await flush();
        await flush();
        const second = await makeReadyStore(storage);
        expect(second.getState().quarantined).toEqual([]);
        expect(second.getState().profiles).toEqual(state.profiles);
        expect(second.getState().sessions).toEqual(state.sessions);
      }),
      { numRuns: 200 },
    );
  });

  it('should set damaged records aside, keep the readable ones, and say what could not be read', async () => {
    const storage = await (async () => {
      const s = memoryStorage();
      const store = await makeReadyStore(s);
      store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
      await flush();
      s.data.set(sessionKey('broken'), { type: 'rungs/session', version: 1, id: 'broken', answers: 'garbage' });
      s.data.set('session/newer', { type: 'rungs/session', version: 99 });
      return s;
    })();
    const store = await makeReadyStore(storage);
    expect(Object.keys(store.getState().sessions)).toEqual(['session-1']);
    expect(store.getState().quarantined).toHaveLength(1);
    // A newer Rungs's record is not damaged: it is left where it is, and said to be newer.
    expect(store.getState().newer).toEqual([{ key: 'session/newer', problem: expect.stringMatching(/newer version of Rungs/) }]);
    expect(storage.data.get('session/newer')).toEqual({ type: 'rungs/session', version: 99 });
    const aside = [...storage.data.keys()].filter((key) => key.startsWith(QUARANTINE_PREFIX));
    expect(aside).toHaveLength(1);
    expect(storage.data.has(sessionKey('broken'))).toBe(false);
    expect((storage.data.get(aside.find((key) => key.includes('broken'))!) as { raw: unknown }).raw).toMatchObject({ answers: 'garbage' });
  });

  it.each([
    ['the standard QuotaExceededError', new DOMException('full', 'QuotaExceededError')],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED", Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })],
    ["old WebKit's code 22", Object.assign(new Error('full'), { code: 22 })],
  ])('should keep the answer in memory and say it is not saved on %s, then save when storage comes back', async (_name, error) => {
    const { storage, data, heal } = failingStorage(error);
    const store = await makeReadyStore(storage);
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', rating(2));
    await flush();
    expect(store.getState().sessions[session.id]?.answers['lean-self-1']?.answer).toEqual(rating(2));
    expect(store.getState().save).toEqual({ state: 'failed', message: expect.stringMatching(/storage for Rungs is full/) });
    heal();
    await store.getState().retrySave();
    expect(store.getState().save.state).toBe('saved');
    expect((data.get(sessionKey(session.id)) as { answers: Record<string, unknown> }).answers['lean-self-1']).toBeDefined();
  });

  it('should go on writing, and never say "not saved", when the leave write takes a write over', async () => {
    // The first write is ended by the leave write (writeNow), as the page starts to go and then stays.
    const inner = memoryStorage();
    let writes = 0;
    const taken: RecordStorage = {
      ...inner,
      write: async (key, value) => {
        writes += 1;
        if (writes === 1) throw new WriteSuperseded();
        await inner.write(key, value);
      },
    };
    const store = await makeReadyStore(taken);
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', rating(2));
    for (let wait = 0; wait < 50 && store.getState().save.state !== 'saved'; wait += 1) await flush();
    expect(writes).toBeGreaterThanOrEqual(2);
    expect(store.getState().save.state).toBe('saved');
    expect((inner.data.get(sessionKey(session.id)) as { answers: Record<string, unknown> }).answers['lean-self-1']).toBeDefined();
  });

  it('should work in memory and say so when the browser refuses storage', async () => {
    const refused: RecordStorage = { ...memoryStorage(), readAll: () => Promise.reject(new DOMException('blocked', 'SecurityError')) };
    const store = await makeReadyStore(refused);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().save.message).toMatch(/not letting Rungs store data/);
    const session = store.getState().startSession({ pack, assessmentId: 'quick', targetLevel: 'one' });
    store.getState().answer(session.id, 'lean-self-1', rating(4));
    await flush();
    expect(store.getState().sessions[session.id]?.answers['lean-self-1']).toBeDefined();
    // Writes to the memory fallback are not saves: the notice stays.
    expect(store.getState().save.state).toBe('failed');
  });
});
