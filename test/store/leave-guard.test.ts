import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage, type RecordStorage } from '@/store/record-storage';
import { flushDrafts, hasDrafts, holdDraft } from '@/store/drafts';
import { makeReadyStore } from '../fixtures/store';

/** Storage whose ordinary writes wait until released; writeNow writes at once, and both are recorded. */
function slowStorage() {
  const inner = memoryStorage();
  const waiting: (() => void)[] = [];
  const log: string[] = [];
  const storage: RecordStorage = {
    ...inner,
    write: (key, value) => {
      log.push(`write ${key}`);
      return new Promise<void>((resolve) => waiting.push(() => void inner.write(key, value).then(resolve)));
    },
    writeNow: (key, value) => {
      log.push(`writeNow ${key}`);
      return inner.write(key, value);
    },
  };
  return { storage, data: inner.data, log, releaseAll: () => waiting.splice(0).forEach((release) => release()) };
}

const person = { name: 'Ana', currentLevel: null, years: null, targetLevel: null };

describe('hasUnsavedWrites', () => {
  it('should say so while a change waits to be written, and not once it is', async () => {
    const { storage, releaseAll } = slowStorage();
    const store = await makeReadyStore(storage);
    expect(store.getState().hasUnsavedWrites()).toBe(false);
    store.getState().saveProfile(person);
    expect(store.getState().hasUnsavedWrites()).toBe(true);
    releaseAll();
    await store.getState().retrySave();
    expect(store.getState().hasUnsavedWrites()).toBe(false);
  });

  it('should say so while writing fails', async () => {
    const failing: RecordStorage = { ...memoryStorage(), write: () => Promise.reject(new Error('disk on fire')) };
    const store = await makeReadyStore(failing, { retryDelayMs: 60_000 });
    store.getState().saveProfile(person);
    await store.getState().retrySave();
    expect(store.getState().save.state).toBe('failed');
    expect(store.getState().hasUnsavedWrites()).toBe(true);
  });
});

describe('flushOnLeave', () => {
  it('should begin every waiting write at once, not after the one in flight', async () => {
    const { storage, data, log } = slowStorage();
    const store = await makeReadyStore(storage);
    const first = store.getState().saveProfile(person);
    const second = store.getState().addProfile({ ...person, name: 'Bo' });
    // The first write is in flight and never finishes (the page is going away); the second waits behind it.
    expect(log).toEqual([`write profile/${first.id}`]);
    store.getState().flushOnLeave();
    expect(log).toEqual([`write profile/${first.id}`, `writeNow profile/${first.id}`, `writeNow profile/${second.id}`]);
    await Promise.resolve();
    expect(data.get(`profile/${second.id}`)).toMatchObject({ name: 'Bo' });
  });
});

describe('drafts', () => {
  afterEach(() => flushDrafts());

  it('should be held until released, and flushed on demand', () => {
    const flushed: string[] = [];
    const release = holdDraft({ flush: () => flushed.push('note') });
    const form = holdDraft({});
    expect(hasDrafts()).toBe(true);
    flushDrafts();
    expect(flushed).toEqual(['note']);
    release();
    form();
    expect(hasDrafts()).toBe(false);
  });
});

/** A write scheduler the test runs by hand: what the browser's store does after the next frame. */
function manualScheduler() {
  const waiting: (() => void)[] = [];
  return { scheduleWrite: (begin: () => void) => void waiting.push(begin), waiting, runAll: () => waiting.splice(0).forEach((begin) => begin()) };
}

describe('scheduled writes', () => {
  it('should begin no write until the scheduler runs it, then write every change queued meanwhile, once', async () => {
    const { storage, data, log, releaseAll } = slowStorage();
    const scheduler = manualScheduler();
    const store = await makeReadyStore(storage, { scheduleWrite: scheduler.scheduleWrite });
    const ana = store.getState().saveProfile(person);
    const bo = store.getState().addProfile({ ...person, name: 'Bo' });
    store.getState().saveProfile({ ...person, name: 'Ana B' });
    expect(log).toEqual([]);
    expect(store.getState().hasUnsavedWrites()).toBe(true);
    expect(store.getState().save.state).toBe('saved');
    // One begin for the three changes: the flush it starts writes the queue to the end.
    expect(scheduler.waiting).toHaveLength(1);
    scheduler.runAll();
    expect(log).toEqual([`write profile/${ana.id}`]);
    expect(store.getState().save.state).toBe('saving');
    while (store.getState().hasUnsavedWrites()) {
      releaseAll();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(log).toEqual([`write profile/${ana.id}`, `write profile/${bo.id}`]);
    expect(data.get(`profile/${ana.id}`)).toMatchObject({ name: 'Ana B' });
    expect(data.get(`profile/${bo.id}`)).toMatchObject({ name: 'Bo' });
    expect(store.getState().save.state).toBe('saved');
  });

  it('should have a write that was never begun begun by the leave flush, so leaving loses nothing', async () => {
    const { storage, data, log } = slowStorage();
    const scheduler = manualScheduler();
    const store = await makeReadyStore(storage, { scheduleWrite: scheduler.scheduleWrite });
    const ana = store.getState().saveProfile(person);
    store.getState().flushOnLeave();
    expect(log).toEqual([`writeNow profile/${ana.id}`]);
    await Promise.resolve();
    expect(data.get(`profile/${ana.id}`)).toMatchObject({ name: 'Ana' });
    expect(store.getState().hasUnsavedWrites()).toBe(false);
  });

  it('should write a change still waiting to begin before a confirmed import, never after it', async () => {
    const inner = memoryStorage();
    const order: string[] = [];
    const storage: RecordStorage = {
      ...inner,
      write: (key, value) => {
        order.push(`write ${key}`);
        return inner.write(key, value);
      },
      writeMany: async (entries) => {
        order.push(`import ${entries.map(([key]) => key).join(' ')}`);
        for (const [key, value] of entries) await inner.write(key, value);
      },
    };
    const scheduler = manualScheduler();
    const store = await makeReadyStore(storage, { scheduleWrite: scheduler.scheduleWrite });
    const ana = store.getState().saveProfile(person);
    const imported = { ...store.getState().profiles[ana.id]!, name: 'Ana (imported)', revision: 5 };
    expect(await store.getState().commitImport({ profiles: [imported], sessions: [] })).toBeNull();
    expect(order).toEqual([`write profile/${ana.id}`, `import profile/${ana.id}`]);
    scheduler.runAll();
    await store.getState().retrySave();
    expect(inner.data.get(`profile/${ana.id}`)).toMatchObject({ name: 'Ana (imported)' });
  });
});
