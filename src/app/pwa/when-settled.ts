import { whenIdle } from '@/lib/when-idle';
import type { AppStore } from '@/store/app-store';

/** Where the records are never read (storage failing in a way hydrate cannot survive), the worker still comes. */
export const LATE_REGISTER_MS = 10_000;

/**
 * Calls `work` once the screen has settled: once the records are read (the screens of stored records render from
 * them) and the page is next idle, or LATE_REGISTER_MS from now should the records never be read. For the service
 * worker's registration, which the caller starts after `load`: installing copies every file of the app, on the same
 * few cores a first visit's screen is drawn with (a mentor's dashboard of 200 people drew about 120 ms later beside
 * it). Returns a function that cancels it if it has not run.
 */
export function whenSettled(store: Pick<AppStore, 'getState' | 'subscribe'>, work: () => void, idle = whenIdle): () => void {
  let done = false;
  const cleanups: (() => void)[] = [];
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  const late = setTimeout(once, LATE_REGISTER_MS);
  cleanups.push(() => clearTimeout(late));
  if (store.getState().status === 'ready') cleanups.push(idle(once));
  else {
    const unsubscribe = store.subscribe((state) => {
      if (state.status !== 'ready') return;
      unsubscribe();
      cleanups.push(idle(once));
    });
    cleanups.push(unsubscribe);
  }
  return () => {
    done = true;
    for (const cleanup of cleanups) cleanup();
  };
}
