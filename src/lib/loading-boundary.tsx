import { createContext, startTransition, Suspense, use, useCallback, useContext, useReducer, useRef, type ReactNode } from 'react';
import { recordSettlement } from '@/lib/settled-promise';

/** Asks the nearest LoadingBoundary to draw its content again once `promise` settles. */
type WaitFor = (promise: Promise<unknown>) => void;

const WaitContext = createContext<WaitFor | null>(null);

/** What the page's LoadingBoundaries still wait for, and who waits for them all to have arrived. */
const waiting = new Set<Promise<unknown>>();
const onNothingLoading = new Set<() => void>();

/** Whether a LoadingBoundary on the page still waits for something (a screen's code, a pack, the records). */
export function isLoading(): boolean {
  return waiting.size > 0;
}

/**
 * Runs `work` once no LoadingBoundary waits for anything: at once when none does, else when the last thing waited
 * for settles (before the boundary has drawn it: a screen may then ask for more, which isLoading tells). Returns a
 * function that cancels it if it has not run.
 */
export function whenNothingLoading(work: () => void): () => void {
  if (!isLoading()) {
    work();
    return () => {};
  }
  const once = () => work();
  onNothingLoading.add(once);
  return () => void onNothingLoading.delete(once);
}

/**
 * The page counts as loading until `promise` settles, as it does for what a LoadingBoundary waits for: for a download
 * a screen starts on its own once it has drawn what it shows first (Results' whole packs).
 */
export function countAsLoading(promise: Promise<unknown>): void {
  track(promise, () => {});
}

function track(promise: Promise<unknown>, settled: () => void) {
  waiting.add(promise);
  const done = () => {
    waiting.delete(promise);
    settled();
    if (waiting.size > 0) return;
    const listeners = [...onNothingLoading];
    onNothingLoading.clear();
    for (const listener of listeners) listener();
  };
  promise.then(done, done);
}

/**
 * A Suspense boundary whose content shows as soon as what it waits for has arrived. React reveals content that
 * suspended through a "retry", and holds a retry back until 300 ms after the last fallback it showed (its fallback
 * throttle): a part that arrived 60 ms after "Start assessment" waited another quarter second. Here, whatever a child
 * waits for through useLoaded also redraws the boundary itself once it settles, in a transition, which React does not
 * throttle.
 */
export function LoadingBoundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [, redraw] = useReducer((count: number) => count + 1, 0);
  const watched = useRef(new WeakSet<Promise<unknown>>());
  const waitFor = useCallback<WaitFor>((promise) => {
    if (watched.current.has(promise)) return;
    watched.current.add(promise);
    // A transition: React draws it in slices that give way to the page, where an ordinary update would be drawn
    // in one piece (Home's forms arriving were one 220 ms task on a phone); transitions are not throttled either.
    track(promise, () => startTransition(redraw));
  }, []);
  return (
    <WaitContext value={waitFor}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </WaitContext>
  );
}

/**
 * `use(promise)`: the value, suspending until it is there, or the error, thrown to the nearest error boundary. Inside
 * a LoadingBoundary the content then shows without React's fallback throttle, and a promise that has settled already
 * is read in the same render.
 */
export function useLoaded<T>(promise: Promise<T>): T;
/** Nothing is read (and nothing waited for) when there is no promise: a screen that does not need it this time. */
export function useLoaded<T>(promise: Promise<T> | undefined): T | undefined;
export function useLoaded<T>(promise: Promise<T> | undefined): T | undefined {
  const waitFor = useContext(WaitContext);
  if (!promise) return undefined;
  const tracked = recordSettlement(promise);
  if (tracked.status === 'pending') waitFor?.(tracked);
  return use(promise);
}
