import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATE_REGISTER_MS, whenSettled } from '@/app/pwa/when-settled';
import { createAppStore } from '@/store/app-store';
import { memoryStorage } from '@/store/record-storage';

/** A store whose records are not read yet (status "loading"), as at the start of a first visit. */
const unreadStore = () => createAppStore({ storage: memoryStorage(), loadRestore: () => import('@/domain/records/restore') });

describe('whenSettled (when the service worker is registered)', () => {
  let idle: (() => void)[] = [];
  const idleNow = (work: () => void) => {
    idle.push(work);
    return () => {
      idle = idle.filter((entry) => entry !== work);
    };
  };
  const goIdle = () => idle.splice(0).forEach((work) => work());
  beforeEach(() => {
    idle = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => vi.useRealTimers());

  it('should wait for the records to be read, then for an idle moment, and register once', async () => {
    const store = unreadStore();
    const register = vi.fn();
    whenSettled(store, register, idleNow);
    goIdle();
    expect(register).not.toHaveBeenCalled();
    await store.getState().hydrate();
    expect(register).not.toHaveBeenCalled();
    goIdle();
    expect(register).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LATE_REGISTER_MS);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('should register once the page is idle when the records are already read', async () => {
    const store = unreadStore();
    await store.getState().hydrate();
    const register = vi.fn();
    whenSettled(store, register, idleNow);
    goIdle();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('should register anyway when the records are never read, but not before LATE_REGISTER_MS', () => {
    const register = vi.fn();
    whenSettled(unreadStore(), register, idleNow);
    vi.advanceTimersByTime(LATE_REGISTER_MS - 1);
    expect(register).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('should register nothing once cancelled (the app unmounted)', async () => {
    const store = unreadStore();
    const register = vi.fn();
    const cancel = whenSettled(store, register, idleNow);
    cancel();
    await store.getState().hydrate();
    goIdle();
    vi.advanceTimersByTime(LATE_REGISTER_MS);
    expect(register).not.toHaveBeenCalled();
  });
});
