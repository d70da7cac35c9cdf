import { render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPersistentStorage, readStorageReport, resetPersistenceRequest, usePersistWhenDataExists } from '@/features/settings/persistent-storage';
import { StoreProvider } from '@/store/store-context';
import type { AppStore } from '@/store/app-store';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeReadyStore } from '../../fixtures/store';

const manager = (persisted: boolean, grants = false) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => grants),
  estimate: vi.fn(async () => ({ usage: 2048, quota: 4096 })),
});

describe('readStorageReport', () => {
  it('should report persistence, usage and quota', async () => {
    expect(await readStorageReport(manager(true))).toEqual({ persistent: true, usage: 2048, quota: 4096 });
  });

  it('should report nulls where the browser has no storage manager, or its calls fail', async () => {
    expect(await readStorageReport(undefined)).toEqual({ persistent: null, usage: null, quota: null });
    const failing = { persisted: () => Promise.reject(new Error('no')), estimate: () => Promise.reject(new Error('no')) };
    expect(await readStorageReport(failing)).toEqual({ persistent: null, usage: null, quota: null });
  });
});

describe('askPersistentStorage', () => {
  it('should not ask again when storage is already persistent', async () => {
    const storage = manager(true);
    expect(await askPersistentStorage(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it.each([
    [true, true],
    [false, false],
  ])('should return what the browser answers (%s)', async (grants, expected) => {
    expect(await askPersistentStorage(manager(false, grants))).toBe(expected);
  });

  it('should return null where the browser cannot be asked', async () => {
    expect(await askPersistentStorage(undefined)).toBeNull();
    expect(await askPersistentStorage({ persisted: async () => false })).toBeNull();
  });
});

describe('usePersistWhenDataExists', () => {
  afterEach(() => resetPersistenceRequest());

  function Probe({ storage }: { storage: ReturnType<typeof manager> }) {
    usePersistWhenDataExists(storage);
    return null;
  }

  const renderWith = (store: AppStore, storage: ReturnType<typeof manager>) =>
    render(
      <StoreProvider store={store}>
        <Probe storage={storage} />
      </StoreProvider>,
    );

  it('should not ask while there is no session: an empty first visit has nothing to keep', async () => {
    const storage = manager(false, true);
    renderWith(await makeReadyStore(), storage);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(storage.persisted).not.toHaveBeenCalled();
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('should ask once, when the first session appears', async () => {
    const storage = manager(false, true);
    const store = await makeReadyStore();
    const view = renderWith(store, storage);
    store.getState().startSession({ pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'one' });
    await waitFor(() => expect(storage.persist).toHaveBeenCalledTimes(1));
    store.getState().startSession({ pack: makeMiniPack(), assessmentId: 'quick', targetLevel: 'two' });
    view.rerender(
      <StoreProvider store={store}>
        <Probe storage={storage} />
      </StoreProvider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });
});
