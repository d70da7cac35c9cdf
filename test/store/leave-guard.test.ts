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
