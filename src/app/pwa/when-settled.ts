import { afterNextFrame } from '@/lib/after-next-frame';
import { isLoading, whenNothingLoading } from '@/lib/loading-boundary';
import { whenIdle } from '@/lib/when-idle';
import type { AppStore } from '@/store/app-store';

/** Where the records are never read, or a screen never stops loading, the worker still comes. */
export const LATE_REGISTER_MS = 10_000;

/** What the screen on show still waits for (src/lib/loading-boundary.tsx); replaced in tests. */
export interface ScreenLoading {
  isLoading: () => boolean;
  whenNothingLoading: (work: () => void) => () => void;
}

const SCREENS: ScreenLoading = { isLoading, whenNothingLoading };

/** Idle after the next frame: what the screen drew last is painted first (requestIdleCallback alone came before it). */
function idleAfterFrame(work: () => void): () => void {
  let cancel = afterNextFrame(() => {
    cancel = whenIdle(work);
  });
  return () => cancel();
}

/**
 * Calls `work` once the screen has settled: the records are read (the screens of stored records render from them),
 * the screen waits for nothing more (its code, a pack's part, the whole pack), and the page is next idle after
 * drawing it; or LATE_REGISTER_MS from now should that never happen. For the service worker's registration, which
 * the caller starts after `load`: installing downloads every file of the app, on the same connection and the same few
 * cores a first visit's screen is drawn with. Registered once the records were read, it started while Results was
 * still fetching its code, and its downloads competed with the verdict's on a slow link; a mentor's dashboard of 200
 * people drew about 120 ms later beside it. Returns a function that cancels it if it has not run.
 */
export function whenSettled(
  store: Pick<AppStore, 'getState' | 'subscribe'>,
  work: () => void,
  idle = idleAfterFrame,
  screens: ScreenLoading = SCREENS,
): () => void {
  let done = false;
  // What is pending now: the wait for the screen, or for an idle moment after it.
  let cancelWait = () => {};
  let cancelIdle = () => {};
  let unsubscribe = () => {};
  const stop = () => {
    done = true;
    clearTimeout(late);
    unsubscribe();
    cancelWait();
    cancelIdle();
  };
  const once = () => {
    if (done) return;
    stop();
    work();
  };
  // The screen may ask for more once what it waited for is drawn: at the idle moment, it is asked again.
  const afterScreen = () => {
    cancelWait = screens.whenNothingLoading(() => {
      cancelIdle = idle(() => (screens.isLoading() ? afterScreen() : once()));
    });
  };
  const late = setTimeout(once, LATE_REGISTER_MS);
  if (store.getState().status === 'ready') afterScreen();
  else {
    unsubscribe = store.subscribe((state) => {
      if (state.status !== 'ready') return;
      unsubscribe();
      afterScreen();
    });
  }
  return stop;
}
