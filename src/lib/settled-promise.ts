/** A promise as React's `use` reads it: `status`, and `value` or `reason` once it has settled. */
export type SettledPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Records on `promise` how it settled, in the fields React's `use` looks for, and returns it. A later `use` of a
 * promise that has already settled then returns its value (or throws its error) in the same render. Without them
 * React suspends for a microtask first: a render started by a store update (which React runs synchronously) commits
 * the Suspense fallback, and the content is then held back by React's fallback throttle, about 300 ms.
 */
export function recordSettlement<T>(promise: Promise<T>): SettledPromise<T> {
  const tracked = promise as SettledPromise<T>;
  if (tracked.status !== undefined) return tracked;
  tracked.status = 'pending';
  promise.then(
    (value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  return tracked;
}
