import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LATE_REGISTER_MS, whenSettled, type ScreenLoading } from '@/app/pwa/when-settled';
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

  describe('while the screen still loads', () => {
    /** A screen waiting for `count` things; `arrive` settles one, as a LoadingBoundary reports it. */
    const loadingScreen = (count: number) => {
      let left = count;
      let listeners: (() => void)[] = [];
      const screens: ScreenLoading = {
        isLoading: () => left > 0,
        whenNothingLoading: (work) => {
          if (left === 0) {
            work();
            return () => {};
          }
          listeners.push(work);
          return () => {
            listeners = listeners.filter((entry) => entry !== work);
          };
        },
      };
      const arrive = () => {
        left -= 1;
        if (left === 0) listeners.splice(0).forEach((work) => work());
      };
      const askForMore = () => {
        left += 1;
      };
      return { screens, arrive, askForMore };
    };
    /** whenSettled with the records read and a screen waiting for `count` things. */
    const settleWithRecordsRead = async (count: number) => {
      const store = unreadStore();
      await store.getState().hydrate();
      const screen = loadingScreen(count);
      const register = vi.fn();
      whenSettled(store, register, idleNow, screen.screens);
      return { screen, register };
    };

    it('should wait until the screen has what it waits for, then for an idle moment', async () => {
      const { screen, register } = await settleWithRecordsRead(2);
      goIdle();
      screen.arrive();
      goIdle();
      expect(register).not.toHaveBeenCalled();
      screen.arrive();
      expect(register).not.toHaveBeenCalled();
      goIdle();
      expect(register).toHaveBeenCalledTimes(1);
    });

    it('should wait again when the screen asks for more before the idle moment (its code came, now its pack)', async () => {
      const { screen, register } = await settleWithRecordsRead(1);
      screen.arrive();
      screen.askForMore();
      goIdle();
      goIdle();
      expect(register).not.toHaveBeenCalled();
      screen.arrive();
      goIdle();
      expect(register).toHaveBeenCalledTimes(1);
    });

    it('should register after LATE_REGISTER_MS when the screen never stops loading, and cancel what it waited on', async () => {
      const { screen, register } = await settleWithRecordsRead(1);
      vi.advanceTimersByTime(LATE_REGISTER_MS);
      expect(register).toHaveBeenCalledTimes(1);
      screen.arrive();
      goIdle();
      expect(register).toHaveBeenCalledTimes(1);
    });
  });
});
